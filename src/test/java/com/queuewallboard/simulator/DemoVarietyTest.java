package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdRule;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo must look like a real centre: over an opening hour, looked at every 10 s as a board
 * would, most queues stay near their service-level target while one or two struggle, and every
 * tile state shows up. Deterministic: a fixed seed and a test clock.
 */
class DemoVarietyTest {

    private static final Duration POLL = Duration.ofSeconds(10);

    /** What a board saw of one queue through the hour. */
    private static final class Seen {
        final String name;
        final Set<AlertLevel> levels = EnumSet.noneOf(AlertLevel.class);
        int polls;
        int waitingOverAvailable;
        int longWaits;
        int warnings;
        int breaks;

        Seen(String name) {
            this.name = name;
        }
    }

    @Test
    void anOpeningHourShowsEveryTileStateAndMostQueuesNearTarget() throws Exception {
        MutableClock clock = new MutableClock(SimClient.MORNING.minus(Duration.ofMinutes(30))); // 10:00 in Dublin
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().clock(clock).build())) {
            sim.faults().requestsPerMinute(0); // a board's hour of polls, asked in a second
            SimClient client = new SimClient(sim);
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            Map<String, Seen> seen = new HashMap<>();
            sim.queues().forEach(q -> seen.put(q.id(), new Seen(q.name())));
            JsonNode query = SimClient.observationQuery(ids, SimClient.ALL_METRICS);
            int alertTiles = 0;
            int pollsWithSomeAlert = 0;
            int polls = 0;
            for (Duration t = Duration.ZERO; t.compareTo(Duration.ofHours(1)) < 0; t = t.plus(POLL)) {
                clock.advance(POLL);
                polls++;
                long now = clock.millis();
                Map<String, QueueFigures> figures = figures(client.observations(query).body(), seen, now);
                int alerts = 0;
                for (QueueFigures f : figures.values()) {
                    Seen s = seen.get(f.queueId());
                    AlertLevel level = ThresholdRule.assess(f, Thresholds.DEFAULTS).level();
                    s.levels.add(level);
                    s.polls++;
                    if (f.waitingExceedsAvailable()) s.waitingOverAvailable++;
                    if (f.longestWaitSeconds() >= 60) s.longWaits++;
                    if (level == AlertLevel.WARNING) s.warnings++;
                    if (f.agentsOffQueue() > 0) s.breaks++;
                    if (level == AlertLevel.ALERT) alerts++;
                }
                alertTiles += alerts;
                if (alerts > 0) pollsWithSomeAlert++;
            }
            Map<String, double[]> serviceLevels = serviceLevels(client.aggregates(SimClient.todayQuery(ids, null)).body());
            StringBuilder report = new StringBuilder();
            int nearTarget = 0;
            int withSl = 0;
            int calm = 0;
            int onBreaks = 0;
            boolean waitingOverAvailable = false;
            boolean longWait = false;
            boolean warning = false;
            for (SimQueue q : sim.queues()) {
                Seen s = seen.get(q.id());
                double[] sl = serviceLevels.get(q.id());
                report.append(String.format("%-18s levels=%s w>a=%d long=%d warn=%d breaks=%d sl=%s%n", s.name, s.levels,
                        s.waitingOverAvailable, s.longWaits, s.warnings, s.breaks,
                        sl == null ? "-" : String.format("%.2f/%.2f", sl[0], sl[1])));
                if (sl != null) {
                    withSl++;
                    if (sl[0] >= sl[1] - 0.1) nearTarget++;
                }
                if (!s.levels.contains(AlertLevel.ALERT)) calm++;
                if (s.breaks > 0) onBreaks++;
                waitingOverAvailable |= s.waitingOverAvailable > 0;
                longWait |= s.longWaits > 0;
                warning |= s.warnings > 0;
            }
            double alertTilesPerPoll = (double) alertTiles / polls;
            report.append(String.format("tiles in alert per poll: %.2f, polls with an alert: %d/%d", alertTilesPerPoll,
                    pollsWithSomeAlert, polls));
            String why = report.toString();
            assertTrue(waitingOverAvailable, "some queue has more waiting than available\n" + why);
            assertTrue(longWait, "some queue has a wait of a minute or more\n" + why);
            assertTrue(warning, "some tile is amber (waiting beside idle specialists-only agents)\n" + why);
            assertTrue(calm >= 2, "some queues never alert in the hour\n" + why);
            assertTrue(onBreaks >= sim.queues().size() - 2, "agents take breaks in nearly every queue\n" + why);
            assertTrue(nearTarget >= withSl * 0.7, "most queues near or above their service-level target\n" + why);
            assertTrue(pollsWithSomeAlert > polls / 2, "something is struggling most of the time\n" + why);
            assertTrue(alertTilesPerPoll >= 1 && alertTilesPerPoll <= 3.5, "one to three red tiles at a time\n" + why);
        }
    }

    /** Board figures per queue, summed over its media, with the longest wait from the epoch value. */
    private static Map<String, QueueFigures> figures(JsonNode body, Map<String, Seen> seen, long now) {
        Map<String, int[]> counts = new HashMap<>(); // waiting, idle, interacting, onQueue, offQueue
        Map<String, Long> oldest = new HashMap<>();
        for (JsonNode result : body.get("results")) {
            String id = result.get("group").get("queueId").asText();
            int[] c = counts.computeIfAbsent(id, k -> new int[5]);
            for (JsonNode d : result.get("data")) {
                String metric = d.get("metric").asText();
                JsonNode stats = d.get("stats");
                switch (metric) {
                    case "oWaiting" -> c[0] += stats.get("count").asInt();
                    case "oInteracting" -> c[2] += stats.get("count").asInt();
                    case "oOnQueueUsers" -> {
                        c[3] += stats.get("count").asInt();
                        if (d.get("qualifier").asText().equals("IDLE")) c[1] += stats.get("count").asInt();
                    }
                    case "oOffQueueUsers" -> c[4] += stats.get("count").asInt();
                    case "oLongestWaiting" -> oldest.merge(id, stats.get("calculatedMetricValue").asLong(), Math::min);
                    default -> { }
                }
            }
        }
        Map<String, QueueFigures> out = new HashMap<>();
        counts.forEach((id, c) -> {
            long longest = c[0] == 0 || !oldest.containsKey(id) ? 0 : (now - oldest.get(id)) / 1000;
            out.put(id, new QueueFigures(id, seen.get(id).name, true, c[0], c[1], c[2], 0, c[3], 0, c[4], 0, 0,
                    longest, null));
        });
        return out;
    }

    /** queueId -> {ratio, target} of voice (or the queue's first medium) from today's totals. */
    private static Map<String, double[]> serviceLevels(JsonNode body) {
        Map<String, double[]> out = new HashMap<>();
        for (JsonNode result : body.get("results")) {
            String id = result.get("group").get("queueId").asText();
            for (JsonNode m : result.get("data").get(0).get("metrics")) {
                if (m.get("metric").asText().equals("oServiceLevel")) {
                    out.putIfAbsent(id, new double[] {m.get("stats").get("ratio").asDouble(),
                        m.get("stats").get("target").asDouble()});
                }
            }
        }
        return out;
    }
}
