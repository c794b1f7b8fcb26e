package com.queuewallboard.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Which queues are having a bad moment: a real centre always has one or two queues where the
 * phones ring harder than planned for a while (a billing run, an outage, a mailing). Two
 * rotations of {@link #SLOT_MS} slots, the second half a slot behind the first, each put one
 * voice queue under {@link #FACTOR} times its usual arrivals; so at any moment two queues surge
 * and one of them has been at it for at least half a slot, long enough to have built a queue.
 * The rotations draw from disjoint halves of the voice queues, so the two are never the same
 * queue. Slots sit on the model's time axis and are picked by (seed, rotation, slot): the state
 * at a model time never depends on when the model was started or asked.
 */
final class Surges {

    /** Arrivals of a surging queue, as a multiple of its day curve. */
    static final double FACTOR = 2.5;
    static final long SLOT_MS = 20 * 60_000L;

    private final long seed;
    /** Queue indices each rotation picks from. */
    private final int[][] pools;

    Surges(long seed, List<QueueProfile> profiles) {
        this.seed = seed;
        List<Integer> voice = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).media().stream().anyMatch(s -> s.kind() == MediaKind.VOICE && s.peakPerHour() > 0)) {
                voice.add(i);
            }
        }
        pools = new int[2][];
        for (int r = 0; r < 2; r++) {
            List<Integer> pool = new ArrayList<>();
            for (int k = r; k < voice.size(); k += 2) {
                pool.add(voice.get(k));
            }
            pools[r] = pool.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Arrival multiplier of queue {@code queueIndex} at model time {@code at}: 1 or {@link #FACTOR}. */
    double factor(int queueIndex, long at) {
        for (int r = 0; r < pools.length; r++) {
            if (surging(r, at) == queueIndex) {
                return FACTOR;
            }
        }
        return 1;
    }

    /** The queue rotation {@code r} has in surge at {@code at}; -1 when its pool is empty. */
    int surging(int r, long at) {
        int[] pool = pools[r];
        if (pool.length == 0) {
            return -1;
        }
        long slot = Math.floorDiv(at - r * SLOT_MS / 2, SLOT_MS);
        long mixed = Ids.mix(seed, 0x5A6E, r, slot);
        return pool[(int) Math.floorMod(mixed, (long) pool.length)];
    }
}
