package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.queuewallboard.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A demo started in the evening runs a busy day, and everything it serves agrees with the real clock. */
class ShiftedDayTest {

    private static final Instant LATE = LocalDate.of(2026, 11, 26).atTime(23, 30).atZone(SimClient.DUBLIN).toInstant();

    @Test
    void autoShiftsOnlyOutsideOpeningHours() throws Exception {
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().simTime(SimTime.AUTO).build())) {
            assertNull(sim.simulatedTimeOfDay(), "10:30 is within opening hours: real time");
            assertEquals(SimClient.MORNING, sim.modelTime());
        }
        MutableClock clock = new MutableClock(LATE.plusSeconds(14 * 60 + 3 - 30 * 60)); // 23:14:03
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().clock(clock).simTime(SimTime.AUTO)
                .build())) {
            assertEquals(LocalTime.of(10, 14, 3), sim.simulatedTimeOfDay(), "10:00 plus the minutes past the hour");
        }
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().simTime(SimTime.at(LocalTime.of(15, 0)))
                .build())) {
            assertEquals(LocalTime.of(15, 0), sim.simulatedTimeOfDay());
        }
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().clock(clock).build())) {
            assertNull(sim.simulatedTimeOfDay(), "real is the default for --simulate and tests");
        }
        assertThrows(IllegalArgumentException.class, () -> SimTime.parse("24:00"));
    }

    @Test
    void servedTimesAreOnTheRealAxisAndTodayIsTheModelsToday() throws Exception {
        MutableClock clock = new MutableClock(LATE);
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().clock(clock).simTime(SimTime.AUTO)
                .build())) {
            assertEquals(LocalTime.of(10, 30), sim.simulatedTimeOfDay());
            sim.faults().requestsPerMinute(0);
            SimClient client = new SimClient(sim);
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            // across real midnight: the client's "today" is now the 27th, the model is still in its 26th
            clock.advance(Duration.ofHours(1));
            long now = clock.millis();
            JsonNode obs = client.observations(SimClient.observationQuery(ids, SimClient.ALL_METRICS, "oWaiting")).body();
            int waitingSeen = 0;
            for (JsonNode result : obs.get("results")) {
                for (JsonNode item : result.get("data")) {
                    if (item.get("metric").asText().equals("oLongestWaiting")) {
                        long value = item.get("stats").get("calculatedMetricValue").asLong();
                        assertTrue(value <= now && now - value < 3_600_000, "epoch ms near the real now: " + item);
                        waitingSeen++;
                    }
                    if (item.has("observations")) {
                        for (JsonNode o : item.get("observations")) {
                            long date = Instant.parse(o.get("observationDate").asText()).toEpochMilli();
                            assertTrue(date <= now && now - date < 3_600_000, "date near the real now: " + o);
                        }
                    }
                }
            }
            assertTrue(waitingSeen > 0, "someone waits at 11:30 model time");
            ObjectNode today = (ObjectNode) SimClient.todayQuery(ids, null);
            today.put("interval", "2026-11-27T00:00:00.000Z/2026-11-28T00:00:00.000Z"); // the client's real today
            JsonNode totals = client.aggregates(today).body();
            long offered = 0;
            for (JsonNode result : totals.get("results")) {
                assertEquals("2026-11-27T00:00:00.000Z/2026-11-28T00:00:00.000Z",
                        result.get("data").get(0).get("interval").asText(), "the interval as asked");
                for (JsonNode m : result.get("data").get(0).get("metrics")) {
                    if (m.get("metric").asText().equals("nOffered")) offered += m.get("stats").get("count").asLong();
                }
            }
            assertTrue(offered > 1_000, "a morning's worth of contacts to 11:30: " + offered);
        }
    }

    /** The model's last half hour, asked the way the board asks: now - 30 min / now by the real clock. */
    @Test
    void aSubDayIntervalIsTheModelsRecentPastNotTheSameClockTimes() throws Exception {
        MutableClock clock = new MutableClock(LATE);   // 23:30 real, 10:30 model
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().clock(clock).simTime(SimTime.AUTO)
                .build())) {
            sim.faults().requestsPerMinute(0);
            SimClient client = new SimClient(sim);
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            ObjectNode recent = (ObjectNode) SimClient.todayQuery(ids, null);
            String asked = LATE.minus(Duration.ofMinutes(30)) + "/" + LATE;
            recent.put("interval", asked);
            JsonNode reply = client.aggregates(recent).body();
            long recentOffered = offered(reply);
            assertEquals(asked.replace("Z", ".000Z"), reply.get("results").get(0).get("data").get(0).get("interval")
                    .asText(), "the interval as asked, on the real axis");
            // the same half hour from the model's day in 30-minute buckets: 10:00-10:30 is bucket 20
            JsonNode day = client.aggregates(SimClient.todayQuery(ids, "PT30M")).body();
            long bucketOffered = 0;
            for (JsonNode result : day.get("results")) {
                for (JsonNode item : result.get("data")) {
                    if (!item.get("interval").asText().startsWith("2026-11-26T10:00:00.000Z/")) continue;
                    for (JsonNode m : item.get("metrics")) {
                        if (m.get("metric").asText().equals("nOffered")) bucketOffered += m.get("stats").get("count").asLong();
                    }
                }
            }
            assertTrue(recentOffered > 20, "a busy morning half hour, not the closed centre at 23:00: " + recentOffered);
            assertEquals(bucketOffered, recentOffered);
        }
    }

    private static long offered(JsonNode reply) {
        long offered = 0;
        for (JsonNode result : reply.path("results")) {
            for (JsonNode item : result.get("data")) {
                for (JsonNode m : item.get("metrics")) {
                    if (m.get("metric").asText().equals("nOffered")) offered += m.get("stats").get("count").asLong();
                }
            }
        }
        return offered;
    }
}
