package com.queuewallboard.genesys;

import com.queuewallboard.app.Sleeper;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.genesys.FakeGenesys.Reply;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimulatorOptions;
import com.queuewallboard.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Service-level targets from the queue list and the last 30 minutes' totals, over real sockets. */
class TargetsAndRecentWindowTest {
    private static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(50));

    private static Settings settings(URI base, String id, String secret, List<String> media, ZoneId zone) {
        return new Settings(null, base.toString(), null, id, Secret.of(secret), List.of(), media, null,
                Duration.ofSeconds(60), zone, null, false);
    }

    private static Map<String, QueueFigures> byName(BoardSnapshot s) {
        return s.queues().stream().collect(Collectors.toMap(QueueFigures::queueName, Function.identity()));
    }

    @Test
    void theSimulatorsPerQueueTargetsAndRecentTotalsReachTheFigures() throws Exception {
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().build());
             GenesysBoardSource source = GenesysConnector.open(settings(sim.baseUrl(), sim.clientId(), sim.clientSecret(),
                     null, null), "test", false, null, HttpTimeouts.DEFAULT, QUICK)) {
            Map<String, QueueFigures> q = byName(source.refresh());
            assertEquals(new ServiceLevelTarget(80, 20), q.get("Sales").serviceLevelTarget());
            assertEquals(new ServiceLevelTarget(80, 30), q.get("Support - Tier 1").serviceLevelTarget());
            assertEquals(new ServiceLevelTarget(70, 60), q.get("Support - Tier 2").serviceLevelTarget());
            assertEquals(new ServiceLevelTarget(90, 20), q.get("VIP Line").serviceLevelTarget());
            assertNull(q.get("Email Care").serviceLevelTarget(), "no voice on the queue: no voice target");
            for (QueueFigures f : q.values()) {
                RecentTotals r = f.recent();
                assertNotNull(r, f.queueName());
                assertEquals(Duration.ofMinutes(30), r.window());
                assertTrue(r.offered() <= f.today().offered(), f.toString());
                assertTrue(r.answered() + r.abandoned() <= r.offered() + 50, f.toString());
            }
        }
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().build());
             GenesysBoardSource source = GenesysConnector.open(settings(sim.baseUrl(), sim.clientId(), sim.clientSecret(),
                     List.of("chat", "voice"), null), "test", false, null, HttpTimeouts.DEFAULT, QUICK)) {
            Map<String, QueueFigures> q = byName(source.refresh());
            assertEquals(new ServiceLevelTarget(80, 60), q.get("Chat Support").serviceLevelTarget(), "the first media type's");
            assertEquals(new ServiceLevelTarget(80, 60), q.get("Technical Support").serviceLevelTarget());
            assertNull(q.get("Sales").serviceLevelTarget());
        }
    }

    @Test
    void targetsAreReadWithRoundingAndOddValuesAreIgnoredAndTheRecentQueryCoversTheLastHalfHour() throws Exception {
        String a = "11111111-1111-4111-8111-111111111111";
        String b = "22222222-2222-4222-8222-222222222222";
        String c = "33333333-3333-4333-8333-333333333333";
        String d = "44444444-4444-4444-8444-444444444444";
        String page = "{\"entities\":["
                + "{\"id\":\"" + a + "\",\"name\":\"A\",\"mediaSettings\":{\"call\":{\"alertingTimeoutSeconds\":8,"
                + "\"serviceLevel\":{\"percentage\":0.804,\"durationMs\":20400}},\"chat\":{\"serviceLevel\":{\"percentage\":0.9,\"durationMs\":60000}}}},"
                + "{\"id\":\"" + b + "\",\"name\":\"B\",\"mediaSettings\":{\"call\":{\"serviceLevel\":{\"percentage\":1.5,\"durationMs\":20000}}}},"
                + "{\"id\":\"" + c + "\",\"name\":\"C\",\"mediaSettings\":{\"call\":{\"serviceLevel\":{\"percentage\":\"lots\",\"durationMs\":[1]}}}},"
                + "{\"id\":\"" + d + "\",\"name\":\"D\",\"mediaSettings\":[\"odd\"]}"
                + "],\"pageSize\":100,\"pageNumber\":1,\"total\":4,\"pageCount\":1}";
        Instant now = Instant.parse("2026-11-26T14:45:10.250Z");
        MutableClock clock = new MutableClock(now);
        try (FakeGenesys fake = new FakeGenesys()) {
            fake.always("GET /api/v2/routing/queues", Reply.json(200, page));
            fake.always("POST " + QueueMetricsApi.OBSERVATIONS_PATH, Reply.json(200, "{\"results\":[{\"group\":{\"queueId\":\""
                    + a + "\",\"mediaType\":\"voice\"},\"data\":[{\"metric\":\"oWaiting\",\"stats\":{\"count\":1}}]}]}"));
            fake.respond("POST " + QueueMetricsApi.AGGREGATES_PATH, body -> {
                boolean recent = body.contains("\"interval\":\"2026-11-26T14:15:10.250Z/2026-11-26T14:45:10.250Z\"");
                int offered = recent ? 12 : 300;
                return Reply.json(200, "{\"results\":[{\"group\":{\"queueId\":\"" + a + "\",\"mediaType\":\"voice\"},"
                        + "\"data\":[{\"interval\":\"x\",\"metrics\":["
                        + "{\"metric\":\"nOffered\",\"stats\":{\"count\":" + offered + "}},"
                        + "{\"metric\":\"tAnswered\",\"stats\":{\"count\":" + (offered - 2) + ",\"sum\":" + (offered - 2) * 9000 + "}},"
                        + "{\"metric\":\"tAbandon\",\"stats\":{\"count\":2}},"
                        + "{\"metric\":\"tHandle\",\"stats\":{\"count\":10,\"sum\":" + (recent ? 2_400_000 : 1_800_000) + "}},"
                        + "{\"metric\":\"oServiceLevel\",\"stats\":{\"ratio\":" + (recent ? 0.6 : 0.85)
                        + ",\"numerator\":6,\"denominator\":10,\"target\":0.8}}]}]}]}");
            });
            try (GenesysBoardSource source = GenesysConnector.open(settings(fake.baseUrl(), "c", "s", null, ZoneId.of("UTC")),
                    "test", false, null, HttpTimeouts.DEFAULT, QUICK, clock, Sleeper.REAL)) {
                Map<String, QueueFigures> q = byName(source.refresh());
                assertEquals(new ServiceLevelTarget(80, 20), q.get("A").serviceLevelTarget(), "0.804 -> 80 %, 20.4 s -> 20 s");
                assertNull(q.get("B").serviceLevelTarget(), "150 % is no target");
                assertNull(q.get("C").serviceLevelTarget());
                assertNull(q.get("D").serviceLevelTarget());
                assertEquals(new RecentTotals(Duration.ofMinutes(30), 12, 10, 2, 0.6, 240.0), q.get("A").recent());
                assertEquals(300, q.get("A").today().offered());
                assertEquals(0.85, q.get("A").today().serviceLevel());
                List<String> bodies = fake.seen.stream().filter(s -> s.path().equals(QueueMetricsApi.AGGREGATES_PATH))
                        .map(FakeGenesys.Seen::body).toList();
                assertEquals(2, bodies.size(), "today's and the recent query, side by side");
                assertTrue(bodies.stream().anyMatch(x -> x.contains("2026-11-26T00:00:00.000Z/2026-11-27T00:00:00.000Z")), bodies.toString());
                assertTrue(bodies.stream().allMatch(x -> x.contains("oServiceLevel") && x.contains("nOffered")), bodies.toString());

                // not due again until today's interval passes; then both go again
                clock.advance(Duration.ofSeconds(30));
                source.refresh();
                assertEquals(2, fake.count("POST", QueueMetricsApi.AGGREGATES_PATH));
                clock.advance(Duration.ofSeconds(31));
                source.refresh();
                assertEquals(4, fake.count("POST", QueueMetricsApi.AGGREGATES_PATH));
            }
        }
    }
}
