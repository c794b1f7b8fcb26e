package com.queuewallboard.bench;

import com.queuewallboard.ui.board.BoardActions;
import com.queuewallboard.ui.board.BoardView;
import com.queuewallboard.ui.board.BoardViewModel;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.config.Settings;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Renders the board headless with fixed figures (every tile state on show) to
 * target/preview-*.png, for design reviews without a display or a data source:
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=com.queuewallboard.bench.UiPreview}
 */
public final class UiPreview {
    private UiPreview() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("headless.geometry", "1920x1080-32");
        Platform.startup(() -> { });
        render(1600, 900, 8, "target/preview-8-queues.png", false);
        render(1920, 1080, 30, "target/preview-30-queues.png", false);
        render(1280, 720, 4, "target/preview-light.png", true);
        Platform.exit();
        System.exit(0);
    }

    private static void render(int width, int height, int count, String file, boolean light) throws Exception {
        FutureTask<WritableImage> task = new FutureTask<>(() -> {
            BoardViewModel model = new BoardViewModel(Settings.defaults(), s -> {
                throw new IllegalStateException("preview");
            }, Runnable::run, Clock.systemUTC());
            BoardView view = new BoardView(model, BoardActions.NONE);
            Scene scene = new Scene(view, width, height);
            scene.getStylesheets().add(com.queuewallboard.ui.common.Stylesheets.DARK);
            if (light) scene.getStylesheets().add(com.queuewallboard.ui.common.Stylesheets.LIGHT);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            model.alarms().setExecutors(Runnable::run, Runnable::run);
            if (count == 8) model.applySettings(model.settings().withWall(com.queuewallboard.config.WallPreferences.DEFAULTS
                    .withTicker("Team huddle at 15:00 in room 2 \u2022 New billing script is live", "")));
            Instant now = Instant.now();
            String[] names = {"Sales UK", "Customer Support", "Billing & Payments", "Technical Help Desk", "Renewals",
                    "Premium Members", "Claims", "Returns and Refunds"};
            com.queuewallboard.board.ServiceLevelTarget[] targets = {new com.queuewallboard.board.ServiceLevelTarget(80, 20),
                    new com.queuewallboard.board.ServiceLevelTarget(90, 30), new com.queuewallboard.board.ServiceLevelTarget(70, 60)};
            Problem partial = new Problem(ProblemKind.PERMISSION,
                    "Today's totals are missing: the OAuth client lacks analytics:conversationAggregate:view.", 403,
                    "missing.permissions", "4f1c2e9a-77aa-4c1e-9d1e-0c3a5b1f2e11");
            // an hour of refreshes, every 2 minutes, so the sparklines have a shape
            for (int step = 30; step >= 0; step--) {
                Instant at = now.minusSeconds(120L * step);
                List<QueueFigures> queues = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String name = i < names.length ? names[i] : "Queue " + (i + 1);
                    int base = new int[] {0, 7, 3, 1, 0, 12, 2, 0}[i % 8];
                    int waiting = Math.max(0, (int) Math.round(base * (0.4 + 0.6 * (30 - step) / 30.0)
                            + 2 * Math.sin((step + i) / 3.0)));
                    int available = Math.max(0, new int[] {4, 2, 6, 3, 5, 1, 4, 0}[i % 8] + (int) Math.round(1.5 * Math.cos((step + 2 * i) / 4.0)));
                    boolean live = i % 8 != 7;
                    queues.add(new QueueFigures("q" + i, name, live, waiting, available, 3 + i % 9, 0, available + 5, 0, 2,
                            9, 12, waiting == 0 ? 0 : 35L * waiting + 17,
                            new TodayTotals(240 + i, 220 + i, 3 + i % 6, i % 3 == 0 ? null : 0.71 + (i % 5) * 0.05, 18.0, 270.0))
                            .withServiceLevelTarget(targets[i % targets.length])
                            .withRecent(new com.queuewallboard.board.RecentTotals(java.time.Duration.ofMinutes(30), 30 + 10L * (i % 4),
                                    28, 2, 0.55 + (i % 6) * 0.08, 240.0)));
                }
                model.apply(new BoardSnapshot(at, at, queues, count == 8 ? List.of(partial) : List.of(),
                        count == 8 ? Set.of("q4") : Set.of()));
            }
            model.tick(now.plusSeconds(3));
            if (count == 4) model.showNotice("settings.json could not be read (line 3: unexpected ','); using the defaults.");
            view.applyCss();
            view.layout();
            view.applyCss();
            view.layout();
            return scene.snapshot(null);
        });
        Platform.runLater(task);
        WritableImage image = task.get(30, TimeUnit.SECONDS);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        ImageIO.write(out, "png", new File(file));
        System.out.println("wrote " + file);
    }
}
