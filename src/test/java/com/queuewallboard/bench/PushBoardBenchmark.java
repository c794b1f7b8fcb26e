package com.queuewallboard.bench;

import com.queuewallboard.bench.ChangeLatency.Seen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.cli.CliApp;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.config.SettingsStore;
import com.queuewallboard.genesys.GenesysBoardSource;
import com.queuewallboard.genesys.GenesysConnector;
import com.queuewallboard.push.PushBoardSource;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimQueue;
import com.queuewallboard.simulator.SimTime;
import com.queuewallboard.simulator.SimulatorOptions;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * The wired push path, in real time against the simulator with 200 queues:
 * <ol>
 * <li>latency from a change in the model (seen by a REST observer polling 40 queues every 25 ms:
 *     their calls waiting and in progress)
 *     to the changed figure in {@link PushBoardSource}'s snapshot (refreshed on its change
 *     signal, as the window does) and in {@code --watch --watch-on change} JSON output;</li>
 * <li>REST requests an hour on push against polling, both refreshing every 10 s with today's
 *     totals every 60 s, measured one after the other in the same run;</li>
 * <li>an accelerated soak (simulator speed 6, every socket closed every 30 s, 5 % of events
 *     dropped): after each reconnect's resync the board must equal a query, threads and open
 *     files must stay flat.</li>
 * </ol>
 * Durations from the environment: BENCH_LATENCY_S (default 60), BENCH_REST_S (120),
 * BENCH_SOAK_S (600).
 */
public final class PushBoardBenchmark {

    private static final int QUEUES = 200;
    private static final int WATCHED = 40;


    public static void main(String[] args) throws Exception {
        int latencyS = env("BENCH_LATENCY_S", 60);
        int restS = env("BENCH_REST_S", 120);
        int soakS = env("BENCH_SOAK_S", 600);
        if (latencyS > 0) latency(latencyS);
        if (restS > 0) restCost(restS);
        if (soakS > 0) soak(soakS);
        System.exit(0); // the CLI's and the sources' daemon threads
    }

