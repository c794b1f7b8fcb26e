package com.queuewallboard.ui.board;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.config.Settings;
import com.queuewallboard.config.WallPreferences;
import com.queuewallboard.testing.MutableClock;
import com.queuewallboard.ui.Fixtures;
import com.queuewallboard.ui.ScriptedSource;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import static com.queuewallboard.ui.Fixtures.T0;
import static com.queuewallboard.ui.Fixtures.queue;
import static com.queuewallboard.ui.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor's board driven as a person does: the A key, a click on the banner, the tile's right-click menu. */
@ExtendWith(ApplicationExtension.class)
class SupervisorBoardFxTest {
    private final ScriptedSource source = new ScriptedSource(true);
    private final ExecutorService executor = Fixtures.daemonPool();
    private final MutableClock clock = new MutableClock(T0);
    private final List<Integer> played = new ArrayList<>();
    private BoardViewModel model;

    @Start
    void start(Stage stage) {
        model = new BoardViewModel(Fixtures.noThresholds(), s -> source, executor, clock);
        model.alarms().setAudioSink((wav, volume) -> played.add(wav.length));
        model.alarms().setWorkExecutor(Runnable::run);   // judged at once, the banner follows on the FX thread
        BoardView view = new BoardView(model, BoardActions.NONE);
        Fixtures.show(stage, view);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(model::shutdown);
        executor.shutdownNow();
    }

