package com.queuewallboard.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads notification messages. Keeps only live ({@code o*}) metrics: the observations topic
 * also carries 30-minute aggregates (nOffered, tAbandon, ...) that are not live figures.
 * Unknown topics, metrics and fields are ignored; counts may be decimals.
 */
final class EventParser {

    /** What a message was. */
    enum Kind { HEARTBEAT, PONG, SOCKET_CLOSING, QUEUE_OBSERVATIONS, OTHER }

    record Parsed(Kind kind, List<LiveUpdate> updates) {
        static final Parsed HEARTBEAT = new Parsed(Kind.HEARTBEAT, List.of());
        static final Parsed PONG = new Parsed(Kind.PONG, List.of());
        static final Parsed CLOSING = new Parsed(Kind.SOCKET_CLOSING, List.of());
        static final Parsed OTHER = new Parsed(Kind.OTHER, List.of());
    }

    private static final String PREFIX = "v2.analytics.queues.";
    private static final String SUFFIX = ".observations";
    /** Below this, oLongestWaiting reads as a duration, not an epoch (about 3 years of ms). */
    private static final long DURATION_CEILING_MS = 100_000_000_000L;

    private final ObjectMapper json = new ObjectMapper();

    Parsed parse(String text, Instant receivedAt) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (Exception e) {
            return Parsed.OTHER; // a garbled frame is not worth a reconnect; resync heals what it carried
        }
        if (root == null || !root.isObject()) {
            return Parsed.OTHER;
        }
        String topic = root.path("topicName").asText("");
        JsonNode body = root.path("eventBody");
        if (topic.equals("channel.metadata")) {
            String message = body.path("message").asText("");
            return message.equalsIgnoreCase("pong") ? Parsed.PONG : Parsed.HEARTBEAT;
        }
        if (topic.isEmpty() && "pong".equalsIgnoreCase(root.path("message").asText(""))) {
            return Parsed.PONG;
        }
        if (topic.equals("v2.system.socket_closing")) {
            return Parsed.CLOSING;
        }
        if (topic.startsWith(PREFIX) && topic.endsWith(SUFFIX)) {
            return observations(topic, body, receivedAt);
        }
        return Parsed.OTHER;
    }

    private Parsed observations(String topic, JsonNode body, Instant receivedAt) {
        JsonNode group = body.path("group");
        String queueId = group.path("queueId").asText(null);
        if (queueId == null) {
            queueId = topic.substring(PREFIX.length(), topic.length() - SUFFIX.length());
        }
        String media = group.hasNonNull("mediaType") ? group.get("mediaType").asText() : null;
        Map<String, Double> counts = new HashMap<>();
        Long oldest = null;
        boolean anyLive = false;
        for (JsonNode data : body.path("data")) {
            for (JsonNode m : data.path("metrics")) {
                String metric = m.path("metric").asText("");
                if (!metric.startsWith("o")) {
                    continue; // an interval aggregate sharing the topic
                }
                anyLive = true;
                JsonNode stats = m.path("stats");
                if (stats.has("calculatedMetricValue") && metric.equals("oLongestWaiting")) {
                    long v = stats.get("calculatedMetricValue").asLong();
                    long epoch = v < DURATION_CEILING_MS ? receivedAt.toEpochMilli() - v : v;
                    oldest = oldest == null ? epoch : Math.min(oldest, epoch);
                }
                if (stats.has("count") && stats.get("count").isNumber()) {
                    String qualifier = m.hasNonNull("qualifier") ? m.get("qualifier").asText() : null;
                    String key = qualifier == null || qualifier.isEmpty() ? metric : metric + ":" + qualifier;
                    counts.merge(key, stats.get("count").asDouble(), Double::sum);
                }
            }
        }
        if (!anyLive) {
            return Parsed.OTHER; // only aggregates: nothing for the live figures
        }
        List<LiveUpdate> updates = new ArrayList<>(1);
        updates.add(new LiveUpdate(queueId, media, counts, oldest, receivedAt));
        return new Parsed(Kind.QUEUE_OBSERVATIONS, updates);
    }
}
