package com.queuewallboard.bench;

import com.queuewallboard.bench.ChangeLatency.Seen;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.connect.SourceFactory;
import com.queuewallboard.genesys.GenesysBoardSource;
import com.queuewallboard.genesys.GenesysConnector;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimQueue;
import com.queuewallboard.simulator.SimTime;
import com.queuewallboard.simulator.SimulatorOptions;
import com.queuewallboard.ui.board.BoardActions;
import com.queuewallboard.ui.board.BoardView;
import com.queuewallboard.ui.board.BoardViewModel;
import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.common.Stylesheets;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency from a change in the simulator's model to the changed figure on the tile, on the FX
 * thread, with the window's own stack: {@link SourceFactory} (push over the client, as the app
 * wires it), {@link BoardViewModel} with its refresh service, and {@link BoardView} in a headless
 * stage (Monocle, software prism, a 3840x2160 wall). A second board in the same run is opened with
 * push off ({@code --no-push}: polling every 10 s) for comparison.
 *
 * <p>The simulator runs in real time (speed 1) with 200 queues, the busiest of a first minute
 * listed first (so on the first page). A REST observer asks the
 * observations API for the watched queues (those on the first page of both boards) every 25 ms
 * and notes when a queue's calls waiting or in progress change; each board notes when the text of
 * a watched tile's "waiting" or "in progress" label changes (a listener on the label's text, on the
 * FX thread: the moment the scene holds the new figure; the next pulse draws it). A change counts
 * when the tile later shows the same pair of figures before the model moved on; changes the model
 * undid before the tile showed them are counted apart ("superseded").
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec -Dbench.main=com.queuewallboard.bench.PushTileLatencyBenchmark
 * [-Dbench.args="runs seconds"]} (default 4 runs of 120 s after a 30 s warm-up).
 */
public final class PushTileLatencyBenchmark {

    private static final int QUEUES = 200;
    private static final int WARM_UP_S = 30;
    /** A 4K wall: about 60 tiles on the first page to watch (1080p shows 15). */
    private static final int WIDTH = 3840;
    private static final int HEIGHT = 2160;


    /** One board on the screen: its model, view and what its watched tiles showed when. */
    private static final class Board {
        final String name;
        final BoardViewModel model;
        BoardView view;
        final Map<String, List<Seen>> shown = new ConcurrentHashMap<>();
        final List<Long> latencies = new ArrayList<>();
        int superseded;

        Board(String name, BoardViewModel model) {
            this.name = name;
            this.model = model;
        }
    }

