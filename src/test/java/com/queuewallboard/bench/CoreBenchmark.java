package com.queuewallboard.bench;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.genesys.GenesysBoardSource;
import com.queuewallboard.genesys.GenesysConnector;
import com.queuewallboard.genesys.HttpTimeouts;
import com.queuewallboard.genesys.ObservationParseBench;
import com.queuewallboard.genesys.RetryPolicy;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimulatorOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The core's performance figures (issue 2), as a harness with warm-up and several runs:
 * (a) parse+map of a 1,000-queue observations response; (b) one refresh of 1,000 queues against
 * the simulator with 150 ms latency per request: wall time and HTTP requests.
 *
 * Run: mvn -B -Pbench test-compile exec:exec -Dbench.main=com.queuewallboard.bench.CoreBenchmark
 */
public final class CoreBenchmark {
    private CoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        com.queuewallboard.app.LogSetup.toFile();   // the simulator's INFO lines go to the log, not here
        parseAndMap();
        refreshAgainstSimulator();
        System.exit(0);
    }

    private static void parseAndMap() throws Exception {
        ObservationParseBench bench = new ObservationParseBench(1000);
        System.out.printf("(a) parse+map of a 1,000-queue observations response (%,d bytes)%n", bench.responseBytes());
        for (int i = 0; i < 300; i++) bench.run();   // warm-up: let the JIT compile the path
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            int mapped = bench.run();
            runs.add((System.nanoTime() - t0) / 1e6);
            if (mapped != 1000) throw new IllegalStateException("mapped " + mapped + " queues, expected 1000");
        }
        report("    ", runs, 5.0);
    }

    private static void refreshAgainstSimulator() throws Exception {
        Duration latency = Duration.ofMillis(150);
        System.out.printf("(b) refresh of 1,000 queues against the simulator, %d ms latency per request%n", latency.toMillis());
        int base;
        try (GenesysSimulator probe = GenesysSimulator.start(SimulatorOptions.builder().build())) {
            base = probe.queues().size();
        }
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().extraQueues(1000 - base).build())) {
            sim.faults().requestsPerMinute(1_000_000).latency(latency);
            Settings settings = new Settings(null, sim.baseUrl().toString(), null, sim.clientId(), Secret.of(sim.clientSecret()),
                    List.of(), null, null, Duration.ofHours(1), null, null, false);
            try (GenesysBoardSource source = GenesysConnector.open(settings, "bench", false, null, HttpTimeouts.DEFAULT,
                    RetryPolicy.DEFAULT)) {
                BoardSnapshot first = source.refresh();   // logs in, lists queues, first today's totals
                if (first.queues().size() != 1000) throw new IllegalStateException("queues: " + first.queues().size());
                long tokensAfterFirst = sim.requests().tokenRequests();
                for (int i = 0; i < 3; i++) source.refresh();   // warm-up
                List<Double> runs = new ArrayList<>();
                int runsCount = 10;
                sim.requests().reset();
                for (int i = 0; i < runsCount; i++) {
                    long t0 = System.nanoTime();
                    source.refresh();
                    runs.add((System.nanoTime() - t0) / 1e6);
                }
                report("    wall time ", runs, 2.0 * latency.toMillis());
                System.out.printf("    HTTP requests per refresh: %.1f observation queries, %.1f aggregate queries, "
                                + "%d token requests in %d refreshes (%d in the first refresh)%n",
                        sim.requests().observationQueries() / (double) runsCount,
                        sim.requests().aggregateQueries() / (double) runsCount,
                        sim.requests().tokenRequests(), runsCount, tokensAfterFirst);
                boolean exact = sim.requests().observationQueries() == 10L * runsCount && sim.requests().tokenRequests() == 0;
                System.out.println("    target: exactly 10 observation queries, no token request after the first -> "
                        + (exact ? "MET" : "MISSED"));
            }
        }
    }

    private static void report(String label, List<Double> runs, double targetMs) {
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("%smedian %.2f ms, p95 %.2f ms, min %.2f ms, max %.2f ms over %d runs; target < %.0f ms -> %s%n",
                label, median, p95, sorted.get(0), sorted.get(sorted.size() - 1), runs.size(), targetMs,
                median < targetMs ? "MET" : "MISSED");
    }
}
