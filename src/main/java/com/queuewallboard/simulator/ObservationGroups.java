package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code data} of one result group from the live model, leaving out zero metrics
 * as Genesys does. User metrics belong to the {queueId} group, conversation metrics to the
 * {queueId, mediaType} groups. Called under the centre's lock.
 */
final class ObservationGroups {

    /** Genesys sends at most this many detail observations, half oldest, half newest. */
    static final int MAX_OBSERVATIONS = 30;

    private static final RoutingStatus[] ON_QUEUE_ORDER = {RoutingStatus.IDLE, RoutingStatus.INTERACTING,
        RoutingStatus.COMMUNICATING, RoutingStatus.NOT_RESPONDING};

    private final ObservationQuery query;
    private final long seed;
    private final long now;

    ObservationGroups(ObservationQuery query, long seed, long now) {
        this.query = query;
        this.seed = seed;
        this.now = now;
    }

    ArrayNode userData(QueueModel queue) {
        Map<RoutingStatus, Integer> routing = new EnumMap<>(RoutingStatus.class);
        Map<Presence, Integer> presences = new EnumMap<>(Presence.class);
        int active = 0;
        for (Agent agent : queue.agents) {
            if (!agent.joined) {
                continue;
            }
            active++;
            RoutingStatus status = agent.state.routingStatus();
            if (status != null) {
                routing.merge(status, 1, Integer::sum);
                presences.merge(agent.presence, 1, Integer::sum);
            }
        }
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (String metric : query.metrics()) {
            switch (metric) {
                case "oOnQueueUsers" -> {
                    for (RoutingStatus s : ON_QUEUE_ORDER) {
                        count(data, metric, s.name(), routing.getOrDefault(s, 0));
                    }
                }
                case "oUserRoutingStatuses" -> {
                    for (RoutingStatus s : RoutingStatus.values()) {
                        count(data, metric, s.name(), routing.getOrDefault(s, 0));
                    }
                }
                case "oOffQueueUsers" -> presences.forEach((p, n) -> {
                    if (p != Presence.ON_QUEUE) {
                        count(data, metric, p.orgId(seed), n);
                    }
                });
                case "oUserPresences" -> presences.forEach((p, n) -> count(data, metric, p.orgId(seed), n));
                case "oActiveUsers" -> count(data, metric, null, active);
                case "oMemberUsers" -> count(data, metric, null, queue.agents.size());
                default -> { } // conversation metrics go in the media groups
            }
        }
        return data;
    }

    ArrayNode mediaData(MediaStream stream) {
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (String metric : query.metrics()) {
            switch (metric) {
                case "oWaiting" -> conversations(data, metric, stream.waiting, false);
                case "oInteracting" -> conversations(data, metric, stream.interacting, true);
                case "oAlerting" -> conversations(data, metric, stream.alerting, true);
                case "oLongestWaiting" -> longest(data, metric, stream.waiting, false);
                case "oLongestInteracting" -> longest(data, metric, stream.interacting, true);
                default -> { } // user metrics go in the queue group
            }
        }
        return data;
    }

    private void conversations(ArrayNode data, String metric, List<Conversation> list, boolean sinceState) {
        if (list.isEmpty()) {
            return;
        }
        ObjectNode item = count(data, metric, null, list.size());
        if (!query.detailMetrics().contains(metric)) {
            return;
        }
        // lists are kept oldest first for waiting; the others are sorted here by their start
        List<Conversation> sorted = sinceState
                ? list.stream().sorted((a, b) -> Long.compare(a.stateSince, b.stateSince)).toList()
                : list;
        boolean truncated = sorted.size() > MAX_OBSERVATIONS;
        item.put("truncated", truncated);
        ArrayNode observations = item.putArray("observations");
        int half = MAX_OBSERVATIONS / 2;
        for (int i = 0; i < sorted.size(); i++) {
            if (truncated && i >= half && i < sorted.size() - half) {
                continue;
            }
            Conversation c = sorted.get(i);
            ObjectNode o = observations.addObject();
            o.put("observationDate", Json.iso(sinceState ? c.stateSince : c.arrivedAt));
            o.put("conversationId", c.id);
            o.put("sessionId", c.sessionId);
            o.put("routingPriority", 0);
            o.put("direction", "inbound");
            if (c.agent != null) {
                o.put("userId", c.agent.userId);
            }
        }
    }

    private void longest(ArrayNode data, String metric, List<Conversation> list, boolean sinceState) {
        long oldest = Long.MAX_VALUE;
        for (Conversation c : list) {
            oldest = Math.min(oldest, sinceState ? c.stateSince : c.arrivedAt);
        }
        if (oldest == Long.MAX_VALUE) {
            return;
        }
        ObjectNode item = data.addObject();
        item.put("metric", metric);
        item.putObject("stats").put("calculatedMetricValue", Math.max(0, now - oldest));
    }

    private static ObjectNode count(ArrayNode data, String metric, String qualifier, int count) {
        if (count <= 0) {
            return null;
        }
        ObjectNode item = data.addObject();
        item.put("metric", metric);
        if (qualifier != null) {
            item.put("qualifier", qualifier);
        }
        item.putObject("stats").put("count", count);
        return item;
    }
}
