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
 * (a) parse+map of a 1,000-queue observations response, with ratios against a bare token scan
 * (the floor) and against Jackson data binding, measured in the same run; (b) one refresh of
 * 1,000 queues against the simulator with 150 ms latency per request: wall time and HTTP
 * requests; (c, d) the cold first refresh of `--once`, in round trips.
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
        coldRefreshes();
        System.exit(0);
    }

    /** A step measured once: warm-up, then the median of several runs, in ms. */
    @FunctionalInterface
    private interface Step {
        int run() throws Exception;
    }

    private static List<Double> time(Step step, int expect, int warmUp, int runs) throws Exception {
        for (int i = 0; i < warmUp; i++) step.run();   // let the JIT compile the path
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            int n = step.run();
            out.add((System.nanoTime() - t0) / 1e6);
            if (expect >= 0 && n != expect) throw new IllegalStateException("got " + n + ", expected " + expect);
        }
        return out;
    }

    private static void parseAndMap() throws Exception {
        ObservationParseBench bench = new ObservationParseBench(1000);
        System.out.printf("(a) parse+map of a 1,000-queue observations response (%,d bytes)%n", bench.responseBytes());
        // the baselines are measured in the same run, interleaved run by run, so a busy machine
        // slows all four alike and the ratios hold
        List<Double> ours = new ArrayList<>(), floor = new ArrayList<>(), tree = new ArrayList<>(), records = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            boolean warm = round >= 10;
            List<Double> a = time(bench::run, 1000, 0, 10), b = time(bench::scanOnly, -1, 0, 10);
            List<Double> c = time(bench::readTree, 2000, 0, 10), d = time(bench::bindRecordsAndMap, 1000, 0, 10);
            if (warm) {
                ours.addAll(a);
                floor.addAll(b);
                tree.addAll(c);
                records.addAll(d);
            }
        }
        report("    streaming parse+map (ours):   ", ours, 5.0);
        report("    bare token scan (the floor):  ", floor, Double.NaN);
        report("    ObjectMapper.readTree:        ", tree, Double.NaN);
        report("    data binding to records + map:", records, Double.NaN);
        double m = median(ours);
        System.out.printf("    ratio ours / token scan %.2fx (goal <= 1.5x -> %s); ours / readTree %.2fx; ours / records %.2fx%n",
                m / median(floor), m / median(floor) <= 1.5 ? "MET" : "MISSED", m / median(tree), m / median(records));
    }

    private static double median(List<Double> runs) {
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
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

    /**
     * (c) What `--once` does after JVM start: log in, find the queues, first live figures and
     * today's totals, on a fresh client each run. Counted in round trips of the simulator's
     * latency; the target is under four after the token (names, live and today's in parallel).
     */
    private static void coldRefreshes() throws Exception {
        Duration latency = Duration.ofMillis(150);
        int base;
        try (GenesysSimulator probe = GenesysSimulator.start(SimulatorOptions.builder().build())) {
            base = probe.queues().size();
        }
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().extraQueues(1000 - base).build())) {
            sim.faults().requestsPerMinute(1_000_000).latency(latency);
            List<String> ids = sim.queues().stream().map(q -> q.id()).toList();
            cold(sim, latency, List.of(), "(c) cold first refresh (--once), all 1,000 queues (queue list, then queries)");
            cold(sim, latency, ids, "(d) cold first refresh (--once), 1,000 queues given by id (lookup beside the queries)");
        }
    }

    private static void cold(GenesysSimulator sim, Duration latency, List<String> queues, String title) throws Exception {
        System.out.println(title);
        Settings settings = new Settings(null, sim.baseUrl().toString(), null, sim.clientId(), Secret.of(sim.clientSecret()),
                queues, null, null, Duration.ofHours(1), null, null, false);
        List<Double> runs = new ArrayList<>();
        int runsCount = 6;
        long queueRequests = 0, observations = 0, aggregates = 0, tokens = 0;
        for (int i = 0; i < runsCount + 2; i++) {   // the first two warm the JIT and the connection code
            sim.requests().reset();
            long t0 = System.nanoTime();
            try (GenesysBoardSource source = GenesysConnector.open(settings, "bench", false, null, HttpTimeouts.DEFAULT,
                    RetryPolicy.DEFAULT)) {
                BoardSnapshot first = source.refresh();
                if (first.queues().size() != 1000) throw new IllegalStateException("queues: " + first.queues().size());
            }
            if (i < 2) continue;
            runs.add((System.nanoTime() - t0) / 1e6);
            queueRequests += sim.requests().queueRequests();
            observations += sim.requests().observationQueries();
            aggregates += sim.requests().aggregateQueries();
            tokens += sim.requests().tokenRequests();
        }
        double rt = latency.toMillis();
        double med = median(runs);
        report("    wall time ", runs, 5 * rt);
        System.out.printf("    = %.1f round trips of %d ms including the token; %.1f after it (target < 4 -> %s)%n",
                med / rt, latency.toMillis(), med / rt - 1, med / rt - 1 < 4 ? "MET" : "MISSED");
        System.out.printf("    requests per cold refresh: %.1f token, %.1f queue list/lookup, %.1f observation, %.1f aggregate%n",
                tokens / (double) runsCount, queueRequests / (double) runsCount, observations / (double) runsCount,
                aggregates / (double) runsCount);
    }

    private static void report(String label, List<Double> runs, double targetMs) {
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("%smedian %.2f ms, p95 %.2f ms, min %.2f ms, max %.2f ms over %d runs%s%n",
                label, median, p95, sorted.get(0), sorted.get(sorted.size() - 1), runs.size(),
                Double.isNaN(targetMs) ? "" : String.format("; target < %.0f ms -> %s", targetMs, median < targetMs ? "MET" : "MISSED"));
    }
}
