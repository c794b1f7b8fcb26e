package com.queuewallboard.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One medium of one queue: its arrivals, the customers waiting, being alerted to an agent or
 * talking to one, and the log of what finished.
 */
final class MediaStream {

    private static final long HOUR_MS = 3_600_000L;

    final MediaKind kind;
    /** Service-level target: this share answered within {@link #serviceMs}. */
    final double serviceLevel;
    final long serviceMs;
    /** Waiting customers, oldest first (a not-responding bounce goes back to its place). */
    final List<Conversation> waiting = new ArrayList<>();
    final List<Conversation> alerting = new ArrayList<>();
    final List<Conversation> interacting = new ArrayList<>();
    final EventLog log = new EventLog();
    private final double peakPerMs;
    /** Next candidate arrival of the thinned Poisson process (see {@link #arrivalsUntil}). */
    private long nextCandidate;
    private long earliestAbandon = Long.MAX_VALUE;

    MediaStream(QueueProfile.Stream spec, long from, SplittableRandom random) {
        this(spec.kind(), spec.peakPerHour(), spec.serviceLevel(), spec.serviceSeconds() * 1000L, from, random);
    }

    private MediaStream(MediaKind kind, double peakPerHour, double serviceLevel, long serviceMs, long from,
                        SplittableRandom random) {
        this.kind = kind;
        this.serviceLevel = serviceLevel;
        this.serviceMs = serviceMs;
        // candidates come at the surge rate; thinning brings them down to the queue's rate of the moment
        this.peakPerMs = peakPerHour * Surges.MAX_FACTOR / HOUR_MS;
        this.nextCandidate = from + gap(random);
    }

    /**
     * Customers arriving up to {@code until}. Arrivals are a Poisson process at the surge rate,
     * thinned by the day curve and the queue's surge: exact for any step length, and cost grows
     * with calls, not time.
     */
    void arrivalsUntil(long until, QueueModel queue) {
        SplittableRandom random = queue.random();
        while (nextCandidate <= until) {
            long at = nextCandidate;
            nextCandidate = at + gap(random);
            if (random.nextDouble() < queue.arrivalShare(at, kind)) {
                arrive(at, queue, random);
            }
        }
    }

    private void arrive(long at, QueueModel queue, SplittableRandom random) {
        long abandonAt = Long.MAX_VALUE;
        if (kind.patienceSeconds() > 0) {
            double patience = 5 + kind.patienceSeconds() * -Math.log(1 - random.nextDouble());
            abandonAt = at + (long) (patience * 1000);
            earliestAbandon = Math.min(earliestAbandon, abandonAt);
        }
        Conversation c = new Conversation(Ids.uuid(random).toString(), Ids.uuid(random).toString(), kind, at,
                abandonAt);
        double specialists = queue.profile.specialistShare();
        c.needsSpecialist = specialists > 0 && random.nextDouble() < specialists;
        waiting.add(c); // arrivals come in time order, so the list stays sorted
        log.add(EventLog.Kind.OFFERED, at, 0);
    }

    /** Customers whose patience ran out by {@code until} hang up. */
    void abandonsUntil(long until) {
        if (earliestAbandon > until) {
            return;
        }
        long nextEarliest = Long.MAX_VALUE;
        for (int i = waiting.size() - 1; i >= 0; i--) {
            Conversation c = waiting.get(i);
            if (c.abandonAt <= until) {
                waiting.remove(i);
                log.add(EventLog.Kind.ABANDONED, c.abandonAt, c.abandonAt - c.arrivedAt);
            } else {
                nextEarliest = Math.min(nextEarliest, c.abandonAt);
            }
        }
        earliestAbandon = nextEarliest;
    }

    /** Puts a bounced conversation back in arrival order. */
    void requeue(Conversation c) {
        int i = waiting.size();
        while (i > 0 && waiting.get(i - 1).arrivedAt > c.arrivedAt) {
            i--;
        }
        waiting.add(i, c);
        earliestAbandon = Math.min(earliestAbandon, c.abandonAt);
    }

    long nextDue() {
        return Math.min(nextCandidate, earliestAbandon);
    }

    /** Exponential gap between candidates, at least 1 ms so time always moves on. */
    private long gap(SplittableRandom random) {
        if (peakPerMs <= 0) {
            return Long.MAX_VALUE / 4; // never, without overflowing when added to a time
        }
        return 1 + (long) (-Math.log(1 - random.nextDouble()) / peakPerMs);
    }
}
