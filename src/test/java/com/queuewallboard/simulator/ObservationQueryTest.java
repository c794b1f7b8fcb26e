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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

class ObservationQueryTest {

    private static final Set<String> ROUTING_QUALIFIERS = Set.of("IDLE", "INTERACTING", "COMMUNICATING",
            "NOT_RESPONDING");

    private static GenesysSimulator sim;
    private static SimClient client;
    private static JsonNode all;

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.morning();

    @BeforeAll
    static void start() throws Exception {
        sim = SIM.sim();
        client = SIM.client();
        List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
        SimClient.Reply r = client.observations(SimClient.observationQuery(ids, SimClient.ALL_METRICS, "oWaiting"));
        assertEquals(200, r.status(), String.valueOf(r.body()));
        all = r.body();
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
    void zeroCountsArePresentByDefaultSoEveryQueueAndMediumHasAGroup() {
        Set<String> groups = new HashSet<>();
        boolean sawZero = false;
        for (JsonNode result : all.get("results")) {
            assertFalse(result.get("data").isEmpty(), "empty group " + result);
            groups.add(result.get("group").toString());
            for (JsonNode item : result.get("data")) {
                sawZero |= item.get("stats").has("count") && item.get("stats").get("count").asLong() == 0;
            }
        }
        int expected = 0;
        for (SimQueue q : sim.queues()) {
            expected += 1 + q.mediaTypes().size(); // the users group and one per medium
        }
        assertEquals(expected, groups.size(), "a quiet queue still has its groups");
        assertTrue(sawZero, "zero counts are sent as {\"count\":0}");
    }

    @Test
    void omitZeroCountsKnobLeavesZeroMetricsAndEmptyGroupsOut() throws Exception {
        sim.faults().omitZeroCounts(true);
        try {
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            JsonNode body = client.observations(SimClient.observationQuery(ids, SimClient.ALL_METRICS, "oWaiting")).body();
            for (JsonNode result : body.get("results")) {
                assertFalse(result.get("data").isEmpty(), "empty group " + result);
                for (JsonNode item : result.get("data")) {
                    if (item.get("stats").has("count")) {
                        assertTrue(item.get("stats").get("count").asLong() > 0, "zero metric sent: " + item);
                    }
                }
            }
        } finally {
            sim.faults().omitZeroCounts(false);
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
                if (count == 0) {
                    assertNull(item.get("observations"), "no details without waiting conversations");
                    continue;
                }
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
                assertEquals(Instant.parse(obs.get(0).get("observationDate").asText()).toEpochMilli(), longest,
                        "oLongestWaiting = epoch ms of the oldest observation (genesys-api.md section 3)");
                sawTruncated |= count > 30;
            }
        }
        assertFalse(sawTruncated, "no backlog over 30 mid-morning; truncation is checked on its own below");
    }

    @Test
    void moreThanThirtyWaitingAreTruncatedToTheOldestAndNewestFifteen() {
        MediaStream stream = new MediaStream(new QueueProfile.Stream(MediaKind.EMAIL, 0, 0.9, 86_400), 0,
                new java.util.SplittableRandom(1));
        long start = SimClient.MORNING.toEpochMilli() - 3_600_000;
        for (int i = 0; i < 40; i++) {
            stream.waiting.add(new Conversation("c" + i, "s" + i, MediaKind.EMAIL, start + i * 60_000L, Long.MAX_VALUE));
        }
        ObservationQuery query = new ObservationQuery(null, List.of("oWaiting", "oLongestWaiting"), Set.of("oWaiting"));
        long now = SimClient.MORNING.toEpochMilli();
        JsonNode data = new ObservationGroups(query, 42, new ContactCentre.Now(now, now), new FaultKnobs(42))
                .mediaData(stream);
        JsonNode waiting = data.get(0);
        assertEquals(40, waiting.get("stats").get("count").asInt());
        assertTrue(waiting.get("truncated").asBoolean());
        JsonNode obs = waiting.get("observations");
        assertEquals(30, obs.size());
        assertEquals("c0", obs.get(0).get("conversationId").asText());
        assertEquals("c14", obs.get(14).get("conversationId").asText());
        assertEquals("c25", obs.get(15).get("conversationId").asText(), "then the newest fifteen");
        assertEquals(start, data.get(1).get("stats").get("calculatedMetricValue").asLong());
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
    void quietQueueHasZeroGroupsAndUnknownIdIsIgnored() throws Exception {
        SimQueue afterHours = byName("After Hours");
        JsonNode query = SimClient.observationQuery(List.of(afterHours.id(), "00000000-0000-4000-8000-000000000000"),
                new String[] {"oWaiting", "oAlerting"});
        JsonNode body = client.observations(query).body();
        assertEquals(1, body.get("results").size(), "one group, all zero: " + body);
        assertEquals(afterHours.id(), body.get("results").get(0).get("group").get("queueId").asText());
        assertEquals(0, sum(body, afterHours.id(), "oWaiting", null));
        sim.faults().omitZeroCounts(true);
        try {
            assertEquals(0, client.observations(query).body().get("results").size(), "the knob leaves it out");
        } finally {
            sim.faults().omitZeroCounts(false);
        }
    }

    @Test
    void longestWaitingAsDurationKnob() throws Exception {
        List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
        JsonNode query = SimClient.observationQuery(ids, new String[] {"oWaiting", "oLongestWaiting"}, "oWaiting");
        sim.faults().longestWaitingAsDuration(true);
        JsonNode body;
        try {
            body = client.observations(query).body();
        } finally {
            sim.faults().longestWaitingAsDuration(false);
        }
        boolean seen = false;
        for (JsonNode result : body.get("results")) {
            for (JsonNode item : result.get("data")) {
                if (item.get("metric").asText().equals("oWaiting") && item.get("stats").get("count").asInt() > 0) {
                    long oldest = Instant.parse(item.get("observations").get(0).get("observationDate").asText())
                            .toEpochMilli();
                    assertEquals(SimClient.MORNING.toEpochMilli() - oldest, longestWaiting(result), "a duration in ms");
                    seen = true;
                }
            }
        }
        assertTrue(seen, "someone is waiting mid-morning");
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
