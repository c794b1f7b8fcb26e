package com.queuewallboard.hub;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.ui.Fixtures;
import com.queuewallboard.ui.board.BoardActions;
import com.queuewallboard.ui.board.BoardView;
import com.queuewallboard.ui.board.BoardViewModel;
import com.queuewallboard.ui.board.ConnectionState;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window following a real hub (on the demo simulator): a refused viewer key covers the board
 * with ACCESS REFUSED until a refresh works again; the hub's own trouble with Genesys is a badge
 * of its own, apart from the hub being unreachable.
 */
@ExtendWith(ApplicationExtension.class)
class HubWindowFxTest {

    /** The window's source; the test swaps which real hub client answers (wrong key, then the right one). */
    static final class Switchable implements BoardSource {
        volatile BoardSource current;

        Switchable(BoardSource first) {
            current = first;
        }

        @Override public BoardSnapshot refresh() throws SourceException { return current.refresh(); }
        @Override public List<QueueInfo> listQueues() throws SourceException { return current.listQueues(); }
        @Override public String description() { return current.description(); }
        @Override public boolean isDemo() { return current.isDemo(); }
        @Override public boolean accessRefused() { return current.accessRefused(); }
        @Override public String upstreamState() { return current.upstreamState(); }
        @Override public void close() { }
    }

    @TempDir
    Path home;
    private HubFixture hub;
    private HubBoardSource wrongKey;
    private HubBoardSource rightKey;
    private Switchable source;
    private final ExecutorService executor = Fixtures.daemonPool();
    private BoardViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        hub = new HubFixture(home, HubConfig.loopback());
        wrongKey = new HubBoardSource(HubTarget.of(hub.base(), "wrong-key", false), Clock.systemUTC(), Duration.ofSeconds(3));
        rightKey = new HubBoardSource(HubTarget.of(hub.base(), hub.key.value(), false), Clock.systemUTC(), Duration.ofMillis(50));
        source = new Switchable(wrongKey);
        model = new BoardViewModel(Fixtures.noThresholds(), s -> source, executor, Clock.systemUTC());
        Fixtures.show(stage, new BoardView(model, BoardActions.NONE));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(model::shutdown);
        executor.shutdownNow();
        wrongKey.close();
        rightKey.close();
        hub.close();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void aWrongKeyCoversTheBoardWithAccessRefusedUntilAccessWorksAgain(FxRobot robot) throws Exception {
        robot.interact(model::start);
        Node overlay = robot.lookup("#access-refused-overlay").query();
        await(overlay::isVisible);
        assertEquals("ACCESS REFUSED", robot.lookup("#access-refused-title").queryAs(Label.class).getText());
        String text = robot.lookup("#access-refused-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Access refused by the hub"), text);
        assertTrue(text.contains("--hub-key-file or QUEUE_WALLBOARD_HUB_KEY"), text);
        assertFalse(robot.lookup("#loading").query().isVisible(), "no 'Genesys refused the secret' text under the panel");
        assertFalse(text.contains("wrong-key"));

        source.current = rightKey;   // the administrator's current key is in place
        robot.interact(model::refreshNow);
        await(() -> !overlay.isVisible() && model.hasDataProperty().get());
        assertFalse(model.tiles().isEmpty());
        assertEquals("", robot.lookup("#status-upstream").queryAs(Label.class).getText());
    }

    @Test
    void theHubsGenesysTroubleIsABadgeApartFromTheHubBeingUnreachable(FxRobot robot) throws Exception {
        source.current = rightKey;
        robot.interact(model::start);
        await(() -> model.getConnection() == ConnectionState.CONNECTED);
        Label badge = robot.lookup("#status-upstream").queryAs(Label.class);
        assertFalse(badge.isVisible());

        hub.simulator.faults().errorRate(1.0);
        hub.refresher.refreshOnce();
        await(() -> "retrying".equals(rightKey.genesysState()));
        robot.interact(model::refreshNow);
        await(() -> "Genesys: retrying".equals(badge.getText()) && badge.isVisible());
        assertNotEquals(ConnectionState.FAILING, model.getConnection(), "the hub answers: the link to it is fine");
        assertFalse(robot.lookup("#access-refused-overlay").query().isVisible());

        hub.server.close();   // now the hub itself is gone: the usual failing state, no Genesys badge
        await(() -> !rightKey.streaming());
        robot.interact(model::refreshNow);
        await(() -> model.statusMessageProperty().get().startsWith("Hub unreachable"));
        assertFalse(badge.isVisible());
        assertFalse(robot.lookup("#access-refused-overlay").query().isVisible());
    }
}
