package com.queuewallboard.ui.window;

import com.queuewallboard.ui.Fixtures;

import com.queuewallboard.ui.board.BoardActions;
import com.queuewallboard.ui.common.Stylesheets;
import com.queuewallboard.ui.board.BoardView;
import com.queuewallboard.ui.board.BoardViewModel;

import com.queuewallboard.config.Settings;
import com.queuewallboard.connect.SourceFactory;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real pipeline: SourceFactory opens the embedded simulator, the board shows its queues. */
@ExtendWith(ApplicationExtension.class)
class DemoBoardEndToEndFxTest {
    private final ExecutorService executor = Fixtures.daemonPool();
    private BoardViewModel model;

    @Start
    void start(Stage stage) {
        model = new BoardViewModel(Settings.defaults(), SourceFactory::open, executor, Clock.systemUTC());
        BoardView view = new BoardView(model, BoardActions.NONE);
        Scene scene = new Scene(view, 1280, 720);
        scene.getStylesheets().add(Stylesheets.DARK);
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(model::shutdown);
        executor.shutdownNow();
    }

    @Test
    void demoBoardShowsRealTilesFromTheSimulator(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.hasDataProperty().get() && !model.tiles().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> tiles = robot.lookup(".tile").queryAll();
        assertFalse(tiles.isEmpty());
        Label name = robot.from(tiles.iterator().next()).lookup(".tile-name").queryAs(Label.class);
        assertFalse(name.getText().isBlank());
        assertTrue(robot.lookup("#demo-badge").query().isVisible());
        // the demo runs a shifted, busy day when started outside opening hours, and says so
        String source = robot.lookup("#status-source").queryAs(Label.class).getText();
        assertTrue(source.equals("DEMO") || source.matches("DEMO · simulated time \\d\\d:\\d\\d"), source);
        assertFalse(robot.lookup("#loading").query().isVisible());
        String connection = robot.lookup("#status-connection").queryAs(Label.class).getText();
        assertTrue(connection.startsWith("Connected"), connection);
    }
}
