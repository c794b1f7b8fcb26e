package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

class AggregateQueryTest {

    private static GenesysSimulator sim;
    private static SimClient client;
    private static List<String> ids;

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.morning();

    @BeforeAll
    static void start() throws Exception {
        sim = SIM.sim();
        client = SIM.client();
        ids = sim.queues().stream().map(SimQueue::id).toList();
    }


    @Test
    void todaysTotalsAddUpWithWhatIsStillInTheQueue() throws Exception {
        SimClient.Reply r = client.aggregates(SimClient.todayQuery(ids, null));
        assertEquals(200, r.status(), String.valueOf(r.body()));
        JsonNode live = client.observations(SimClient.observationQuery(ids,
                new String[] {"oWaiting", "oAlerting"})).body();
        Map<String, Integer> inQueue = new HashMap<>();
        for (JsonNode result : live.get("results")) {
            String key = result.get("group").get("queueId").asText() + "/" + result.get("group").get("mediaType").asText();
            for (JsonNode item : result.get("data")) {
                inQueue.merge(key, item.get("stats").get("count").asInt(), Integer::sum);
            }
        }
        long offeredEverywhere = 0;
        for (JsonNode result : r.body().get("results")) {
            JsonNode group = result.get("group");
            String key = group.get("queueId").asText() + "/" + group.get("mediaType").asText();
            assertEquals(1, result.get("data").size());
            JsonNode data = result.get("data").get(0);
            assertEquals("2026-11-26T00:00:00.000Z/2026-11-27T00:00:00.000Z", data.get("interval").asText());
            Map<String, JsonNode> m = metrics(data);
            long offered = count(m, "nOffered");
            long answered = count(m, "tAnswered");
            long abandoned = count(m, "tAbandon");
            assertEquals(offered, answered + abandoned + inQueue.getOrDefault(key, 0), key + " " + m);
            assertTrue(count(m, "tHandle") <= answered, "handled only after being answered");
            assertEquals(answered + abandoned, count(m, "tWait"));
            if (m.containsKey("oServiceLevel")) {
                JsonNode sl = m.get("oServiceLevel").get("stats");
                assertEquals(sl.get("numerator").asDouble() / sl.get("denominator").asDouble(),
                        sl.get("ratio").asDouble(), 1e-9);
                assertEquals(answered + abandoned, sl.get("denominator").asLong());
                assertTrue(sl.get("target").asDouble() > 0.5);
            }
            if (m.containsKey("tAnswered")) {
                JsonNode t = m.get("tAnswered").get("stats");
                assertTrue(t.get("min").asLong() <= t.get("max").asLong());
                assertTrue(t.get("sum").asLong() >= t.get("max").asLong());
            }
            offeredEverywhere += offered;
        }
        assertTrue(offeredEverywhere > 1000, "a busy morning: " + offeredEverywhere);
    }

    @Test
    void hourlyBucketsSumToTheDay() throws Exception {
        JsonNode day = client.aggregates(SimClient.todayQuery(ids, null)).body();
        JsonNode hours = client.aggregates(SimClient.todayQuery(ids, "PT1H")).body();
        Map<String, Long> dayOffered = offeredByGroup(day);
        Map<String, Long> hourOffered = offeredByGroup(hours);
        assertEquals(dayOffered, hourOffered);
        for (JsonNode result : hours.get("results")) {
            for (JsonNode data : result.get("data")) {
                String[] interval = data.get("interval").asText().split("/");
                assertEquals(3_600_000L, java.time.Duration.between(java.time.Instant.parse(interval[0]),
                        java.time.Instant.parse(interval[1])).toMillis());
            }
        }
    }

    @Test
    void intervalWithNoActivityHasNoResults() throws Exception {
        ObjectNode q = (ObjectNode) SimClient.todayQuery(ids, null);
        q.put("interval", "2026-11-25T00:00:00.000+00:00/2026-11-26T00:00:00.000+00:00");
        SimClient.Reply r = client.aggregates(q);
        assertEquals(200, r.status());
        assertFalse(r.body().has("results") && r.body().get("results").size() > 0, r.body().toString());
    }

    @Test
    void invalidQueriesAreBadRequests() throws Exception {
        ObjectNode badMetric = (ObjectNode) SimClient.todayQuery(ids, null);
        badMetric.putArray("metrics").add("abandonedCalls");
        assertEquals(400, client.aggregates(badMetric).status());
        ObjectNode badInterval = (ObjectNode) SimClient.todayQuery(ids, null);
        badInterval.put("interval", "today");
        SimClient.Reply r = client.aggregates(badInterval);
        assertEquals(400, r.status());
        TokenAndAuthTest.assertErrorBody(r, 400, "bad.request");
    }

    @Test
    void metricNamesOutsideTheSdkListAreRefusedOthersAccepted() throws Exception {
        for (String invented : new String[] {"tAnsweredWithin", "nShortAbandon", "oWaiting"}) {
            ObjectNode q = (ObjectNode) SimClient.todayQuery(ids, null);
            q.putArray("metrics").add("nOffered").add(invented);
            SimClient.Reply r = client.aggregates(q);
            assertEquals(400, r.status(), invented);
            TokenAndAuthTest.assertErrorBody(r, 400, "bad.request");
        }
        ObjectNode q = (ObjectNode) SimClient.todayQuery(ids, null);
        q.putArray("metrics").add("tTalk").add("tShortAbandon").add("nOffered");
        assertEquals(200, client.aggregates(q).status(), "real but unmodelled metrics are accepted");
    }

    private static Map<String, Long> offeredByGroup(JsonNode body) {
        Map<String, Long> offered = new HashMap<>();
        for (JsonNode result : body.get("results")) {
            for (JsonNode data : result.get("data")) {
                offered.merge(result.get("group").toString(), count(metrics(data), "nOffered"), Long::sum);
            }
        }
        return offered;
    }

    private static Map<String, JsonNode> metrics(JsonNode data) {
        Map<String, JsonNode> m = new HashMap<>();
        data.get("metrics").forEach(item -> m.put(item.get("metric").asText(), item));
        return m;
    }

    private static long count(Map<String, JsonNode> m, String metric) {
        return m.containsKey(metric) ? m.get(metric).get("stats").get("count").asLong() : 0;
    }
}
