package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code data} of one result group from the live model. User metrics belong to the
 * {queueId} group, conversation metrics to the {queueId, mediaType} groups. Zero counts are
 * sent as {@code {"count":0}} (a captured real response does so, and a quiet queue must not look
 * like "no data"); the {@link FaultKnobs#omitZeroCounts} knob leaves them out, as Genesys may
 * too. {@code oLongestWaiting} is the epoch ms of the oldest waiting conversation
 * (genesys-api.md section 3), or a duration with {@link FaultKnobs#longestWaitingAsDuration}.
 * Called under the centre's lock.
 */
final class ObservationGroups {

    /** Genesys sends at most this many detail observations, half oldest, half newest. */
    static final int MAX_OBSERVATIONS = 30;

    private static final RoutingStatus[] ON_QUEUE_ORDER = {RoutingStatus.IDLE, RoutingStatus.INTERACTING,
        RoutingStatus.COMMUNICATING, RoutingStatus.NOT_RESPONDING};

    private final ObservationQuery query;
    private final long seed;
    private final ContactCentre.Now now;
    private final boolean omitZero;
    private final boolean longestAsDuration;

    ObservationGroups(ObservationQuery query, long seed, ContactCentre.Now now, FaultKnobs knobs) {
        this.query = query;
        this.seed = seed;
        this.now = now;
        this.omitZero = knobs.omitsZeroCounts();
        this.longestAsDuration = knobs.longestWaitingIsDuration();
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
        ObjectNode item = count(data, metric, null, list.size());
        if (list.isEmpty() || !query.detailMetrics().contains(metric)) {
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
            o.put("observationDate", Json.iso(now.toWire(sinceState ? c.stateSince : c.arrivedAt)));
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
            return; // belief: with nobody waiting there is no oldest conversation, so no value at all
        }
        ObjectNode item = data.addObject();
        item.put("metric", metric);
        long value = longestAsDuration ? Math.max(0, now.model() - oldest) : now.toWire(oldest);
        item.putObject("stats").put("calculatedMetricValue", value);
    }

    private ObjectNode count(ArrayNode data, String metric, String qualifier, int count) {
        if (count < 0 || (count == 0 && omitZero)) {
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
