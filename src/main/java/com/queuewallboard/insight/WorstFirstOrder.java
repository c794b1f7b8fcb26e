package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders queues worst first: ALERT, then WARNING, then the rest, and within a level by calls
 * waiting, most first. The order is only recomputed when some queue's level changes (or queues
 * come or go), so tiles do not jump around a wall screen every time a waiting count wiggles.
 * Not thread-safe: one instance per board, used on the thread applying snapshots.
 */
public final class WorstFirstOrder {
    private List<String> order = List.of();
    private Map<String, AlertLevel> levels = Map.of();

    /** The queue ids in display order for this refresh. */
    public List<String> apply(Collection<QueueStanding> queues) {
        Map<String, AlertLevel> now = new HashMap<>();
        for (QueueStanding q : queues) now.put(q.queueId(), q.level());
        if (now.equals(levels)) return order;
        Map<String, Integer> previous = new HashMap<>();
        for (int i = 0; i < order.size(); i++) previous.put(order.get(i), i);
        List<QueueStanding> sorted = new ArrayList<>(queues);
        // ties keep their previous places, newcomers come after them in the order given (a stable sort)
        sorted.sort(Comparator.comparing(QueueStanding::level).reversed()
                .thenComparing(Comparator.comparingInt(QueueStanding::waitingCalls).reversed())
                .thenComparingInt(q -> previous.getOrDefault(q.queueId(), Integer.MAX_VALUE)));
        List<String> ids = new ArrayList<>(sorted.size());
        for (QueueStanding q : sorted) if (!ids.contains(q.queueId())) ids.add(q.queueId());
        order = List.copyOf(ids);
        levels = now;
        return order;
    }

    /** Forgets the last order, so the next {@link #apply} sorts afresh (e.g. after a settings change). */
    public void reset() {
        order = List.of();
        levels = Map.of();
    }
}
