package com.queuewallboard.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which queue is having a bad moment: a real centre always has a queue where the phones ring
 * harder than planned for a while (a billing run, an outage, a mailing). Time is cut into
 * {@link #SLOT_MS} slots; in each, one busy voice queue gets more calls than its agents on queue
 * can take ({@link #OVERLOAD}, see {@link QueueModel#arrivalShare}). The queues take turns, each
 * once per cycle (one slot per queue) in an order drawn per cycle, so no queue's day is eaten by
 * surges and its service level stays near target, while the board mostly has a queue over the
 * edge (often a second one, still working off its turn). Slots sit on the model's time axis and
 * are picked by (seed, cycle): the state at a model time never depends on when the model was
 * started or asked.
 */
final class Surges {

    /**
     * Voice calls of the queue in surge, as a multiple of what its agents on queue can take: a
     * queue builds up at this rate, over a slot long enough to turn its tile red, short enough
     * that its day's service level stays near target.
     */
    static final double OVERLOAD = 1.35;
    /** Upper bound of a surge, as a multiple of the queue's day curve (bounds the candidate rate). */
    static final double MAX_FACTOR = 3;
    static final long SLOT_MS = 20 * 60_000L;
    /**
     * Queues busy enough for a surge to show: at their peak, at least this many agents' worth of
     * voice work. A surge on a queue with a handful of calls an hour (VIP Line, After Hours) would
     * leave the board without a struggling queue for a whole slot.
     */
    static final double MIN_ERLANGS = 2;

    private final long seed;
    /** Queue indices that take turns. */
    private final int[] pool;

    Surges(long seed, List<QueueProfile> profiles) {
        this.seed = seed;
        List<Integer> busy = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            if (peakVoiceErlangs(profiles.get(i)) >= MIN_ERLANGS) {
                busy.add(i);
            }
        }
        pool = busy.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Agents' worth of voice work at the queue's peak hour (arrivals times handle and wrap time). */
    private static double peakVoiceErlangs(QueueProfile q) {
        double perHour = q.media().stream().filter(s -> s.kind() == MediaKind.VOICE)
                .mapToDouble(QueueProfile.Stream::peakPerHour).sum();
        return perHour * (q.handleSeconds() + q.wrapSeconds()) / 3600.0;
    }

    /** Whether queue {@code queueIndex} is in surge at {@code at}. */
    boolean surging(int queueIndex, long at) {
        return pool.length > 0 && inSurge(at) == queueIndex;
    }

    /** The queue in surge at {@code at} (the pool is not empty). */
    private int inSurge(long at) {
        long slot = Math.floorDiv(at, SLOT_MS);
        long cycle = Math.floorDiv(slot, pool.length);
        int[] order = pool.clone();
        SplittableRandom random = new SplittableRandom(Ids.mix(seed, 0x5A6E, cycle));
        for (int i = order.length - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order[(int) Math.floorMod(slot, (long) pool.length)];
    }
}
