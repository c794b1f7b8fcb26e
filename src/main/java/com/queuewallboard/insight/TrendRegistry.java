package com.queuewallboard.insight;

import com.queuewallboard.board.QueueFigures;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One {@link TrendBuffer} per queue shown on a board, keyed by queue id. Buffers are made on a
 * queue's first point and dropped when the queue leaves the board, so memory follows the board.
 * Not thread-safe: used from the thread that applies snapshots.
 */
public final class TrendRegistry {
    private final int capacity;
    private final Map<String, TrendBuffer> buffers = new HashMap<>();

    public TrendRegistry(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("A trend holds at least 1 point, not " + capacity + ".");
        this.capacity = capacity;
    }

    /** Enough points to cover {@code window} at one point per {@code refresh}: 60 min / 10 s = 360. */
    public static TrendRegistry covering(Duration window, Duration refresh) {
        if (refresh == null || refresh.isZero() || refresh.isNegative()) {
            throw new IllegalArgumentException("The refresh interval must be longer than 0 seconds.");
        }
        long points = (window.toMillis() + refresh.toMillis() - 1) / refresh.toMillis();
        return new TrendRegistry((int) Math.max(1, Math.min(points, 100_000)));
    }

    /** Adds one point to the queue's trend; O(1), allocation-free after the queue's first point. */
    public void record(String queueId, long epochSecond, int waitingCalls, int availableAgents) {
        TrendBuffer buffer = buffers.get(queueId);
        if (buffer == null) {
            buffer = new TrendBuffer(capacity);
            buffers.put(queueId, buffer);
        }
        buffer.add(epochSecond, waitingCalls, availableAgents);
    }

    /**
     * One refresh: a point for every queue with live data, and the trends of queues no longer in
     * {@code shown} dropped. Queues without live data get no point (a gap, never a fake zero).
     */
    public void apply(Instant at, Collection<QueueFigures> shown) {
        Set<String> ids = new HashSet<>();
        for (QueueFigures q : shown) {
            ids.add(q.queueId());
            if (q.hasLiveData()) record(q.queueId(), at.getEpochSecond(), q.waitingCalls(), q.availableAgents());
        }
        retainOnly(ids);
    }

    /** Drops the trends of every queue not in {@code queueIds}. */
    public void retainOnly(Collection<String> queueIds) {
        buffers.keySet().retainAll(queueIds instanceof Set<?> ? queueIds : new HashSet<>(queueIds));
    }

    /** The queue's trend, or null when it has none yet. */
    public TrendBuffer get(String queueId) {
        return buffers.get(queueId);
    }

    public int queues() {
        return buffers.size();
    }

    public int capacity() {
        return capacity;
    }
}