    private void apply(FxRobot robot, QueueFigures... queues) {
        clock.advance(Duration.ofSeconds(10));
        robot.interact(() -> model.apply(snapshot(clock.instant(), queues)));
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private List<String> shownOrder(FxRobot robot) {
        TileGrid grid = robot.lookup("#tile-grid").queryAs(TileGrid.class);
        return grid.getChildren().stream().map(n -> ((TileView) n).model().queueId()).toList();
    }

    @Test
    void pressingAAcknowledgesEveryAlarmTheSoundStopsAndTheTileKeepsItsColour(FxRobot robot) {
        apply(robot, queue("a", 5, 1), queue("b", 0, 2));
        Node banner = robot.lookup("#alarm-banner").query();
        assertTrue(banner.isVisible());
        assertTrue(robot.lookup("#alarm-banner-text").queryAs(Label.class).getText().contains("Queue a: waiting > available"));
        assertEquals(1, played.size());

        robot.press(KeyCode.A).release(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(banner.isVisible(), "acknowledged: the banner goes");
        assertTrue(has(robot.lookup(Tiles.of("a")).query(), "alert"), "the tile stays red while the queue is in alert");
        clock.advance(Duration.ofMinutes(3));
        robot.interact(() -> model.tick(clock.instant()));
        assertEquals(1, played.size(), "no repeat after acknowledging");
    }

    @Test
    void aClickOnTheBannerAcknowledgesToo(FxRobot robot) {
        apply(robot, queue("a", 5, 1));
        robot.clickOn("#alarm-banner-text");
        assertFalse(robot.lookup("#alarm-banner").query().isVisible());
        assertTrue(model.alarms().active().get(0).acknowledged());
    }

    @Test
    void snoozingFromTheTilesMenuSilencesTheQueueAndTheTileSaysSo(FxRobot robot) {
        apply(robot, queue("a", 0, 2), queue("b", 0, 2));
        robot.clickOn(Tiles.of("a"), MouseButton.SECONDARY);
        robot.clickOn("Snooze 30 min");
        assertEquals("SNOOZED 30m", robot.lookup(Tiles.of("a")).lookup(".tile-alarm-note").queryAs(Label.class).getText());
        apply(robot, queue("a", 5, 1), queue("b", 0, 2));
        assertFalse(robot.lookup("#alarm-banner").query().isVisible(), "a snoozed queue raises no alarm");
        assertEquals(0, played.size());
        assertTrue(has(robot.lookup(Tiles.of("a")).query(), "alert"), "but its tile still shows the alert");
    }

    @Test
    void acknowledgeFromTheTilesMenuSilencesThatQueueOnly(FxRobot robot) {
        apply(robot, queue("a", 5, 1), queue("b", 6, 1));
        robot.clickOn(Tiles.of("b"), MouseButton.SECONDARY);
        robot.clickOn("Acknowledge");
        String banner = robot.lookup("#alarm-banner-text").queryAs(Label.class).getText();
        assertTrue(banner.contains("Queue a") && !banner.contains("Queue b"), banner);
    }

    @Test
    void worstFirstMovesTilesOnlyWhenALevelChanges(FxRobot robot) {
        robot.interact(() -> model.applySettings(model.settings().withWall(WallPreferences.DEFAULTS.withWorstFirst(true))));
        apply(robot, queue("a", 0, 2), queue("b", 1, 2), queue("c", 5, 1));
        assertEquals(List.of("c", "b", "a"), shownOrder(robot));
        apply(robot, queue("a", 1, 2), queue("b", 0, 2), queue("c", 7, 1));
        assertEquals(List.of("c", "b", "a"), shownOrder(robot), "same levels: the tiles stay put");
        apply(robot, queue("a", 3, 2), queue("b", 0, 2), queue("c", 7, 1));
        assertEquals(List.of("c", "a", "b"), shownOrder(robot), "a turned ALERT: it moves up");
        assertEquals(AlertLevel.ALERT, model.tile("a").getLevel());
    }

    @Test
    void theTickerShowsTheTeamMessageAndScrollsALongOne(FxRobot robot) {
        apply(robot, queue("a", 0, 2));
        assertFalse(robot.lookup("#ticker").query().isVisible(), "off by default");
        robot.interact(() -> model.applySettings(model.settings().withWall(WallPreferences.DEFAULTS.withTicker("Team meeting at 15:00", ""))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#ticker").query().isVisible());
        assertEquals("Team meeting at 15:00", robot.lookup("#ticker-text").queryAs(Label.class).getText());
        TickerBar bar = robot.lookup("#ticker").queryAs(TickerBar.class);
        assertFalse(bar.scrolling(), "a short message stands still");
        robot.interact(() -> model.applySettings(model.settings().withWall(WallPreferences.DEFAULTS.withTicker("Long news ".repeat(60), ""))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.scrolling(), "a message wider than the screen scrolls");
    }

    @Test
    void everyTileHasOneSparklineCanvasRedrawnOnEachRefresh(FxRobot robot) {
        apply(robot, queue("a", 1, 2), queue("b", 2, 2));
        TileView tile = robot.lookup(Tiles.of("a")).queryAs(TileView.class);
        Canvas canvas = tile.sparkline().canvas();
        assertNotNull(canvas.getScene(), "the canvas is in the tile");
        assertEquals(1, robot.lookup(Tiles.of("a")).queryAs(TileView.class).lookupAll("Canvas").size());
        assertTrue(canvas.getWidth() > 20 && canvas.getHeight() > 5, canvas.getWidth() + "x" + canvas.getHeight());
        int before = tile.sparkline().draws();
        apply(robot, queue("a", 4, 1), queue("b", 2, 2));
        assertTrue(tile.sparkline().draws() > before, "a new point repaints the canvas");
        assertTrue(canvas == tile.sparkline().canvas(), "the same canvas, not a new node");
        assertEquals(2, tile.model().trend().size());
        assertNotNull(robot.lookup("#summary-trend").query(), "the strip shows the total waiting trend");
    }

    @Test
    void theTileShowsTheServiceLevelAgainstItsTargetColouredByItsLevel(FxRobot robot) {
        apply(robot, queue("a", 0, 2).withServiceLevelTarget(new com.queuewallboard.board.ServiceLevelTarget(85, 20)));
        Label sl = robot.lookup(Tiles.of("a")).lookup(".tile-service-level").queryAs(Label.class);
        assertEquals("SL 82 % \u00b7 85/20", sl.getText());
        assertTrue(has(sl, "warning"), "3 points under target, inside the 5-point margin");
    }
}
