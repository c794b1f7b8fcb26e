package com.queuewallboard.bench;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.connect.SourceFactory;
import com.queuewallboard.genesys.GenesysBoardSource;
import com.queuewallboard.genesys.GenesysConnector;
import com.queuewallboard.push.PushBoardSource;
import com.queuewallboard.push.PushFeed;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimTime;
import com.queuewallboard.simulator.SimulatorOptions;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/**
 * An accelerated push soak: the simulator with 200 queues at {@code speed}, the board's source as
 * the app wires it ({@link SourceFactory}: {@link PushBoardSource} over the client) refreshed as
 * the window refreshes it (on each change signal, else every 10 s), 5 % of events dropped, and
 * every {@code closeEvery} seconds a socket fault: mostly a server close, every 6th a
 * {@code socket_closing} warning, every 6th an early expiry of all channels.
 *
 * <p>Each fault is an exact check of "no missed change after a resync": the model is paused,
 * the last pushes settle, the fault is played, the board reconnects and resyncs, and then every
 * queue's live figures on the board must equal a REST observations query of the model (which
 * cannot move in between). Before the fault the same comparison is made as a control: queues off
 * then are events lost to the drops that no resync has healed yet. Half-way between faults a
 * second kind of check waits (model paused) for the board's own periodic resync (today's totals
 * every 60 s) and compares the same way.
 *
 * <p>Args: minutes (default 5), speed (8), close-every-seconds (180), share of events dropped (0.05). Via maven:
 * {@code -Dbench.main=com.queuewallboard.bench.PushSoak -Dbench.args="60 8 180"}. Prints a line per
 * bucket (5 minutes; 1 minute for runs under 30 minutes) and a verdict.
 */
public final class PushSoak {

    private static final int QUEUES = 200;
    private static final Duration WARM_UP = Duration.ofMinutes(2);
    /** Pushes of a queue are at most 1 s apart; the pusher ticks every 0.2 s; the board redraws at most once a second. */
    private static final long SETTLE_MS = 2_500;
    private static final long LONGEST_WAIT_SLACK_S = 15;
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final GenesysSimulator sim;
    private final PushBoardSource board;
    private final GenesysBoardSource truth;

    // the board thread's counts
    private final AtomicLong pushRefreshes = new AtomicLong();
    private final AtomicLong pollRefreshes = new AtomicLong();
    private final AtomicLong failedRefreshes = new AtomicLong();
    private final Object wake = new Object();
    private boolean changed;
    private volatile boolean stop;
    /** The board thread's last snapshot, when it was taken and whether that refresh ran a resync query. */
    private record Shown(BoardSnapshot snapshot, long nanos, boolean resync) {
    }

    private volatile Shown lastShown;

    // checks
    private int checksPassed;
    private int checksFailed;
    private int controlQueuesOff;
    private int controlChecks;
    private final List<String> failures = new ArrayList<>();

    private PushSoak(GenesysSimulator sim, PushBoardSource board, GenesysBoardSource truth) {
        this.sim = sim;
        this.board = board;
        this.truth = truth;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>();
        for (String arg : args) {
            for (String part : arg.strip().split("\\s+")) {
                if (!part.isEmpty()) a.add(part);
            }
        }
        int minutes = a.size() > 0 ? Integer.parseInt(a.get(0)) : 5;
        double speed = a.size() > 1 ? Double.parseDouble(a.get(1)) : 8;
        int closeEvery = a.size() > 2 ? Integer.parseInt(a.get(2)) : 180;
        double drop = a.size() > 3 ? Double.parseDouble(a.get(3)) : 0.05;
        // the app logs to a file (LogSetup); here every "Push: Live" line would reach the console
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try {
            run(minutes, speed, closeEvery, drop); // the verdict line says pass or fail
        } catch (Exception e) {
            System.out.println("soak failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.exit(0); // daemon threads of the sources and the simulator; a non-zero exit makes exec:exec print a trace
    }

    private static int run(int minutes, double speed, int closeEvery, double drop) throws Exception {
        int named;
        try (GenesysSimulator probe = GenesysSimulator.start(SimulatorOptions.defaults())) {
            named = probe.queues().size();
        }
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder()
                .extraQueues(Math.max(0, QUEUES - named)).speed(speed)
                .simTime(SimTime.at(LocalTime.of(9, 0))).build())) {
            sim.faults().requestsPerMinute(0); // the checks' queries come on top of the board's budget
            sim.pushFaults().dropEvents(drop);
            Settings settings = new Settings(null, sim.baseUrl().toString(), null, sim.clientId(),
                    Secret.of(sim.clientSecret()), List.of(), List.of("voice"), Duration.ofSeconds(10),
                    Duration.ofSeconds(60), null, null, false);
            BoardSource opened = SourceFactory.open(settings, SimulatorOptions.defaults(), k -> { }, true);
            if (!(opened instanceof PushBoardSource board)) {
                throw new IllegalStateException("the app's wiring gave " + opened.getClass().getSimpleName());
            }
            GenesysBoardSource truth = GenesysConnector.open(settings);
            PushSoak soak = new PushSoak(sim, board, truth);
            try {
                return soak.soak(minutes, speed, closeEvery, drop);
            } finally {
                soak.stop = true;
                truth.close();
                board.close();
            }
        }
    }

