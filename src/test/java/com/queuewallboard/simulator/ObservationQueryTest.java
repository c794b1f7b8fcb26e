package com.queuewallboard.simulator;

import com.queuewallboard.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObservationQueryTest {

    private static final Set<String> ROUTING_QUALIFIERS = Set.of("IDLE", "INTERACTING", "COMMUNICATING",
            "NOT_RESPONDING");

    private static GenesysSimulator sim;
    private static SimClient client;
    private static JsonNode all;

    @BeforeAll
    static void start() throws Exception {
        sim = GenesysSimulator.start(SimClient.morning().build());
        client = new SimClient(sim);
        List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
        SimClient.Reply r = client.observations(SimClient.observationQuery(ids, SimClient.ALL_METRICS, "oWaiting"));
        assertEquals(200, r.status(), String.valueOf(r.body()));
        all = r.body();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void userMetricsUnderQueueAndConversationMetricsUnderQueueAndMedia() {
        for (JsonNode result : all.get("results")) {
            JsonNode group = result.get("group");
            SimQueue queue = queue(group.get("queueId").asText());
            for (JsonNode item : result.get("data")) {
                String metric = item.get("metric").asText();
                boolean userMetric = ObservationQuery.USER_METRICS.contains(metric);
                assertEquals(userMetric, !group.has("mediaType"), metric + " in " + group);
            }
            if (group.has("mediaType")) {
                assertTrue(queue.mediaTypes().contains(group.get("mediaType").asText()));
            }
        }
        // Technical Support takes voice and chat: one group per medium
        SimQueue tech = byName("Technical Support");
        Set<String> media = new HashSet<>();
        for (JsonNode result : all.get("results")) {
            if (result.get("group").get("queueId").asText().equals(tech.id()) && result.get("group").has("mediaType")) {
                media.add(result.get("group").get("mediaType").asText());
            }
        }
        assertTrue(Set.of("voice", "chat").containsAll(media) && !media.isEmpty(), media.toString());
    }

    @Test
    void zeroMetricsAndEmptyGroupsAreLeftOut() {
        for (JsonNode result : all.get("results")) {
            assertFalse(result.get("data").isEmpty(), "empty group " + result);
            for (JsonNode item : result.get("data")) {
                if (item.get("stats").has("count")) {
                    assertTrue(item.get("stats").get("count").asLong() > 0, "zero metric sent: " + item);
                }
            }
        }
    }

    @Test
    void qualifiersAreRoutingStatusesAndMappedPresences() {
        JsonNode mappings = all.get("systemToOrganizationMappings");
        assertNotNull(mappings);
        Set<String> presenceIds = new HashSet<>();
        mappings.fields().forEachRemaining(e -> e.getValue().forEach(id -> presenceIds.add(id.asText())));
        assertTrue(mappings.has("ON_QUEUE") && mappings.has("BREAK") && mappings.has("MEAL"));
        int onQueue = 0;
        for (JsonNode result : all.get("results")) {
            for (JsonNode item : result.get("data")) {
                switch (item.get("metric").asText()) {
                    case "oOnQueueUsers" -> {
                        assertTrue(ROUTING_QUALIFIERS.contains(item.get("qualifier").asText()), item.toString());
                        onQueue += item.get("stats").get("count").asInt();
                    }
                    case "oOffQueueUsers" -> assertTrue(presenceIds.contains(item.get("qualifier").asText()));
                    case "oUserRoutingStatuses" -> assertTrue(ROUTING_QUALIFIERS.contains(
                            item.get("qualifier").asText()) || "OFF_QUEUE".equals(item.get("qualifier").asText()));
                    case "oMemberUsers", "oActiveUsers", "oWaiting" -> assertNull(item.get("qualifier"));
                    default -> { }
                }
            }
        }
        assertTrue(onQueue > 20, "mid-morning the centre is staffed: " + onQueue);
    }

    @Test
    void waitingDetailsAreOldestFirstAndTruncatedAboveThirty() {
        Instant now = SimClient.MORNING;
        boolean sawTruncated = false;
        for (JsonNode result : all.get("results")) {
            for (JsonNode item : result.get("data")) {
                if (!item.get("metric").asText().equals("oWaiting")) {
                    continue;
                }
                int count = item.get("stats").get("count").asInt();
                JsonNode obs = item.get("observations");
                assertEquals(count > 30, item.get("truncated").asBoolean());
                assertEquals(Math.min(count, 30), obs.size());
                Instant previous = Instant.MIN;
                for (JsonNode o : obs) {
                    String date = o.get("observationDate").asText();
                    assertTrue(date.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), date);
                    Instant at = Instant.parse(date);
                    assertFalse(at.isBefore(previous), "oldest first");
                    assertFalse(at.isAfter(now));
                    previous = at;
                    assertNotNull(o.get("conversationId"));
                    assertNotNull(o.get("sessionId"));
                    assertEquals("inbound", o.get("direction").asText());
                }
                long longest = longestWaiting(result);
                assertEquals(now.toEpochMilli() - Instant.parse(obs.get(0).get("observationDate").asText())
                        .toEpochMilli(), longest, "oLongestWaiting = now - oldest observation");
                sawTruncated |= count > 30;
            }
        }
        assertTrue(sawTruncated, "Email Care's backlog should exceed 30 by mid-morning");
    }

    @Test
    void hotQueueHasMoreWaitingThanAvailableSomewhereInTheMorning() throws Exception {
        // step through the morning a minute at a time; the understaffed queues must show an alert state
        MutableClock clock = new MutableClock(SimClient.MORNING.minusSeconds(3600));
        try (GenesysSimulator s = GenesysSimulator.start(SimClient.morning().clock(clock).build())) {
            SimClient c = new SimClient(s);
            List<String> ids = s.queues().stream().filter(q -> !q.name().equals("Email Care")
                    && !q.name().equals("Callbacks")).map(SimQueue::id).toList();
            int hot = 0;
            for (int minute = 0; minute < 60; minute++) {
                clock.advance(java.time.Duration.ofMinutes(1));
                JsonNode body = c.observations(SimClient.observationQuery(ids,
                        new String[] {"oWaiting", "oOnQueueUsers"})).body();
                for (String id : ids) {
                    if (sum(body, id, "oWaiting", null) > sum(body, id, "oOnQueueUsers", "IDLE")) {
                        hot++;
                    }
                }
            }
            assertTrue(hot >= 10, "queues over capacity in an hour of minutes: " + hot);
        }
    }

    @Test
    void mediaTypePredicateLimitsConversationGroups() throws Exception {
        SimQueue tech = byName("Technical Support");
        ObjectNode q = SimClient.JSON.createObjectNode();
        ObjectNode filter = q.putObject("filter").put("type", "and");
        filter.putArray("predicates").addObject().put("dimension", "mediaType").put("value", "chat");
        filter.putArray("clauses").addObject().put("type", "or").putArray("predicates").addObject()
                .put("type", "dimension").put("dimension", "queueId").put("operator", "matches").put("value", tech.id());
        q.putArray("metrics").add("oWaiting").add("oInteracting").add("oMemberUsers");
        JsonNode body = client.observations(q).body();
        for (JsonNode result : body.get("results")) {
            assertEquals(tech.id(), result.get("group").get("queueId").asText());
            if (result.get("group").has("mediaType")) {
                assertEquals("chat", result.get("group").get("mediaType").asText());
            }
        }
        assertNull(body.get("systemToOrganizationMappings"), "no presence metric asked for");
    }

    @Test
    void quietQueueIsAbsentAndUnknownIdIsIgnored() throws Exception {
        SimQueue afterHours = byName("After Hours");
        JsonNode body = client.observations(SimClient.observationQuery(
                List.of(afterHours.id(), "00000000-0000-4000-8000-000000000000"),
                new String[] {"oWaiting", "oInteracting", "oAlerting"})).body();
        assertEquals(0, body.get("results").size(), "nothing going on at After Hours in the morning: " + body);
    }

    private static long longestWaiting(JsonNode result) {
        for (JsonNode item : result.get("data")) {
            if (item.get("metric").asText().equals("oLongestWaiting")) {
                return item.get("stats").get("calculatedMetricValue").asLong();
            }
        }
        throw new AssertionError("no oLongestWaiting beside oWaiting in " + result);
    }

    static int sum(JsonNode body, String queueId, String metric, String qualifier) {
        int total = 0;
        for (JsonNode result : body.get("results")) {
            if (!result.get("group").get("queueId").asText().equals(queueId)) {
                continue;
            }
            for (JsonNode item : result.get("data")) {
                if (item.get("metric").asText().equals(metric)
                        && (qualifier == null || qualifier.equals(item.path("qualifier").asText(null)))) {
                    total += item.get("stats").get("count").asInt();
                }
            }
        }
        return total;
    }

    static SimQueue byName(String name) {
        return sim.queues().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private static SimQueue queue(String id) {
        return sim.queues().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }
}