    private PushTileLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>();
        for (String arg : args) {
            for (String part : arg.strip().split("\\s+")) {
                if (!part.isEmpty()) a.add(part);
            }
        }
        int runs = a.size() > 0 ? Integer.parseInt(a.get(0)) : 4;
        int seconds = a.size() > 1 ? Integer.parseInt(a.get(1)) : 120;
        System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try {
            run(runs, seconds);
        } catch (Exception e) {
            System.out.println("benchmark failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.exit(0); // the FX toolkit, the sources' daemon threads
    }

    private static void run(int runs, int seconds) throws Exception {
        Platform.startup(() -> { });
        int named;
        try (GenesysSimulator probe = GenesysSimulator.start(SimulatorOptions.defaults())) {
            named = probe.queues().size();
        }
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder()
                .extraQueues(Math.max(0, QUEUES - named)).speed(1)
                .simTime(SimTime.at(LocalTime.of(10, 30))).build())) {
            sim.faults().requestsPerMinute(0); // the observer polls far above a real budget
            Settings everyQueue = new Settings(null, sim.baseUrl().toString(), null, sim.clientId(),
                    Secret.of(sim.clientSecret()), List.of(), List.of("voice"), Duration.ofSeconds(10),
                    Duration.ofSeconds(60), null, null, false);
            // the first page holds about 15 tiles: put the busiest queues there, so the runs see many changes
            Settings settings = everyQueue.withQueues(busiestFirst(everyQueue, sim));
            ExecutorService io = BackgroundTasks.newDaemonPool("wallboard-io", 4); // two boards of the app's 2 each
            Board push = board("push", settings, io, true);
            Board poll = board("polling (--no-push)", settings, io, false);
            show(push, 0);
            show(poll, 1);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!(onFx(() -> push.model.hasDataProperty().get() && poll.model.hasDataProperty().get()
                    && push.model.transportTextProperty().get().startsWith("Live")))) {
                if (System.nanoTime() > deadline) {
                    System.out.println("boards not ready: push transport '" + onFx(() -> push.model.transportTextProperty().get()) + "'");
                    return;
                }
                LockSupport.parkNanos(100_000_000L);
            }
            Map<String, String> idByName = new HashMap<>();
            Set<String> duplicate = new LinkedHashSet<>();
            for (SimQueue q : sim.queues()) {
                if (idByName.put(q.name(), q.id()) != null) duplicate.add(q.name());
            }
            duplicate.forEach(idByName::remove);
            Set<String> onPush = onFx(() -> watchTiles(push, idByName));
            Set<String> onPoll = onFx(() -> watchTiles(poll, idByName));
            List<String> watched = new ArrayList<>(onPush);
            watched.retainAll(onPoll);
            GenesysBoardSource observer = GenesysConnector.open(settings.withQueues(watched));
            System.out.printf(Locale.ROOT, "%d queues on both boards' first page watched (of %d); push transport: %s%n",
                    watched.size(), QUEUES, onFx(() -> push.model.transportTextProperty().get()));

