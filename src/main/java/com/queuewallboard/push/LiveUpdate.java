package com.queuewallboard.push;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The current live ({@code o*}) figures of one queue group, as one push event carried them.
 * A group is {queueId} for the agent metrics or {queueId, mediaType} for the conversation
 * metrics, as in the observations query. The event carries the group's whole current state:
 * a metric missing from it is 0 (Genesys leaves zeros out).
 *
 * @param queueId           the queue
 * @param mediaType         voice, chat, ... or null for the queue's agent group
 * @param counts            {@code stats.count} per metric; key {@code metric} or {@code metric:QUALIFIER}
 *                          (e.g. {@code oOnQueueUsers:IDLE}); decimals as sent
 * @param oldestWaitingEpochMs {@code oLongestWaiting} as the epoch ms of the oldest waiting
 *                          conversation (a duration-sized value is turned into one), or null
 *                          when nobody waits
 * @param receivedAt        when the event arrived (feed clock)
 */
public record LiveUpdate(String queueId, String mediaType, Map<String, Double> counts, Long oldestWaitingEpochMs,
                         Instant receivedAt) {

    public LiveUpdate {
        Objects.requireNonNull(queueId, "queueId");
        counts = Map.copyOf(counts);
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Group key: queueId, or queueId/mediaType. */
    public String groupKey() {
        return mediaType == null ? queueId : queueId + "/" + mediaType;
    }

    /** A count, 0 when absent. */
    public double count(String key) {
        Double v = counts.get(key);
        return v == null ? 0 : v;
    }

    /** Sum of a metric over all its qualifiers (and its unqualified value). */
    public double sum(String metric) {
        double total = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            String k = e.getKey();
            if (k.equals(metric) || k.startsWith(metric + ":")) {
                total += e.getValue();
            }
        }
        return total;
    }

    /** Same figures, whenever received (to drop duplicates and repeats). */
    boolean sameFigures(LiveUpdate other) {
        return other != null && counts.equals(other.counts)
                && Objects.equals(oldestWaitingEpochMs, other.oldestWaitingEpochMs);
    }
}
