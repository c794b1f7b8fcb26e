package com.queuewallboard.simulator;

import com.queuewallboard.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismAndSpeedTest {

    @Test
    void sameSeedAndClockGiveSameResponses() throws Exception {
        List<String> first = snapshot(42, null);
        List<String> second = snapshot(42, null);
        assertEquals(first, second);
        assertNotEquals(first, snapshot(7, null), "another seed is another contact centre");
    }

    @Test
    void stateDoesNotDependOnHowOftenItWasAsked() throws Exception {
        // one sim is asked every 10 s of a quarter hour, the other only at the end: same answer
        List<String> often = snapshot(42, Duration.ofSeconds(10));
        List<String> once = snapshot(42, Duration.ofMinutes(15));
        assertEquals(often, once);
    }

    @Test
    void speedScalesModelTime() throws Exception {
        MutableClock clock = new MutableClock(SimClient.MORNING);
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().clock(clock).speed(60).build())) {
            assertEquals(SimClient.MORNING, sim.modelTime());
            SimClient client = new SimClient(sim);
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            long before = offered(client, ids);
            clock.advance(Duration.ofSeconds(30)); // half a real minute = half a model hour
            assertEquals(SimClient.MORNING.plus(Duration.ofMinutes(30)), sim.modelTime());
            long after = offered(client, ids);
            assertTrue(after - before > 200, "half a busy hour brings hundreds of contacts: " + (after - before));
        }
    }

    @Test
    void pausedModelStandsStillAndRunsOnFromWhereItStopped() throws Exception {
        MutableClock clock = new MutableClock(SimClient.MORNING);
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().clock(clock).speed(60).build())) {
            SimClient client = new SimClient(sim);
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            clock.advance(Duration.ofSeconds(10));
            sim.pauseModel();
            sim.pauseModel(); // idempotent
            Instant stopped = sim.modelTime();
            long offeredAtPause = offered(client, ids);
            clock.advance(Duration.ofSeconds(30)); // half a model hour, were it running
            assertEquals(stopped, sim.modelTime());
            assertEquals(offeredAtPause, offered(client, ids), "nothing happens while paused");
            sim.resumeModel();
            sim.resumeModel(); // idempotent
            assertEquals(stopped, sim.modelTime(), "runs on from where it stopped, no jump");
            clock.advance(Duration.ofSeconds(30));
            assertEquals(stopped.plus(Duration.ofMinutes(30)), sim.modelTime());
            assertTrue(offered(client, ids) > offeredAtPause, "moves again after resume");
        }
    }

    @Test
    void realClockRunsAtRealTime() throws Exception {
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.defaults())) {
            long skew = Math.abs(Duration.between(Instant.now(), sim.modelTime()).toMillis());
            assertTrue(skew < 5_000, "model time follows the system clock: " + skew);
            assertEquals(200, new SimClient(sim).get("/api/v2/routing/queues").status());
        }
    }

    /** Bodies of the three data endpoints after a quarter hour, asked every {@code step}. */
    private static List<String> snapshot(long seed, Duration step) throws Exception {
        MutableClock clock = new MutableClock(SimClient.MORNING);
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().seed(seed).clock(clock).build())) {
            SimClient client = new SimClient(sim);
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            var query = SimClient.observationQuery(ids, SimClient.ALL_METRICS, "oWaiting", "oInteracting");
            if (step != null) {
                for (Duration done = Duration.ZERO; done.compareTo(Duration.ofMinutes(15)) < 0; done = done.plus(step)) {
                    clock.advance(step);
                    client.observations(query);
                }
            }
            return List.of(client.get("/api/v2/routing/queues").body().toString(),
                    client.observations(query).body().toString(),
                    client.aggregates(SimClient.todayQuery(ids, "PT30M")).body().toString());
        }
    }

    private static long offered(SimClient client, List<String> ids) throws Exception {
        long total = 0;
        for (var result : client.aggregates(SimClient.todayQuery(ids, null)).body().get("results")) {
            for (var metric : result.get("data").get(0).get("metrics")) {
                if (metric.get("metric").asText().equals("nOffered")) {
                    total += metric.get("stats").get("count").asLong();
                }
            }
        }
        return total;
    }
}
