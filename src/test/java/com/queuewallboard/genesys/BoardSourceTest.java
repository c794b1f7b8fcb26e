package com.queuewallboard.genesys;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.genesys.FakeGenesys.Reply;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimulatorOptions;
import com.queuewallboard.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole refreshes over real sockets: batching, partial failure, today's totals, tokens. */
class BoardSourceTest {
    private static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(50));

    private static Settings settings(URI base, String id, String secret, List<String> queues, Duration todayEvery) {
        return new Settings(null, base.toString(), null, id, Secret.of(secret), queues, null, null, todayEvery, null, null, false);
    }

    private static GenesysBoardSource open(GenesysSimulator sim, List<String> queues) throws SourceException {
        return GenesysConnector.open(settings(sim.baseUrl(), sim.clientId(), sim.clientSecret(), queues, Duration.ofSeconds(60)),
                "test", false, null, HttpTimeouts.DEFAULT, QUICK);
    }

    @Test
    void thousandQueuesTakeTenObservationQueriesAndOneToken() throws Exception {
        int base;
        try (GenesysSimulator probe = GenesysSimulator.start(SimulatorOptions.builder().build())) {
            base = probe.queues().size();
        }
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().extraQueues(1000 - base).build());
             GenesysBoardSource source = open(sim, List.of())) {
            sim.faults().requestsPerMinute(100_000);
            BoardSnapshot first = source.refresh();
            assertEquals(1000, first.queues().size());
            assertEquals(10, sim.requests().observationQueries());
            assertEquals(20, sim.requests().aggregateQueries(), "today's and the last 30 minutes' totals");
            sim.requests().reset();
            BoardSnapshot second = source.refresh();
            assertEquals(10, sim.requests().observationQueries());
            assertEquals(0, sim.requests().aggregateQueries(), "today's totals are not due yet");
            assertEquals(0, sim.requests().tokenRequests());
            assertEquals(first.todayAsOf(), second.todayAsOf());
            assertTrue(second.problems().isEmpty(), second.problems().toString());
        }
    }

    @Test
    void figuresAreConsistentWithTheSimulatorsAnswers() throws Exception {
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().build());
             GenesysBoardSource source = open(sim, List.of("Sales", "Support*"))) {
            BoardSnapshot s = source.refresh();
            assertEquals("Sales", s.queues().get(0).queueName());
            assertTrue(s.queues().size() >= 3, "Sales and the Support queues");
            for (QueueFigures q : s.queues()) {
                assertTrue(q.hasLiveData());
                assertTrue(q.availableAgents() <= q.agentsOnQueue(), q.toString());
                assertTrue(q.today() != null && q.today().answered() + q.today().abandoned() <= q.today().offered(), q.toString());
                assertTrue(q.waitingCalls() > 0 || q.longestWaitSeconds() == 0, q.toString());
            }
        }
    }

    @Test
    void aFailedBatchKeepsTheOthersAndMarksItsQueuesStale() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) ids.add(String.format("%08x-0000-4000-8000-%012x", i, i));
        String firstId = ids.get(0);
        StringBuilder page = new StringBuilder("{\"entities\":[");
        for (int i = 0; i < ids.size(); i++) page.append(i > 0 ? "," : "").append("{\"id\":\"").append(ids.get(i)).append("\",\"name\":\"Q").append(String.format("%03d", i)).append("\"}");
        page.append("],\"pageSize\":150,\"pageNumber\":1,\"total\":150,\"pageCount\":1}");
        try (FakeGenesys fake = new FakeGenesys()) {
            fake.always("GET /api/v2/routing/queues", Reply.json(200, page.toString()));
            fake.always("POST " + QueueMetricsApi.AGGREGATES_PATH, Reply.json(200, "{}"));
            boolean[] failFirstBatch = {false};
            fake.respond("POST " + QueueMetricsApi.OBSERVATIONS_PATH, body -> {
                if (failFirstBatch[0] && body.contains(firstId)) {
                    return Reply.json(403, "{\"message\":\"no\",\"code\":\"missing.permissions\",\"status\":403}");
                }
                StringBuilder r = new StringBuilder("{\"results\":[");
                int n = 0;
                for (String id : ids) {
                    if (!body.contains(id)) continue;
                    r.append(n++ > 0 ? "," : "").append("{\"group\":{\"queueId\":\"").append(id)
                            .append("\",\"mediaType\":\"voice\"},\"data\":[{\"metric\":\"oWaiting\",\"stats\":{\"count\":4}}]}");
                }
                return Reply.json(200, r.append("]}").toString());
            });
            try (GenesysBoardSource source = GenesysConnector.open(settings(fake.baseUrl(), "c", "s", List.of(), Duration.ofSeconds(60)),
                    "test", false, null, HttpTimeouts.DEFAULT, QUICK)) {
                BoardSnapshot good = source.refresh();
                assertTrue(good.staleQueueIds().isEmpty());
                failFirstBatch[0] = true;
                BoardSnapshot partial = source.refresh();
                assertEquals(150, partial.queues().size());
                assertEquals(100, partial.staleQueueIds().size());
                assertTrue(partial.isStale(firstId));
                assertFalse(partial.isStale(ids.get(120)));
                assertEquals(4, partial.queues().get(0).waitingCalls(), "last good figures are kept");
                assertEquals(ProblemKind.PERMISSION, partial.problems().get(0).kind());
            }
        }
    }

    @Test
    void pagingFollowsNextUriButNeverSendsTheTokenElsewhere() throws Exception {
        String a = "11111111-1111-4111-8111-111111111111";
        String b = "22222222-2222-4222-8222-222222222222";
        try (FakeGenesys fake = new FakeGenesys(); FakeGenesys stranger = new FakeGenesys()) {
            fake.script("GET /api/v2/routing/queues",
                    Reply.json(200, "{\"entities\":[{\"id\":\"" + a + "\",\"name\":\"Alpha\"}],\"nextUri\":\""
                            + stranger.baseUrl() + "/api/v2/routing/queues?pageNumber=2&divisionId=a|b c\"}"),
                    Reply.json(200, "{\"entities\":[{\"id\":\"" + a + "\",\"name\":\"Alpha\"},{\"id\":\"" + b
                            + "\",\"name\":\"Beta\"}]}"));
            try (GenesysBoardSource source = GenesysConnector.open(settings(fake.baseUrl(), "c", "s", List.of(), Duration.ofSeconds(60)),
                    "test", false, null, HttpTimeouts.DEFAULT, QUICK)) {
                var queues = source.listQueues();
                assertEquals(List.of("Alpha", "Beta"), queues.stream().map(q -> q.name()).toList(), "duplicates removed");
                assertEquals(0, stranger.seen.size(), "the token stays with the API host");
                assertEquals(2, fake.count("GET", "/api/v2/routing/queues"));
            }
        }
    }

    @Test
    void pagesWithoutNextUriAreFetchedByNumberInParallel() throws Exception {
        try (FakeGenesys fake = new FakeGenesys()) {
            java.util.concurrent.CountDownLatch together = new java.util.concurrent.CountDownLatch(2);
            fake.respondToQuery("GET /api/v2/routing/queues", query -> {
                int page = Integer.parseInt(query.replaceAll(".*pageNumber=(\\d+).*", "$1"));
                if (page > 1) {
                    together.countDown();
                    try {
                        // pages 2 and 3 are only answered once both were asked for: proof they run in parallel
                        if (!together.await(5, java.util.concurrent.TimeUnit.SECONDS)) return Reply.json(500, "{}");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return Reply.json(200, "{\"entities\":[{\"id\":\"" + String.format("%08d-1111-4111-8111-111111111111", page)
                        + "\",\"name\":\"Q" + page + "\"}],\"pageNumber\":" + page + ",\"pageCount\":3,\"total\":3}");
            });
            try (GenesysBoardSource source = GenesysConnector.open(settings(fake.baseUrl(), "c", "s", List.of(), Duration.ofSeconds(60)),
                    "test", false, null, HttpTimeouts.DEFAULT, QUICK)) {
                assertEquals(List.of("Q1", "Q2", "Q3"), source.listQueues().stream().map(q -> q.name()).toList());
                assertEquals(java.util.Set.of("pageSize=100&pageNumber=1", "pageSize=100&pageNumber=2", "pageSize=100&pageNumber=3"),
                        fake.seen.stream().filter(s -> s.path().equals("/api/v2/routing/queues")).map(FakeGenesys.Seen::query)
                                .collect(java.util.stream.Collectors.toSet()));
            }
        }
    }

    @Test
    void pagesWithoutNextUriAreFetchedByPageCountAndShortListsAreReported() throws Exception {
        try (FakeGenesys fake = new FakeGenesys()) {
            fake.respond("GET /api/v2/routing/queues", body -> Reply.json(200, "{}"));
            StringBuilder p1 = new StringBuilder("{\"entities\":[{\"id\":\"11111111-1111-4111-8111-111111111111\",\"name\":\"A\"}],"
                    + "\"pageNumber\":1,\"pageCount\":3,\"total\":4}");
            fake.script("GET /api/v2/routing/queues", Reply.json(200, p1.toString()),
                    Reply.json(200, "{\"entities\":[{\"id\":\"22222222-2222-4222-8222-222222222222\",\"name\":\"B\"}],\"pageNumber\":2,\"pageCount\":3,\"total\":4}"),
                    Reply.json(200, "{\"entities\":[{\"id\":\"33333333-3333-4333-8333-333333333333\",\"name\":\"C\"}],\"pageNumber\":3,\"pageCount\":3,\"total\":4}"));
            try (GenesysBoardSource source = GenesysConnector.open(settings(fake.baseUrl(), "c", "s", List.of(), Duration.ofSeconds(60)),
                    "test", false, null, HttpTimeouts.DEFAULT, QUICK)) {
                QueueDirectory.Listing listing = new QueueDirectory(
                        new ApiClient(fake.baseUrl(), new TokenProvider(fake.baseUrl(), "c", com.queuewallboard.config.Secret.of("s"),
                                new GenesysHttp(HttpTimeouts.DEFAULT, QUICK, new Redactor(), 4), GenesysConnector.json(),
                                java.time.Clock.systemUTC()), new GenesysHttp(HttpTimeouts.DEFAULT, QUICK, new Redactor(), 4),
                                GenesysConnector.json()), null).listAll();
                assertEquals(List.of("A", "B", "C"), listing.queues().stream().map(q -> q.name()).toList());
                assertEquals(1, listing.problems().size(), "3 of 4 listed is said, not hidden");
                assertTrue(listing.problems().get(0).message().contains("Only 3 of the org's 4"));
            }
        }
    }

    @Test
    void aPathPrefixInTheBaseUrlIsKept() throws Exception {
        try (FakeGenesys fake = new FakeGenesys()) {
            fake.always("POST /proxy/oauth/token", Reply.json(200, "{\"access_token\":\"t\",\"expires_in\":3600}"));
            fake.always("GET /proxy/api/v2/routing/queues", Reply.json(200, "{\"entities\":[]}"));
            try (GenesysBoardSource source = GenesysConnector.open(
                    settings(java.net.URI.create(fake.baseUrl() + "/proxy"), "c", "s", List.of(), Duration.ofSeconds(60)),
                    "test", false, null, HttpTimeouts.DEFAULT, QUICK)) {
                assertTrue(source.listQueues().isEmpty());
                assertEquals(1, fake.count("POST", "/proxy/oauth/token"));
            }
        }
    }

    @Test
    void everyBatchFailingFailsTheRefresh() throws Exception {
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().build());
             GenesysBoardSource source = open(sim, List.of("Sales"))) {
            source.refresh();
            sim.faults().errorRate(1.0);
            SourceException e = assertThrows(SourceException.class, source::refresh);
            assertEquals(ProblemKind.SERVICE, e.problem().kind());
            sim.faults().reset();
            assertEquals(1, source.refresh().queues().size(), "recovers");
        }
    }

    @Test
    void shortLivedTokensAreRenewedBeforeTheyExpireAndRevokedOnesAfterA401() throws Exception {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-26T10:30:00Z"));
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().build());
             GenesysBoardSource source = GenesysConnector.open(settings(sim.baseUrl(), sim.clientId(), sim.clientSecret(),
                     List.of("Sales"), Duration.ofSeconds(60)), "test", false, null, HttpTimeouts.DEFAULT, QUICK, clock, clock::sleep)) {
            sim.faults().tokenLifetime(Duration.ofSeconds(100));   // renewed at 90 %: 10 s before it runs out
            source.refresh();
            clock.advance(Duration.ofSeconds(89));
            source.refresh();
            assertEquals(1, sim.requests().tokenRequests(), "still good at 89 s");
            clock.advance(Duration.ofSeconds(2));
            source.refresh();
            assertEquals(2, sim.requests().tokenRequests(), "a new token at 91 s, before the 100 s expiry");
            sim.faults().revokeToken();
            source.refresh();
            assertEquals(3, sim.requests().tokenRequests(), "one new token after the 401");
        }
    }

    @Test
    void batchesOfOneRefreshRunInParallel() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) ids.add(String.format("%08x-0000-4000-8000-%012x", i, i));
        StringBuilder page = new StringBuilder("{\"entities\":[");
        for (int i = 0; i < ids.size(); i++) page.append(i > 0 ? "," : "").append("{\"id\":\"").append(ids.get(i)).append("\",\"name\":\"Q").append(String.format("%03d", i)).append("\"}");
        page.append("],\"pageNumber\":1,\"pageCount\":1,\"total\":300}");
        java.util.concurrent.CountDownLatch allThree = new java.util.concurrent.CountDownLatch(3);
        try (FakeGenesys fake = new FakeGenesys()) {
            fake.always("GET /api/v2/routing/queues", Reply.json(200, page.toString()));
            fake.always("POST " + QueueMetricsApi.AGGREGATES_PATH, Reply.json(200, "{}"));
            fake.respond("POST " + QueueMetricsApi.OBSERVATIONS_PATH, body -> {
                allThree.countDown();
                try {
                    // answered only when all three batches are in flight at once
                    return allThree.await(5, java.util.concurrent.TimeUnit.SECONDS) ? Reply.json(200, "{\"results\":[]}") : Reply.json(500, "{}");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Reply.json(500, "{}");
                }
            });
            try (GenesysBoardSource source = GenesysConnector.open(settings(fake.baseUrl(), "c", "s", List.of(), Duration.ofSeconds(60)),
                    "test", false, null, HttpTimeouts.DEFAULT, new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)))) {
                BoardSnapshot s = source.refresh();
                assertEquals(300, s.queues().size());
                assertTrue(s.problems().isEmpty(), s.problems().toString());
                assertEquals(3, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
            }
        }
    }
}