    private static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }

    private static GenesysSimulator simulator(double speed) throws Exception {
        int named;
        try (GenesysSimulator probe = GenesysSimulator.start(SimulatorOptions.defaults())) {
            named = probe.queues().size();
        }
        GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().extraQueues(Math.max(0, QUEUES - named))
                .speed(speed).simTime(SimTime.at(LocalTime.of(10, 30))).build());
        sim.faults().requestsPerMinute(0); // the observer polls far above a real budget
        return sim;
    }

    private static Settings settings(GenesysSimulator sim) {
        return new Settings(null, sim.baseUrl().toString(), null, sim.clientId(), Secret.of(sim.clientSecret()),
                List.of(), List.of("voice"), Duration.ofSeconds(10), Duration.ofSeconds(60), null, null, false);
    }

    // ---------------------------------------------------------------- 1. latency

    private static void latency(int seconds) throws Exception {
        GenesysSimulator sim = simulator(1); // left open: the in-process CLI runs on until the benchmark exits
        {
            List<String> watched = sim.queues().stream().map(SimQueue::id).toList().subList(0, WATCHED);
            Map<String, List<Seen>> board = new ConcurrentHashMap<>();
            Map<String, List<Seen>> watch = new ConcurrentHashMap<>();
            PushBoardSource source = PushBoardSource.over(GenesysConnector.open(settings(sim)), List.of("voice"),
                    Duration.ofSeconds(60));
            Object wake = new Object();
            boolean[] changed = {false};
            source.onChange(() -> {
                synchronized (wake) {
                    changed[0] = true;
                    wake.notifyAll();
                }
            });
            Thread refresher = new Thread(() -> refreshOnSignal(source, wake, changed, watched, board), "bench-board");
            refresher.setDaemon(true);
            refresher.start();
            Thread cli = new Thread(() -> runWatch(sim, watched, watch), "bench-watch");
            cli.setDaemon(true);
            cli.start();
            while (!source.pushState().isLive()) LockSupport.parkNanos(10_000_000);
            LockSupport.parkNanos(3_000_000_000L); // the CLI's feed too
            Observer observer = new Observer(sim, watched);
            observer.run(5); // warm-up
            board.clear();
            watch.clear();
            Map<String, List<Seen>> observed = observer.run(seconds);
            LockSupport.parkNanos(2_000_000_000L); // late deliveries
            report("model change -> PushBoardSource snapshot", observed, board);
            report("model change -> --watch --watch-on change output", observed, watch);
            refresher.interrupt();
            source.close();
        }
    }

    /** The figure followed: waiting and in-progress calls of the queue, as one value. */
    private static int figure(int waiting, int inProgress) {
        return waiting * 10_000 + inProgress;
    }

    private static void refreshOnSignal(PushBoardSource source, Object wake, boolean[] changed, List<String> watched,
                                        Map<String, List<Seen>> seen) {
        long lastRefresh = 0;
        while (!Thread.currentThread().isInterrupted()) {
            synchronized (wake) {
                long left = 10_000 - (System.nanoTime() / 1_000_000 - lastRefresh);
                try {
                    if (!changed[0] && left > 0) wake.wait(left);
                } catch (InterruptedException e) {
                    return;
                }
                changed[0] = false;
            }
            lastRefresh = System.nanoTime() / 1_000_000;
            try {
                record(source.refresh(), watched, seen);
            } catch (Exception e) {
                System.out.println("refresh failed: " + e);
            }
        }
    }

    private static void record(BoardSnapshot s, List<String> watched, Map<String, List<Seen>> seen) {
        long now = System.nanoTime();
        for (QueueFigures q : s.queues()) {
            if (watched.contains(q.queueId())) add(seen, q.queueId(), new Seen(now, figure(q.waitingCalls(), q.inProgressCalls())));
        }
    }

    private static void add(Map<String, List<Seen>> seen, String id, Seen s) {
        List<Seen> list = seen.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1).value() != s.value()) list.add(s);
    }

    /** The real CLI, in this process, reading its JSON lines as they are printed. */
    private static void runWatch(GenesysSimulator sim, List<String> watched, Map<String, List<Seen>> seen) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder line = new StringBuilder();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                if (b != '\n') {
                    line.append((char) b);
                    return;
                }
                try {
                    JsonNode doc = json.readTree(line.toString());
                    long now = System.nanoTime();
                    for (JsonNode q : doc.get("queues")) {
                        String id = q.get("queueId").asText();
                        if (watched.contains(id) && q.get("inProgressCalls").isInt()) {
                            add(seen, id, new Seen(now, figure(q.get("waitingCalls").asInt(), q.get("inProgressCalls").asInt())));
                        }
                    }
                } catch (Exception e) {
                    System.out.println("unreadable line: " + e);
                }
                line.setLength(0);
            }
        };
        Map<String, String> env = new HashMap<>();
        env.put("GENESYS_CLIENT_ID", sim.clientId());
        env.put("GENESYS_CLIENT_SECRET", sim.clientSecret());
        env.put("GENESYS_BASE_URL", sim.baseUrl().toString());
        try {
            Path home = Files.createTempDirectory("bench-watch");
            new CliApp(env, home, new SettingsStore(home), new PrintStream(sink, true, StandardCharsets.UTF_8),
                    new PrintStream(OutputStream.nullOutputStream()))
                    .run(CommandLine.parse("--watch", "--watch-on", "change", "--no-history", "--format", "json",
                            "--media", "voice"));
        } catch (Exception e) {
            System.out.println("--watch failed: " + e);
        }
    }

    /** Polls the watched queues' voice oInteracting every 25 ms through the client, recording each change. */
    private static final class Observer {
        private final GenesysBoardSource source;
        private final List<String> watched;

        Observer(GenesysSimulator sim, List<String> watched) throws Exception {
            this.source = GenesysConnector.open(settings(sim).withQueues(watched));
            this.watched = watched;
        }

        Map<String, List<Seen>> run(int seconds) throws Exception {
            Map<String, List<Seen>> seen = new ConcurrentHashMap<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                record(source.refresh(), watched, seen);
                LockSupport.parkNanos(25_000_000);
            }
            return seen;
        }
    }

    private static void report(String what, Map<String, List<Seen>> observed, Map<String, List<Seen>> got) {
        ChangeLatency.Matched m = ChangeLatency.match(observed, got);
        List<Long> latencies = new ArrayList<>(m.latenciesMs());
        int unmatched = m.superseded();
        Collections.sort(latencies);
        System.out.printf("latency %s: n=%d p50=%d ms p90=%d ms p99=%d ms max=%d ms (superseded before shown: %d)%n",
                what, latencies.size(), pct(latencies, 50), pct(latencies, 90), pct(latencies, 99),
                latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1), unmatched);
    }

    private static long pct(List<Long> sorted, int p) {
        return ChangeLatency.percentile(sorted, p);
    }

    // ---------------------------------------------------------------- 2. REST cost

    private static void restCost(int seconds) throws Exception {
        try (GenesysSimulator sim = simulator(1)) {
            long push = requestsWhileRefreshing(sim, true, seconds);
            long poll = requestsWhileRefreshing(sim, false, seconds);
            double scale = 3600.0 / seconds;
            System.out.printf("REST requests/hour, %d queues, refresh every 10 s, today's totals every 60 s: "
                    + "push = %.0f, polling = %.0f (measured over %d s each, same run)%n", QUEUES, push * scale,
                    poll * scale, seconds);
        }
    }

    private static long requestsWhileRefreshing(GenesysSimulator sim, boolean push, int seconds) throws Exception {
        GenesysBoardSource genesys = GenesysConnector.open(settings(sim));
        BoardSource source = push ? PushBoardSource.over(genesys, List.of("voice"), Duration.ofSeconds(60)) : genesys;
        long before = sim.requests().total() - sim.requests().tokenRequests();
        long start = System.nanoTime();
        for (int tick = 0; tick * 10L < seconds; tick++) {
            source.refresh();
            long next = start + (tick + 1) * 10_000_000_000L;
            LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
        }
        long used = sim.requests().total() - sim.requests().tokenRequests() - before;
        source.close();
        return used;
    }

    // ---------------------------------------------------------------- 3. soak

    private static void soak(int seconds) throws Exception {
        try (GenesysSimulator sim = simulator(6)) {
            sim.pushFaults().closeSocketsEvery(Duration.ofSeconds(30)).dropEvents(0.05);
            PushBoardSource source = PushBoardSource.over(GenesysConnector.open(settings(sim)), List.of("voice"),
                    Duration.ofSeconds(60));
            GenesysBoardSource truth = GenesysConnector.open(settings(sim));
            source.refresh();
            while (!source.pushState().isLive()) LockSupport.parkNanos(10_000_000);
            LockSupport.parkNanos(2_000_000_000L);
            source.refresh();
            truth.refresh();
            // one minute's warm-up: the fixed pools of both sources and the server start their threads lazily
            long warm = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < warm) {
                LockSupport.parkNanos(1_000_000_000L);
                source.refresh();
            }
            int threadsStart = Thread.activeCount();
            long filesStart = openFiles();
            StringBuilder samples = new StringBuilder();
            long sampleEvery = seconds * 1_000_000_000L / 4;
            long nextSample = System.nanoTime() + sampleEvery;
            int checks = 0;
            int checksEqual = 0;
            int queuesOff = 0;
            int reconnects = 0;
            int lastOpened = source.feed().socketsOpened();
            int channelsStart = source.feed().channelsOpened();
            int pollingSnapshots = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long refreshes = 0;
            while (System.nanoTime() < end) {
                LockSupport.parkNanos(1_000_000_000L); // the window refreshes at most once a second on push signals
                long rest = source.restRefreshes();
                BoardSnapshot s = source.refresh();
                refreshes++;
                if (!"push".equals(s.transport())) pollingSnapshots++;
                int opened = source.feed().socketsOpened();
                reconnects += opened - lastOpened;
                lastOpened = opened;
                if (source.restRefreshes() > rest && "push".equals(s.transport())) {
                    // this refresh was a resync (after a reconnect, or today's totals): it must show what a query shows
                    int off = differing(truth.refresh(), s);
                    checks++;
                    if (off == 0) checksEqual++;
                    queuesOff += off;
                }
                if (System.nanoTime() >= nextSample) {
                    nextSample += sampleEvery;
                    samples.append(" ").append(Thread.activeCount()).append("/").append(openFiles());
                }
            }
            int threadsEnd = Thread.activeCount();
            long filesEnd = openFiles();
            System.out.printf("soak %d s at speed 6, sockets closed every 30 s, 5%% of events dropped: %d reconnects, "
                    + "%d refreshes (%d not on push), resyncs equal to a query taken right after %d/%d (queues off %d "
                    + "of %d compared: moves of the model between the two queries), threads %d -> %d, open files %d -> %d (threads/files each quarter:%s), channels created %d, channels on the simulator now %d%n",
                    seconds, reconnects, refreshes, pollingSnapshots, checksEqual, checks, queuesOff, checks * QUEUES,
                    threadsStart, threadsEnd, filesStart, filesEnd, samples,
                    source.feed().channelsOpened() - channelsStart, sim.channelCount());
            truth.close();
            source.close();
        }
    }

    /** Queues whose live figures differ between two snapshots of the same queues. */
    private static int differing(BoardSnapshot a, BoardSnapshot b) {
        Map<String, QueueFigures> byId = new HashMap<>();
        b.queues().forEach(q -> byId.put(q.queueId(), q));
        int off = 0;
        for (QueueFigures x : a.queues()) {
            QueueFigures y = byId.get(x.queueId());
            if (y == null || x.waitingCalls() != y.waitingCalls() || x.inProgressCalls() != y.inProgressCalls()
                    || x.availableAgents() != y.availableAgents()) {
                off++;
            }
        }
        return off;
    }

    private static long openFiles() {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        } catch (Exception e) {
            return -1;
        }
    }
}
