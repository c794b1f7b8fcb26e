package com.queuewallboard.ui;

import com.queuewallboard.ui.common.BackgroundTasks;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Small builders for test snapshots and settings. */
public final class Fixtures {
    /** Shows a board (or any root) on the stage as the window does: 1280x720, the dark theme. */
    public static void show(javafx.stage.Stage stage, javafx.scene.Parent root) {
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 1280, 720);
        scene.getStylesheets().add(com.queuewallboard.ui.common.Stylesheets.DARK);
        stage.setScene(scene);
        stage.show();
    }

    public static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    public static final Executor DIRECT = Runnable::run;

    private Fixtures() {
    }

    public static QueueFigures queue(String id, int waiting, int available) {
        return queue(id, "Queue " + id, waiting, available, 2, 30, 4);
    }

    public static QueueFigures queue(String id, String name, int waiting, int available, int inProgress, long longestWait, long abandoned) {
        return new QueueFigures(id, name, true, waiting, available, inProgress, 0, available + inProgress, 0, 1,
                available + inProgress, 10, longestWait, new TodayTotals(100, 90, abandoned, 0.82, 12.0, 240.0));
    }

    public static BoardSnapshot snapshot(Instant asOf, QueueFigures... queues) {
        return new BoardSnapshot(asOf, asOf, List.of(queues), List.of());
    }

    public static BoardSnapshot many(int count, Instant asOf) {
        List<QueueFigures> list = new ArrayList<>();
        for (int i = 0; i < count; i++) list.add(queue("q" + i, "Queue number " + i, i % 5, 2, i % 7, i * 7L, i % 3));
        return new BoardSnapshot(asOf, asOf, list, List.of());
    }

    public static Problem serviceProblem() {
        return new Problem(ProblemKind.SERVICE, "Genesys Cloud had a server error.", 503, "service.unavailable", "corr-1234");
    }

    public static Problem authProblem() {
        return new Problem(ProblemKind.AUTHENTICATION, "Genesys Cloud refused the OAuth client id or secret.", 401,
                "invalid_client", "corr-1234");
    }

    /** Demo settings with no thresholds, so only the waiting > available rule decides. */
    public static Settings noThresholds() {
        return Settings.defaults().withThresholds(new ThresholdSettings(Thresholds.NONE, null));
    }

    public static Settings live() {
        return Settings.defaults().withConnection("eu_west_1", "client-1", Secret.of("s3cr3t-value"))
                .withQueues(List.of("11111111-2222-4333-8444-555555555555"))
                .withRefreshInterval(Duration.ofSeconds(10));
    }

    public static ExecutorService daemonPool() {
        return BackgroundTasks.newDaemonPool("test-io", 2);
    }
}
