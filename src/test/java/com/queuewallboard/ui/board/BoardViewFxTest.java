package com.queuewallboard.ui.board;

import com.queuewallboard.ui.ScriptedSource;

import com.queuewallboard.ui.Fixtures;


import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.config.Settings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static com.queuewallboard.ui.Fixtures.queue;
import static com.queuewallboard.ui.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class BoardViewFxTest {
    private final ScriptedSource source = new ScriptedSource(true);
    private final ExecutorService executor = Fixtures.daemonPool();
    private BoardViewModel model;
    private BoardView view;

    @Start
    void start(Stage stage) {
        Settings settings = Fixtures.noThresholds();
        model = new BoardViewModel(settings, s -> source, executor, Clock.systemUTC());
        view = new BoardView(model, BoardActions.NONE);
        Fixtures.show(stage, view);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(model::shutdown);
        executor.shutdownNow();
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private void apply(FxRobot robot, QueueFigures... queues) {
        robot.interact(() -> model.apply(snapshot(Instant.now(), queues)));
    }

    @Test
    void showsALoadingStateAndTheDemoMarkerBeforeAnyData(FxRobot robot) {
        assertTrue(robot.lookup("#loading").query().isVisible());
        assertTrue(robot.lookup("#demo-badge").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#enter-credentials").queryAs(Button.class).isVisible());
        apply(robot, queue("a", 1, 2));
        assertFalse(robot.lookup("#loading").query().isVisible());
    }

    @Test
    void tileTurnsAlertExactlyWhenMoreWaitThanAreAvailable(FxRobot robot) {
        apply(robot, queue("a", 2, 3));
        Node tile = robot.lookup(Tiles.of("a")).query();
        Label badge = robot.from(tile).lookup(".tile-badge").queryAs(Label.class);
        assertFalse(has(tile, "alert"));
        assertEquals("OK", badge.getText());

        apply(robot, queue("a", 3, 3));
        assertFalse(has(tile, "alert"), "equal is not more");

        apply(robot, queue("a", 4, 3));
        assertTrue(has(tile, "alert"));
        assertEquals("ALERT", badge.getText());
        assertEquals("4", robot.from(tile).lookup(".tile-waiting-value").queryAs(Label.class).getText());

        apply(robot, queue("a", 1, 3));
        assertFalse(has(tile, "alert"));
        assertSame(tile, robot.lookup(Tiles.of("a")).query(), "the tile node is kept across refreshes");
    }

    @Test
    void goesStaleAfterFailedRefreshesAndRecovers(FxRobot robot) throws Exception {
        source.then(snapshot(Instant.now(), queue("a", 1, 2)));
        robot.interact(model::start);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(Tiles.of("a")).tryQuery().isPresent());
        Node tile = robot.lookup(Tiles.of("a")).query();
        assertFalse(has(tile, "stale"));

        source.alwaysFail(Fixtures.serviceProblem());
        robot.interact(model::refreshNow);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> has(tile, "stale"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(tile).lookup(".tile-badge").queryAs(Label.class).getText().startsWith("STALE"));
        assertEquals("1", robot.from(tile).lookup(".tile-waiting-value").queryAs(Label.class).getText(), "last figures kept");
        Label connection = robot.lookup("#status-connection").queryAs(Label.class);
        assertTrue(connection.getText().startsWith("Retrying"), connection.getText());
        assertTrue(has(connection, "retrying"));
        assertTrue(robot.lookup("#status-bar").queryAs(StatusBar.class).getText().contains("correlation id corr-1234"));

        source.always(snapshot(Instant.now(), queue("a", 2, 2)));
        robot.interact(model::refreshNow);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !has(tile, "stale"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", robot.from(tile).lookup(".tile-waiting-value").queryAs(Label.class).getText());
        assertTrue(has(connection, "connected"));
        assertEquals("", robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    @Test
    void summaryStripShowsTotals(FxRobot robot) {
        apply(robot, queue("a", "A", 2, 1, 3, 40, 5), queue("b", "B", 4, 6, 1, 125, 2), queue("c", "C", 0, 1, 0, 0, 1));
        assertEquals("6", robot.lookup("#summary-waiting").queryAs(Label.class).getText());
        assertEquals("8", robot.lookup("#summary-available").queryAs(Label.class).getText());
        assertEquals("4", robot.lookup("#summary-in-progress").queryAs(Label.class).getText());
        assertEquals("8", robot.lookup("#summary-abandoned").queryAs(Label.class).getText());
        assertEquals("2:05", robot.lookup("#summary-longest-wait").queryAs(Label.class).getText());
    }

    @Test
    void pagesThroughMoreQueuesThanFit(FxRobot robot) {
        robot.interact(() -> model.apply(Fixtures.many(70, Instant.now())));
        WaitForAsyncUtils.waitForFxEvents();
        Button indicator = robot.lookup("#page-indicator").queryAs(Button.class);
        int pages = view.pager().pageCountProperty().get();
        assertTrue(pages >= 2, "70 queues do not fit one page");
        assertTrue(indicator.isVisible());
        assertEquals("Page 1 of " + pages, indicator.getText());
        var grid = robot.lookup("#tile-grid").queryParent();
        int perPage = view.pager().capacity();
        assertEquals(perPage, grid.getChildrenUnmodifiable().size());
        assertTrue(robot.lookup(Tiles.of("q0")).tryQuery().isPresent());

        robot.interact(() -> view.pager().next());
        assertEquals("Page 2 of " + pages, indicator.getText());
        assertFalse(robot.lookup(Tiles.of("q0")).tryQuery().isPresent());
        assertTrue(robot.lookup(Tiles.of("q" + perPage)).tryQuery().isPresent());
        assertNotEquals(0, grid.getChildrenUnmodifiable().size());
    }

    @Test
    void noTileNodesAreMadeForARefreshOfTheSameQueues(FxRobot robot) {
        robot.interact(() -> model.apply(Fixtures.many(40, Instant.now())));
        List<Node> before = view.tileNodes();
        robot.interact(() -> model.apply(Fixtures.many(40, Instant.now().plusSeconds(1))));
        List<Node> after = view.tileNodes();
        assertEquals(before.size(), after.size());
        assertTrue(after.stream().allMatch(n -> before.stream().anyMatch(b -> b == n)));
    }

    /** 500 queues cost one page of tile nodes; turning the page shows other queues in the same nodes. */
    @Test
    void aPageTurnRebindsTheSameTileNodes(FxRobot robot) {
        robot.interact(() -> model.apply(Fixtures.many(500, Instant.now())));
        List<Node> before = view.tileNodes();
        assertTrue(before.size() <= view.pager().capacity(), before.size() + " nodes for a page of " + view.pager().capacity());
        String firstId = Tiles.queueOf(before.get(0));
        robot.interact(view.pager()::next);
        List<Node> after = view.tileNodes();
        assertEquals(before, after, "the same nodes");
        assertNotEquals(firstId, Tiles.queueOf(after.get(0)), "now showing the next page's queue");
        assertEquals(model.tiles().get(view.pager().from()).queueId(), Tiles.queueOf(after.get(0)));
        // a CSS id per queue would make JavaFX's style cache grow with every page turn, for good
        after.forEach(n -> assertNull(n.getId(), "tiles carry no per-queue CSS id"));
    }

    @Test
    void noticeBannerShowsAStartupWarning(FxRobot robot) {
        assertFalse(robot.lookup("#notice").query().isVisible());
        robot.interact(() -> model.showNotice("The settings file is broken; using defaults."));
        assertTrue(robot.lookup("#notice").query().isVisible());
        assertEquals("The settings file is broken; using defaults.", robot.lookup("#notice-text").queryAs(Label.class).getText());
    }

    @Test
    void pauseIsVisible(FxRobot robot) {
        apply(robot, queue("a", 1, 2));
        robot.interact(model::start);
        robot.interact(model::togglePause);
        assertTrue(robot.lookup("#paused-badge").query().isVisible());
        assertTrue(robot.lookup("#status-connection").queryAs(Label.class).getText().startsWith("Paused"));
        robot.interact(model::togglePause);
        assertFalse(robot.lookup("#paused-badge").query().isVisible());
    }
}