            observe(observer, watched, WARM_UP_S); // warm-up
            for (int run = 1; run <= runs; run++) {
                push.shown.clear();
                poll.shown.clear();
                Map<String, List<Seen>> observed = observe(observer, watched, seconds);
                LockSupport.parkNanos(12_000_000_000L); // the polling board's last interval
                for (Board b : List.of(push, poll)) {
                    int before = b.latencies.size();
                    int supersededBefore = b.superseded;
                    match(observed, b);
                    List<Long> mine = new ArrayList<>(b.latencies.subList(before, b.latencies.size()));
                    Collections.sort(mine);
                    System.out.printf(Locale.ROOT, "run %d %-20s n=%3d p50=%5d ms p95=%5d ms p99=%5d ms max=%5d ms (superseded %d)%n",
                            run, b.name, mine.size(), pct(mine, 50), pct(mine, 95), pct(mine, 99),
                            mine.isEmpty() ? -1 : mine.get(mine.size() - 1), b.superseded - supersededBefore);
                }
            }
            for (Board b : List.of(push, poll)) {
                List<Long> all = new ArrayList<>(b.latencies);
                Collections.sort(all);
                System.out.printf(Locale.ROOT, "model change -> tile label (FX thread), %s: n=%d p50=%d ms p95=%d ms "
                                + "p99=%d ms max=%d ms (%d runs of %d s; changes the model undid before the tile showed them: %d)%n",
                        b.name, all.size(), pct(all, 50), pct(all, 95), pct(all, 99),
                        all.isEmpty() ? -1 : all.get(all.size() - 1), runs, seconds, b.superseded);
            }
            List<Long> p = new ArrayList<>(push.latencies);
            Collections.sort(p);
            System.out.println("target p99 < 1500 ms on push: " + (!p.isEmpty() && pct(p, 99) < 1500 ? "met" : "NOT met"));
            observer.close();
            onFx(() -> {
                push.model.shutdown();
                poll.model.shutdown();
                return null;
            });
        }
    }

    /** All queue ids, those whose pair changed most often in a minute of watching first. */
    private static List<String> busiestFirst(Settings all, GenesysSimulator sim) throws Exception {
        List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
        Map<String, List<Seen>> seen;
        try (GenesysBoardSource observer = GenesysConnector.open(all)) {
            seen = observe(observer, ids, 60);
        }
        List<String> ordered = new ArrayList<>(ids);
        ordered.sort((x, y) -> Integer.compare(seen.getOrDefault(y, List.of()).size(), seen.getOrDefault(x, List.of()).size()));
        return ordered;
    }

    private static Board board(String name, Settings settings, ExecutorService io, boolean pushOn) {
        BoardViewModel model = new BoardViewModel(settings,
                s -> SourceFactory.open(s, SimulatorOptions.defaults(), k -> { }, pushOn), io, Clock.systemUTC());
        return new Board(name, model);
    }

    private static void show(Board b, int index) throws Exception {
        onFx(() -> {
            b.view = new BoardView(b.model, BoardActions.NONE); // no timers: no page turning
            Scene scene = new Scene(b.view, WIDTH, HEIGHT);
            scene.getStylesheets().add(Stylesheets.DARK);
            Stage stage = new Stage();
            stage.setTitle(b.name);
            stage.setX(0); // both on the headless screen: Monocle cannot paint a window that leaves it
            stage.setY(0);
            stage.setScene(scene);
            stage.show();
            b.model.start();
            return null;
        });
    }

    /**
     * Listens on the waiting and in-progress labels of every tile on the first page; returns the
     * watched queue ids. FX thread.
     */
    private static Set<String> watchTiles(Board b, Map<String, String> idByName) {
        Set<String> ids = new LinkedHashSet<>();
        for (Node tile : b.view.tileNodes()) {
            if (tile.getScene() == null || !tile.isVisible() || tile.getParent() == null) continue;
            Label name = (Label) tile.lookup(".tile-name");
            Label waiting = (Label) tile.lookup(".tile-waiting-value");
            Label inProgress = (Label) tile.lookup(".stat-in-progress");
            if (name == null || waiting == null || inProgress == null) continue;
            String id = idByName.get(name.getText());
            if (id == null) continue;
            ids.add(id);
            Runnable note = () -> {
                String now = idByName.get(name.getText());
                Integer w = number(waiting.getText());
                Integer p = number(inProgress.getText());
                if (now == null || w == null || p == null || !tile.isVisible() || tile.getScene() == null) return;
                add(b.shown, now, new Seen(System.nanoTime(), figure(w, p)));
            };
            waiting.textProperty().addListener((o, was, is) -> note.run());
            inProgress.textProperty().addListener((o, was, is) -> note.run());
            note.run();
        }
        return ids;
    }

    private static Integer number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (RuntimeException e) {
            return null; // "–" before data
        }
    }

    /** The pair followed: calls waiting and in progress, as one value. */
    private static int figure(int waiting, int inProgress) {
        return waiting * 10_000 + inProgress;
    }

    private static void add(Map<String, List<Seen>> seen, String id, Seen s) {
        List<Seen> list = seen.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1).value() != s.value()) list.add(s);
    }

    /** Asks the model for the watched queues every 25 ms, noting each change of the pair. */
    private static Map<String, List<Seen>> observe(GenesysBoardSource observer, List<String> watched, int seconds)
            throws Exception {
        Map<String, List<Seen>> seen = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Set<String> ids = Set.copyOf(watched);
        while (System.nanoTime() < end) {
            BoardSnapshot s = observer.refresh();
            long now = System.nanoTime();
            for (QueueFigures q : s.queues()) {
                if (ids.contains(q.queueId())) add(seen, q.queueId(), new Seen(now, figure(q.waitingCalls(), q.inProgressCalls())));
            }
            LockSupport.parkNanos(25_000_000L);
        }
        return seen;
    }

    /** Adds this run's matches to the board's totals. */
    private static void match(Map<String, List<Seen>> observed, Board b) {
        ChangeLatency.Matched m = ChangeLatency.match(observed, b.shown);
        b.latencies.addAll(m.latenciesMs());
        b.superseded += m.superseded();
    }

    private static long pct(List<Long> sorted, int p) {
        return ChangeLatency.percentile(sorted, p);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