    private int soak(int minutes, double speed, int closeEvery, double drop) throws Exception {
        System.out.printf("push soak: %d min after a warm-up of at least %d s, %d queues, simulator speed %s, a socket fault every %d s "
                + "(close; every 6th socket_closing, every 6th channel expiry), %.0f%% of events dropped; started %s UTC%n",
                minutes, WARM_UP.toSeconds(), QUEUES, speed, closeEvery, drop * 100, now());
        board.onChange(() -> {
            synchronized (wake) {
                changed = true;
                wake.notifyAll();
            }
        });
        Thread refresher = new Thread(this::refreshLikeTheWindow, "soak-board");
        refresher.setDaemon(true);
        refresher.start();
        if (!waitFor(() -> board.feed() != null && board.pushState().isLive(), 60_000)) {
            System.out.println("push never went live: " + board.pushState().label());
            return 1;
        }
        warmUp();

        long bucketNs = (minutes >= 30 ? Duration.ofMinutes(5) : Duration.ofMinutes(1)).toNanos();
        long start = System.nanoTime();
        long end = start + Duration.ofMinutes(minutes).toNanos();
        long nextBucket = start + bucketNs;
        long nextFault = start + closeEvery * 1_000_000_000L;
        long nextMid = start + closeEvery * 500_000_000L;
        int fault = 0;
        Bucket last = Bucket.take(this, 0);
        List<Bucket> rows = new ArrayList<>();
        System.out.println(Bucket.HEADER);
        System.out.println(last.line(null));
        rows.add(last); // the baseline after warm-up: threads and fds must stay near it
        while (System.nanoTime() < end) {
            long t = Math.min(Math.min(nextBucket, nextFault), Math.min(nextMid, end));
            LockSupport.parkNanos(Math.max(0, t - System.nanoTime()));
            long n = System.nanoTime();
            if (n - nextFault >= 0) {
                fault++;
                faultCheck(fault);
                nextFault += closeEvery * 1_000_000_000L;
            } else if (n - nextMid >= 0) {
                resyncCheck();
                nextMid += closeEvery * 1_000_000_000L;
            }
            if (System.nanoTime() - nextBucket >= 0 || System.nanoTime() - end >= 0) {
                Bucket b = Bucket.take(this, (int) Math.round((System.nanoTime() - start) / 60e9));
                System.out.println(b.line(last));
                rows.add(b);
                last = b;
                nextBucket += bucketNs;
            }
        }
        stop = true;
        return verdict(rows);
    }

