package com.queuewallboard.bench;

import com.queuewallboard.ui.board.BoardActions;
import com.queuewallboard.ui.board.BoardView;
import com.queuewallboard.ui.board.BoardViewModel;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.config.Settings;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * How long the FX thread spends applying one 500-queue snapshot to the board, and whether any
 * node is made after the first apply. Runs headless (Monocle) at 1920x1080:
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=com.queuewallboard.bench.UiApplyBenchmark}
 *
 * <p>Each refresh is timed twice: the apply alone (view model writes, bound labels update), and
 * apply plus the CSS and layout pass the next pulse would do for it; the latter is set against
 * one 60 Hz frame (16.7 ms), the target for its p95.
 */
public final class UiApplyBenchmark {
    private static final int QUEUES = 500;
    private static final int WARMUP = 400;
    private static final int RUNS = 5;
    private static final int REFRESHES_PER_RUN = 60;
    private static final ServiceLevelTarget[] TARGETS = {
            new ServiceLevelTarget(80, 20), new ServiceLevelTarget(90, 30), new ServiceLevelTarget(70, 60)};

    private static final Instant START = Instant.parse("2026-11-26T09:00:00Z");
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private UiApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("headless.geometry", "1920x1080-32");
        // the app logs to a file (LogSetup); here alarm lines would go to the console and time the terminal
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Platform.startup(() -> { });
        Random random = new Random(42);
        List<BoardSnapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS * REFRESHES_PER_RUN + 1; i++) snapshots.add(snapshot(random, i));

        BoardViewModel model = new BoardViewModel(Settings.defaults(), s -> {
            throw new IllegalStateException("no source in the benchmark");
        }, Runnable::run, Clock.systemUTC());
        // alarms are judged off the FX thread in the app (the board's io pool): the same here
        java.util.concurrent.ExecutorService alarmPool = com.queuewallboard.ui.common.BackgroundTasks.newDaemonPool("bench-alarms", 1);
        model.alarms().setWorkExecutor(alarmPool);
        BoardView[] view = new BoardView[1];
        onFx(() -> {
            view[0] = new BoardView(model, BoardActions.NONE);
            Scene scene = new Scene(view[0], 1920, 1080);
            scene.getStylesheets().add(com.queuewallboard.ui.common.Stylesheets.DARK);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
        Parent root = view[0];

        long firstStart = System.nanoTime();
        onFx(() -> {
            model.apply(snapshots.get(0));
            root.applyCss();
            root.layout();
            return null;
        });
        double firstMs = (System.nanoTime() - firstStart) / 1e6;
        Thread.sleep(300);   // let a few real pulses render the first page
        Set<Node> baseline = onFx(() -> allNodes(root, view[0].tileNodes()));

        int next = 1;
        for (int i = 0; i < WARMUP; i++) timeOne(model, root, snapshots.get(next++));

        double[] applyMs = new double[RUNS * REFRESHES_PER_RUN];
        double[] pulseMs = new double[RUNS * REFRESHES_PER_RUN];
        double[] pulseCpuMs = new double[RUNS * REFRESHES_PER_RUN];
        double[] applyCpuMs = new double[RUNS * REFRESHES_PER_RUN];
        int k = 0;
        for (int run = 0; run < RUNS; run++) {
            for (int i = 0; i < REFRESHES_PER_RUN; i++) {
                double[] t = timeOne(model, root, snapshots.get(next++));
                applyMs[k] = t[0];
                pulseMs[k] = t[1];
                pulseCpuMs[k] = t[2];
                applyCpuMs[k] = t[3];
                k++;
                Thread.sleep(5);   // real pulses render in between, as they would between refreshes
            }
            double[] runSlice = Arrays.copyOfRange(applyMs, run * REFRESHES_PER_RUN, (run + 1) * REFRESHES_PER_RUN);
            System.out.printf(Locale.ROOT, "run %d: apply median %.3f ms%n", run + 1, percentile(runSlice, 50));
        }
        Set<Node> after = onFx(() -> allNodes(root, view[0].tileNodes()));
        long created = after.stream().filter(n -> !baseline.contains(n)).count();
        int shown = onFx(() -> view[0].pager().capacity());
        int sparklines = onFx(() -> root.lookupAll(".tile-sparkline").size());
        int canvases = onFx(() -> (int) after.stream().filter(n -> n instanceof javafx.scene.canvas.Canvas).count());
        int points = model.trends().get("queue-0").size();

        System.out.printf(Locale.ROOT, "queues: %d (%d tiles on screen per page at 1920x1080, %d pages)%n",
                QUEUES, Math.min(shown, QUEUES), onFx(() -> view[0].pager().pageCountProperty().get()));
        System.out.printf(Locale.ROOT, "sparklines on screen: %d (%d canvases in all, one per pooled tile + the summary's); %d trends of %d points (%d held for queue-0)%n",
                sparklines, canvases, model.trends().queues(), model.trends().capacity(), points);
        System.out.printf(Locale.ROOT, "first apply (builds %d tile nodes + first CSS/layout): %.1f ms%n", QUEUES, firstMs);
        System.out.printf(Locale.ROOT, "refreshes measured: %d after %d warm-up%n", applyMs.length, WARMUP);
        System.out.printf(Locale.ROOT, "FX-thread apply per refresh:            median %.3f ms, p95 %.3f ms, max %.3f ms%n",
                percentile(applyMs, 50), percentile(applyMs, 95), percentile(applyMs, 100));
        System.out.printf(Locale.ROOT, "FX-thread apply + CSS + layout per refresh: median %.3f ms, p95 %.3f ms, max %.3f ms%n",
                percentile(pulseMs, 50), percentile(pulseMs, 95), percentile(pulseMs, 100));
        System.out.printf(Locale.ROOT, "nodes in scene + tile cache: %d before, %d after; created after the first apply: %d%n",
                baseline.size(), after.size(), created);
        // on a shared machine the wall clock includes time the FX thread waited for a core;
        // its own CPU time is what the refresh costs
        System.out.printf(Locale.ROOT, "FX-thread CPU time, apply alone:          median %.3f ms, p95 %.3f ms, max %.3f ms%n",
                percentile(applyCpuMs, 50), percentile(applyCpuMs, 95), percentile(applyCpuMs, 100));
        System.out.printf(Locale.ROOT, "FX-thread CPU time, apply + CSS + layout: median %.3f ms, p95 %.3f ms, max %.3f ms%n",
                percentile(pulseCpuMs, 50), percentile(pulseCpuMs, 95), percentile(pulseCpuMs, 100));
        double frame = 1000.0 / 60;
        System.out.printf(Locale.ROOT, "frame budget (one 60 Hz frame = %.1f ms): apply + CSS + layout p50 = %.2f frames, p95 = %.2f frames%n",
                frame, percentile(pulseMs, 50) / frame, percentile(pulseMs, 95) / frame);
        System.out.printf(Locale.ROOT, "frame budget by FX-thread CPU time: p50 = %.2f frames, p95 = %.2f frames%n",
                percentile(pulseCpuMs, 50) / frame, percentile(pulseCpuMs, 95) / frame);
        // on a loaded machine the wall clock counts time the FX thread waited for a core: the
        // target is judged on the FX thread's CPU time, and the wall clock is printed beside it
        boolean ok = percentile(applyCpuMs, 50) < 4 && percentile(pulseCpuMs, 95) < frame && created == 0;
        System.out.printf(Locale.ROOT, "machine load average while measuring: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println(ok ? "RESULT: within target (apply median < 4 ms and apply + CSS + layout p95 < 16.7 ms of FX-thread CPU, 0 nodes)"
                : "RESULT: OUTSIDE target");
        Platform.exit();
        System.exit(0);
    }

    private static double[] timeOne(BoardViewModel model, Parent root, BoardSnapshot snapshot) throws Exception {
        return onFx(() -> {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            model.apply(snapshot);
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            root.applyCss();
            root.layout();
            long t2 = System.nanoTime();
            long c2 = CPU.getCurrentThreadCpuTime();
            return new double[] {(t1 - t0) / 1e6, (t2 - t0) / 1e6, (c2 - c0) / 1e6, (c1 - c0) / 1e6};
        });
    }

    private static BoardSnapshot snapshot(Random random, int n) {
        List<QueueFigures> queues = new ArrayList<>(QUEUES);
        for (int i = 0; i < QUEUES; i++) {
            int waiting = random.nextInt(12);
            int available = random.nextInt(8);
            queues.add(new QueueFigures("queue-" + i, "Queue " + i, random.nextInt(50) != 0, waiting, available,
                    random.nextInt(30), random.nextInt(3), available + 10, random.nextInt(2), random.nextInt(5), 20, 25,
                    waiting == 0 ? 0 : random.nextInt(400),
                    new TodayTotals(200 + n, 180 + n, random.nextInt(20), random.nextDouble(), 14.0, 260.0))
                    // the queue's own target and a recent window, so every tile judges its SL and runs the Erlang C forecast
                    .withServiceLevelTarget(TARGETS[i % TARGETS.length])
                    .withRecent(new RecentTotals(java.time.Duration.ofMinutes(30), 20 + random.nextInt(60), 20, random.nextInt(5),
                            0.5 + random.nextDouble() / 2, 150.0 + random.nextInt(200))));
        }
        // one refresh every 10 s of simulated time, so the sparklines fill as on a real board
        Instant asOf = START.plusSeconds(10L * n);
        return new BoardSnapshot(asOf, asOf, queues, List.of());
    }

    private static Set<Node> allNodes(Parent root, List<Node> tiles) {
        Set<Node> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(root, nodes);
        for (Node tile : tiles) walk(tile, nodes);
        return nodes;
    }

    private static void walk(Node node, Set<Node> into) {
        if (!into.add(node)) return;
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) walk(child, into);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
