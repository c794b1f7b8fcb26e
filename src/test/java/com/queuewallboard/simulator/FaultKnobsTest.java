package com.queuewallboard.simulator;

import com.queuewallboard.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultKnobsTest {

    private MutableClock clock;
    private GenesysSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(SimClient.MORNING);
        sim = GenesysSimulator.start(SimClient.morning().clock(clock).build());
        client = new SimClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void latencyDelaysResponses() throws Exception {
        client.token();
        sim.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertEquals(200, client.get("/api/v2/routing/queues").status());
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 290);
    }

    @Test
    void errorRateOneFailsEveryApiCallWith503() throws Exception {
        client.token();
        sim.faults().errorRate(1.0);
        for (int i = 0; i < 3; i++) {
            SimClient.Reply r = client.get("/api/v2/routing/queues");
            assertEquals(503, r.status());
            TokenAndAuthTest.assertErrorBody(r, 503, "service.unavailable");
        }
        sim.faults().errorRate(0.5);
        int failures = 0;
        for (int i = 0; i < 40; i++) {
            int status = client.get("/api/v2/routing/queues").status();
            assertTrue(status == 200 || status == 500 || status == 502 || status == 503 || status == 504, "status " + status);
            failures += status == 200 ? 0 : 1;
        }
        assertTrue(failures > 5 && failures < 35, "about half fail: " + failures);
    }

    @Test
    void failNextGivesEachServerErrorThenRecovers() throws Exception {
        client.token();
        Map<Integer, String> codes = Map.of(500, "internal.server.error", 501, "not.implemented", 502, "bad.gateway",
                503, "service.unavailable", 504, "gateway.timeout");
        for (Map.Entry<Integer, String> e : codes.entrySet()) {
            sim.faults().failNext(2, e.getKey());
            for (int i = 0; i < 2; i++) {
                SimClient.Reply r = client.get("/api/v2/routing/queues");
                assertEquals(e.getKey(), r.status());
                TokenAndAuthTest.assertErrorBody(r, e.getKey(), e.getValue());
            }
            assertEquals(200, client.get("/api/v2/routing/queues").status(), "healthy again after " + e.getKey());
        }
        assertThrows(IllegalArgumentException.class, () -> sim.faults().failNext(1, 429));
    }

    @Test
    void errorStatusPinsTheStatusOfErrorRate() throws Exception {
        client.token();
        sim.faults().errorRate(1.0).errorStatus(501);
        assertEquals(501, client.get("/api/v2/routing/queues").status());
        sim.faults().errorRate(0.5).errorStatus(502);
        for (int i = 0; i < 20; i++) {
            int status = client.get("/api/v2/routing/queues").status();
            assertTrue(status == 200 || status == 502, "status " + status);
        }
        assertThrows(IllegalArgumentException.class, () -> sim.faults().errorStatus(404));
    }

    @Test
    void rateLimitNextGives429WithRetryAfter() throws Exception {
        client.token();
        sim.faults().rateLimitNext(2, 7);
        for (int i = 0; i < 2; i++) {
            SimClient.Reply r = client.get("/api/v2/routing/queues");
            assertEquals(429, r.status());
            assertEquals("7", r.header("Retry-After"));
            TokenAndAuthTest.assertErrorBody(r, 429, "too.many.requests.retry.after");
        }
        assertEquals(200, client.get("/api/v2/routing/queues").status());
    }

    @Test
    void perTokenBudgetIsEnforced() throws Exception {
        sim.faults().requestsPerMinute(3);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, client.get("/api/v2/routing/queues").status());
        }
        SimClient.Reply over = client.get("/api/v2/routing/queues");
        assertEquals(429, over.status());
        assertTrue(Integer.parseInt(over.header("Retry-After")) >= 1);
        client.forgetToken(); // a new token has its own budget
        assertEquals(200, client.get("/api/v2/routing/queues").status());
    }

    @Test
    void shortTokenLifetimeReallyExpires() throws Exception {
        sim.faults().tokenLifetime(Duration.ofSeconds(30));
        SimClient.Reply token = client.tokenRequest(sim.clientId(), sim.clientSecret(),
                "application/x-www-form-urlencoded", "grant_type=client_credentials");
        assertEquals(30, token.body().get("expires_in").asInt());
        client.token();
        assertEquals(200, client.get("/api/v2/routing/queues").status());
        clock.advance(Duration.ofSeconds(31));
        SimClient.Reply expired = client.get("/api/v2/routing/queues");
        assertEquals(401, expired.status());
        TokenAndAuthTest.assertErrorBody(expired, 401, "bad.credentials");
    }

    @Test
    void revokedTokensStopWorking() throws Exception {
        assertEquals(200, client.get("/api/v2/routing/queues").status());
        sim.faults().revokeToken();
        assertEquals(401, client.get("/api/v2/routing/queues").status());
        client.forgetToken();
        assertEquals(200, client.get("/api/v2/routing/queues").status());
    }

    @Test
    void unknownQueuesVanishEverywhere() throws Exception {
        SimQueue sales = sim.queues().stream().filter(q -> q.name().equals("Sales")).findFirst().orElseThrow();
        sim.faults().unknownQueues(Set.of(sales.id()));
        SimClient.Reply one = client.get("/api/v2/routing/queues/" + sales.id());
        assertEquals(404, one.status());
        TokenAndAuthTest.assertErrorBody(one, 404, "not.found");
        JsonNode list = client.get("/api/v2/routing/queues?pageSize=100").body();
        assertEquals(sim.queues().size() - 1, list.get("total").asInt());
        list.get("entities").forEach(e -> assertFalse(e.get("id").asText().equals(sales.id())));
        JsonNode obs = client.observations(SimClient.observationQuery(List.of(sales.id()),
                SimClient.ALL_METRICS)).body();
        assertEquals(0, obs.get("results").size());
        JsonNode agg = client.aggregates(SimClient.todayQuery(List.of(sales.id()), null)).body();
        assertFalse(agg.has("results"));
    }

    @Test
    void missingPermissionIs403NamingIt() throws Exception {
        sim.faults().missingPermission("analytics:queueObservation:view");
        SimClient.Reply r = client.observations(SimClient.observationQuery(List.of(sim.queues().get(0).id()),
                SimClient.ALL_METRICS));
        assertEquals(403, r.status());
        TokenAndAuthTest.assertErrorBody(r, 403, "missing.permissions");
        assertTrue(r.body().get("message").asText().contains("analytics:queueObservation:view"));
        assertEquals(200, client.get("/api/v2/routing/queues").status(), "other endpoints unaffected");
        sim.faults().missingPermission("routing:queue:view");
        assertEquals(403, client.get("/api/v2/routing/queues").status());
        sim.faults().reset();
        assertEquals(200, client.get("/api/v2/routing/queues").status());
    }

    @Test
    void requestsAreCountedPerEndpoint() throws Exception {
        sim.requests().reset();
        client.token();
        client.get("/api/v2/routing/queues");
        client.get("/api/v2/routing/queues/" + sim.queues().get(0).id());
        client.observations(SimClient.observationQuery(List.of(sim.queues().get(0).id()), SimClient.ALL_METRICS));
        client.aggregates(SimClient.todayQuery(List.of(sim.queues().get(0).id()), null));
        client.get("/api/v2/nowhere");
        RequestCounts counts = sim.requests();
        assertEquals(1, counts.tokenRequests());
        assertEquals(2, counts.queueRequests());
        assertEquals(1, counts.observationQueries());
        assertEquals(1, counts.aggregateQueries());
        assertEquals(6, counts.total());
    }
}