    /**
     * {@link #WARM_UP}, with sockets closed every 20 s (each reconnect's resync is a query) and a
     * model query every 2 s, so the query pools (a thread only when none is idle) and the socket
     * paths reach their working size before the baseline is taken.
     */
    private void warmUp() {
        long start = System.nanoTime();
        long end = start + WARM_UP.toNanos();
        long nextClose = start + 20_000_000_000L;
        while (System.nanoTime() - end < 0) {
            LockSupport.parkNanos(2_000_000_000L);
            try {
                truth.refresh();
            } catch (Exception e) {
                // warm-up only
            }
            if (System.nanoTime() - nextClose >= 0) {
                sim.pushFaults().closeSocketsNow();
                nextClose += 20_000_000_000L;
            }
        }
        System.out.printf(Locale.ROOT, "warm-up %d s: query threads %d; threads by name: %s%n",
                (System.nanoTime() - start) / 1_000_000_000L, queryThreads(), threadsByName());
    }

    private static int queryThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("genesys-query"))
                .count();
    }

    /** Live threads counted by name with the trailing number dropped, e.g. genesys-query=60. */
    static String threadsByName() {
        Map<String, Integer> count = new java.util.TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            count.merge(t.getName().replaceAll("[-_ #]*\\d+$", "").replaceAll("@[0-9a-f]+", ""), 1, Integer::sum);
        }
        return count.toString();
    }

    // ---------------------------------------------------------------- the board, as the window drives it

    private void refreshLikeTheWindow() {
        while (!stop) {
            synchronized (wake) {
                try {
                    if (!changed) wake.wait(10_000);
                } catch (InterruptedException e) {
                    return;
                }
                changed = false;
            }
            if (stop) return;
            refreshBoard();
        }
    }

    private BoardSnapshot refreshBoard() {
        try {
            long rest = board.restRefreshes();
            BoardSnapshot s = board.refresh();
            lastShown = new Shown(s, System.nanoTime(), board.restRefreshes() != rest);
            ("push".equals(s.transport()) ? pushRefreshes : pollRefreshes).incrementAndGet();
            return s;
        } catch (Exception e) {
            failedRefreshes.incrementAndGet();
            return null;
        }
    }

    // ---------------------------------------------------------------- checks

    /** Model paused: control comparison, the fault, reconnect and resync, then the exact comparison. */
    private void faultCheck(int n) {
        String kind = n % 6 == 3 ? "socket_closing" : n % 6 == 0 ? "channel expiry" : "socket close";
        sim.pauseModel();
        try {
            long paused = System.nanoTime();
            LockSupport.parkNanos(SETTLE_MS * 1_000_000L);
            control(paused);
            PushFeed feed = board.feed();
            int sockets = feed.socketsOpened();
            long rest = board.restRefreshes();
            switch (kind) {
                case "socket_closing" -> sim.pushFaults().socketClosingNow(Duration.ofSeconds(5));
                case "channel expiry" -> sim.pushFaults().expireChannelsNow();
                default -> sim.pushFaults().closeSocketsNow();
            }
            boolean back = waitFor(() -> board.feed().socketsOpened() > sockets && board.pushState().isLive(), 90_000);
            if (!back) {
                fail(kind + ": no new socket within 90 s (" + board.pushState().label() + ")");
                return;
            }
            // the feed asks for a resync right after it is live again; the board runs it on its signal
            boolean resynced = waitFor(() -> board.restRefreshes() > rest, 10_000);
            LockSupport.parkNanos(1_500_000_000L);
            compare(kind, resynced);
        } finally {
            sim.resumeModel();
        }
    }

    /** Model paused: waits for the board's own next resync (today's totals, every 60 s) and compares. */
    private void resyncCheck() {
        sim.pauseModel();
        try {
            LockSupport.parkNanos(SETTLE_MS * 1_000_000L);
            long rest = board.restRefreshes();
            boolean resynced = waitFor(() -> board.restRefreshes() > rest, 75_000);
            LockSupport.parkNanos(500_000_000L);
            compare("periodic resync", resynced);
        } finally {
            sim.resumeModel();
        }
    }

    /**
     * What the window shows before the fault (the board thread's last snapshot, taken after the
     * pushes settled and not by a resync) against the model: queues off are drops not yet healed.
     */
    private void control(long paused) {
        try {
            Shown shown = lastShown;
            if (shown == null || shown.nanos - paused < 1_500_000_000L || shown.resync
                    || !"push".equals(shown.snapshot.transport())) {
                return;
            }
            controlQueuesOff += differences(truth.refresh(), shown.snapshot).size();
            controlChecks++;
        } catch (Exception e) {
            // a control only; the check proper reports failures
        }
    }

    private void compare(String kind, boolean resynced) {
        if (!resynced) {
            fail(kind + ": the board ran no resync query after it");
            return;
        }
        try {
            BoardSnapshot shown = board.refresh(); // the window's next refresh (no query: the resync just ran)
            BoardSnapshot model = truth.refresh();
            List<String> off = differences(model, shown);
            if (!"push".equals(shown.transport())) {
                fail(kind + ": the board is not on push (" + board.pushState().label() + ")");
            } else if (off.isEmpty() && shown.queues().size() == QUEUES) {
                checksPassed++;
            } else {
                fail(kind + ": " + off.size() + " of " + model.queues().size() + " queues differ from the model, e.g. "
                        + off.subList(0, Math.min(3, off.size())));
            }
        } catch (Exception e) {
            fail(kind + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void fail(String why) {
        checksFailed++;
        String line = now() + " " + why;
        failures.add(line);
        System.out.println("  check failed " + line);
    }

    /** Queues whose live figures differ (longest wait within a slack: the board's ticks from its last look). */
    private static List<String> differences(BoardSnapshot model, BoardSnapshot shown) {
        Map<String, QueueFigures> byId = new HashMap<>();
        shown.queues().forEach(q -> byId.put(q.queueId(), q));
        List<String> off = new ArrayList<>();
        for (QueueFigures m : model.queues()) {
            QueueFigures s = byId.get(m.queueId());
            if (s == null) {
                off.add(m.queueName() + " missing");
                continue;
            }
            String d = diff(m, s);
            if (d != null) off.add(m.queueName() + ": " + d);
        }
        return off;
    }

    private static String diff(QueueFigures m, QueueFigures s) {
        StringBuilder b = new StringBuilder();
        field(b, "live", m.hasLiveData() ? 1 : 0, s.hasLiveData() ? 1 : 0);
        field(b, "waiting", m.waitingCalls(), s.waitingCalls());
        field(b, "available", m.availableAgents(), s.availableAgents());
        field(b, "inProgress", m.inProgressCalls(), s.inProgressCalls());
        field(b, "alerting", m.alertingCalls(), s.alertingCalls());
        field(b, "onQueue", m.agentsOnQueue(), s.agentsOnQueue());
        field(b, "notResponding", m.notResponding(), s.notResponding());
        field(b, "offQueue", m.agentsOffQueue(), s.agentsOffQueue());
        field(b, "active", m.activeAgents(), s.activeAgents());
        field(b, "members", m.memberAgents(), s.memberAgents());
        if (Math.abs(m.longestWaitSeconds() - s.longestWaitSeconds()) > LONGEST_WAIT_SLACK_S
                || (m.longestWaitSeconds() == 0) != (s.longestWaitSeconds() == 0)) {
            field(b, "longestWait", m.longestWaitSeconds(), s.longestWaitSeconds());
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static void field(StringBuilder b, String name, long model, long shown) {
        if (model != shown) {
            b.append(b.length() == 0 ? "" : ", ").append(name).append(' ').append(shown).append(" (model ")
                    .append(model).append(')');
        }
    }

    // ---------------------------------------------------------------- the table

    private record Bucket(int minute, int sockets, int reopened, int channelsOpened, int simChannels, long push,
                          long poll, long failed, long rest, int passed, int failedChecks, int controlOff,
                          int threads, int serverThreads, long fds, long heapMb) {
        /** Threads of the board's side: all but the in-process simulator's server pool (4..40 by load). */
        int boardThreads() {
            return threads - serverThreads;
        }


        static final String HEADER = "minute | reconnects (reopened same channel) | channels opened / on simulator | "
                + "refreshes push / poll / failed | resync queries | checks passed / failed | control: queues off "
                + "before resync | threads (simulator's server pool) | open fds | heap after GC MB";

        static Bucket take(PushSoak s, int minute) {
            PushFeed f = s.board.feed();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            return new Bucket(minute, f.socketsOpened(), f.socketsReopened(), f.channelsOpened(), s.sim.channelCount(),
                    s.pushRefreshes.get(), s.pollRefreshes.get(), s.failedRefreshes.get(), s.board.restRefreshes(),
                    s.checksPassed, s.checksFailed, s.controlQueuesOff,
                    ManagementFactory.getThreadMXBean().getThreadCount(), countServerThreads(), openFiles(), heap);
        }

        String line(Bucket prev) {
            Bucket p = prev == null ? this : prev;
            return String.format(Locale.ROOT, "%6d | %3d (%d) | %d / %d | %d / %d / %d | %d | %d / %d | %d | %d (%d) | %d | %d",
                    minute, sockets - p.sockets, reopened - p.reopened, channelsOpened - p.channelsOpened, simChannels,
                    push - p.push, poll - p.poll, failed - p.failed, rest - p.rest, passed - p.passed,
                    failedChecks - p.failedChecks, controlOff - p.controlOff, threads, serverThreads, fds, heapMb);
        }
    }

    private int verdict(List<Bucket> rows) {
        if (rows.isEmpty()) return 1;
        Bucket first = rows.get(0); // minute 0, right after the warm-up
        Bucket lastRow = rows.get(rows.size() - 1);
        int maxThreads = rows.stream().mapToInt(Bucket::boardThreads).max().orElse(0);
        long maxFds = rows.stream().mapToLong(Bucket::fds).max().orElse(0);
        // flat: no new high in the second half of the run (the server's pool threads and sockets come
        // and go by a few); a leak of one per reconnect (~25 an hour) would set new highs all along.
        // Comparing the last sample with the first instead failed a 60-minute run whose files went
        // 97 -> 100 while they moved between 95 and 100 from the first bucket to the last.
        int half = rows.size() / 2;
        List<Bucket> early = rows.subList(0, Math.max(1, half));
        List<Bucket> late = rows.subList(Math.max(1, half), rows.size());
        boolean threadsFlat = late.isEmpty() || late.stream().mapToInt(Bucket::boardThreads).max().getAsInt()
                <= early.stream().mapToInt(Bucket::boardThreads).max().getAsInt() + 2;
        boolean fdsFlat = late.isEmpty() || late.stream().mapToLong(Bucket::fds).max().getAsLong()
                <= early.stream().mapToLong(Bucket::fds).max().getAsLong() + 2;
        boolean checksOk = checksFailed == 0 && checksPassed > 0;
        System.out.printf(Locale.ROOT, "totals: checks passed %d, failed %d; control comparisons before a resync %d with %d "
                        + "queues off in all (the drops the resync heals); refreshes push %d / poll %d / failed %d%n",
                checksPassed, checksFailed, controlChecks, controlQueuesOff, pushRefreshes.get(), pollRefreshes.get(),
                failedRefreshes.get());
        System.out.printf(Locale.ROOT, "verdict: %s (threads but the simulator's server pool %d -> %d, max %d: %s; open fds %d -> %d, max %d: %s (flat: no new high in the second half); "
                        + "heap after GC %d -> %d MB; failed checks %d)%n",
                threadsFlat && fdsFlat && checksOk ? "PASS" : "FAIL", first.boardThreads(), lastRow.boardThreads(), maxThreads,
                threadsFlat ? "flat" : "GROWING", first.fds, lastRow.fds, maxFds, fdsFlat ? "flat" : "GROWING",
                first.heapMb, lastRow.heapMb, checksFailed);
        failures.forEach(f -> System.out.println("  failed: " + f));
        System.out.println("threads by name at the end: " + threadsByName());
        return threadsFlat && fdsFlat && checksOk ? 0 : 1;
    }

    // ---------------------------------------------------------------- helpers

    private static boolean waitFor(BooleanSupplier condition, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end >= 0) return false;
            LockSupport.parkNanos(20_000_000L);
        }
        return true;
    }

    private static int countServerThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("genesys-simulator") && !t.getName().startsWith("genesys-simulator-push"))
                .count();
    }

    private static long openFiles() {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(HMS);
    }
}
