package com.queuewallboard.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many requests reached each endpoint, faulted or not. Lets tests check that a client
 * caches tokens, batches queries and backs off instead of hammering.
 */
public final class RequestCounts {

    private final AtomicLong token = new AtomicLong();
    private final AtomicLong observations = new AtomicLong();
    private final AtomicLong aggregates = new AtomicLong();
    private final AtomicLong queues = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong notifications = new AtomicLong();

    RequestCounts() {
    }

    public long tokenRequests() { return token.get(); }

    public long observationQueries() { return observations.get(); }

    public long aggregateQueries() { return aggregates.get(); }

    /** Both the queue list and single-queue requests. */
    public long queueRequests() { return queues.get(); }

    /** Channel creations and subscription calls of the Notifications API (not the socket traffic). */
    public long notificationRequests() { return notifications.get(); }

    /** Every request, including unknown paths. */
    public long total() { return total.get(); }

    public void reset() {
        token.set(0);
        observations.set(0);
        aggregates.set(0);
        queues.set(0);
        total.set(0);
        notifications.set(0);
    }

    void countToken() { token.incrementAndGet(); }

    void countObservation() { observations.incrementAndGet(); }

    void countAggregate() { aggregates.incrementAndGet(); }

    void countQueue() { queues.incrementAndGet(); }

    void countNotification() { notifications.incrementAndGet(); }

    void countAny() { total.incrementAndGet(); }

    @Override
    public String toString() {
        return "RequestCounts[token=" + tokenRequests() + ", observations=" + observationQueries()
                + ", aggregates=" + aggregateQueries() + ", queues=" + queueRequests() + ", notifications=" + notificationRequests() + ", total=" + total() + "]";
    }
}
