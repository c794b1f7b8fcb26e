package com.queuewallboard.ui.settings;

import com.queuewallboard.ui.ScriptedSource;

import com.queuewallboard.ui.Fixtures;

import com.queuewallboard.ui.board.BoardViewModel;
import com.queuewallboard.ui.window.BoardSettingsHost;

import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class SettingsWindowFxTest {
    private static final String DEMO_ID = "f5071a51-e462-47e0-ba5a-ebff6e3da4f7";
    private final ExecutorService executor = Fixtures.daemonPool();
    private Stage owner;
    private Stage dialog;
    private BoardViewModel board;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null) dialog.close();
            if (board != null) board.shutdown();
        });
        executor.shutdownNow();
    }

    private void open(FxRobot robot, Settings settings, Secret saved, boolean forCredentials) {
        ScriptedSource demo = new ScriptedSource(true).withQueues(List.of(new QueueInfo(DEMO_ID, "After Hours")));
        board = new BoardViewModel(settings, s -> demo, executor, Clock.systemUTC());
        robot.interact(() -> dialog = SettingsWindow.open(owner, new BoardSettingsHost(board), s -> { }, saved, forCredentials));
    }

    @Test
    void enterRealCredentialsUnticksDemo(FxRobot robot) throws Exception {
        open(robot, Settings.defaults().withDemo(true), Secret.empty(), true);
        CheckBox demo = robot.lookup("#demo").queryAs(CheckBox.class);
        assertFalse(demo.isSelected(), "opened to enter credentials: demo data is off");
        assertFalse(robot.lookup("#region").query().isDisabled());
        assertFalse(robot.lookup("#client-secret").query().isDisabled());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#queues-note").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#queues-note").queryAs(Label.class).getText().contains("demo queues"));
    }

    @Test
    void theMenuPathKeepsDemoTicked(FxRobot robot) {
        open(robot, Settings.defaults().withDemo(true), Secret.empty(), false);
        assertTrue(robot.lookup("#demo").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void theDialogHasASensibleSizeCentredOnItsOwner(FxRobot robot) {
        open(robot, Settings.defaults(), Secret.empty(), false);
        assertTrue(dialog.getWidth() >= 640 && dialog.getHeight() >= 560, dialog.getWidth() + "x" + dialog.getHeight());
        assertTrue(dialog.getMinWidth() >= 640 && dialog.getMinHeight() >= 560);
        double ownerCentre = owner.getX() + owner.getWidth() / 2;
        assertEquals(ownerCentre, dialog.getX() + dialog.getWidth() / 2, 2.0);
    }

    @Test
    void placementIsClampedToTheScreenAndCentredOnTheOwner() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D placed = SettingsWindow.placement(screen, screen);
        assertEquals(new Rectangle2D(580, 180, 760, 720), placed);
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 600);
        Rectangle2D clamped = SettingsWindow.placement(new Rectangle2D(900, 0, 400, 300), small);
        assertEquals(600, clamped.getHeight());
        assertTrue(clamped.getMaxX() <= 1024 && clamped.getMinY() >= 0, clamped.toString());
        Rectangle2D secondScreen = new Rectangle2D(1920, 0, 1920, 1080);
        assertEquals(1920 + 580, SettingsWindow.placement(secondScreen, secondScreen).getMinX());
    }

    @Test
    void aSecretFromTheEnvironmentIsNotCalledSaved(FxRobot robot) {
        open(robot, Fixtures.live(), Secret.empty(), false);
        Label hint = robot.lookup("#client-secret-hint").queryAs(Label.class);
        assertTrue(hint.getText().startsWith("A secret is set (from the environment/.env"), hint.getText());
        PasswordField secret = robot.lookup("#client-secret").queryAs(PasswordField.class);
        assertEquals("", secret.getText(), "the secret is never shown");
        assertFalse(secret.getPromptText().contains("saved"));
    }

    @Test
    void aBaseUrlIsShownUnderTheRegion(FxRobot robot) {
        Settings viaSimulator = new Settings(null, "http://127.0.0.1:18555", null, "demo-client", Secret.of("x"),
                List.of(), null, null, null, null, null, false);
        open(robot, viaSimulator, Secret.of("x"), false);
        assertEquals("Connected through http://127.0.0.1:18555", robot.lookup("#region-hint").queryAs(Label.class).getText());
        assertEquals("A secret is saved; leave empty to keep it.", robot.lookup("#client-secret-hint").queryAs(Label.class).getText());
    }

    @Test
    void insideTheFullScreenBoardTheFormIsAnOverlayThatEscapeCloses(FxRobot robot) {
        ScriptedSource demo = new ScriptedSource(true).withQueues(List.of(new QueueInfo(DEMO_ID, "After Hours")));
        board = new BoardViewModel(Settings.defaults(), s -> demo, executor, Clock.systemUTC());
        javafx.scene.layout.StackPane layers = new javafx.scene.layout.StackPane(new Pane());
        boolean[] closed = {false};
        robot.interact(() -> {
            owner.setScene(new Scene(layers, 1200, 800));
            SettingsWindow.openInside(layers, new BoardSettingsHost(board), s -> { }, true, () -> closed[0] = true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, layers.getChildren().size(), "the form lies over the board, in the same window");
        assertFalse(robot.lookup("#settings-overlay .check-box").queryAs(CheckBox.class).isSelected(), "demo is off for credentials");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();   // the form takes the focus
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, layers.getChildren().size(), "Esc closes the form");
        assertTrue(closed[0], "and tells the board to take its keys back");
    }
}
