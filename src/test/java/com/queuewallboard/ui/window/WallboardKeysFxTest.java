package com.queuewallboard.ui.window;

import com.queuewallboard.ui.board.Tiles;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.config.Settings;
import com.queuewallboard.config.SettingsStore;
import com.queuewallboard.ui.Fixtures;
import com.queuewallboard.ui.ScriptedSource;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole application as a person drives it: real key presses on the board (F5, P, F11, Esc,
 * PgDn/PgUp, Ctrl+comma) and a click on Save in the settings dialog, checked on the board's
 * nodes and in the settings file written to a temporary settings folder.
 */
class WallboardKeysFxTest {
    private static final int QUEUES = 60;   // more than one page at 1280x720
    @TempDir
    Path home;
    private final ScriptedSource source = new ScriptedSource(true);
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private WallboardApp app;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("queuewallboard.home", home.toString());
        // remembered window: 1280x720 and not full screen, so the settings dialog opens as a window
        Files.writeString(home.resolve("ui-state.json"), "{\"width\":1280,\"height\":720,\"fullScreen\":false}");
        source.always(many(QUEUES));
        WallboardApp.prepare(Settings.defaults().withDemo(true).withRefreshInterval(Duration.ofSeconds(60)), s -> source);
        stage = FxToolkit.registerPrimaryStage();
        app = (WallboardApp) FxToolkit.setupApplication(WallboardApp::new);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(Tiles.of("q0")).tryQuery().isPresent());
        robot.clickOn("#board");   // focus the board window for the key presses
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("queuewallboard.home");
    }

    @Test
    void f5RefreshesNow() throws Exception {
        int before = source.refreshes.get();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> source.refreshes.get() > before);
    }

    @Test
    void pPausesAndResumes() throws Exception {
        Label paused = robot.lookup("#paused-badge").queryAs(Label.class);
        assertFalse(paused.isVisible());
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(paused.isVisible(), "P pauses");
        int before = source.refreshes.get();
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !paused.isVisible() && source.refreshes.get() > before);
    }

    @Test
    void pageKeysTurnThePages() {
        Button page = robot.lookup("#page-indicator").queryAs(Button.class);
        assertTrue(page.isVisible(), QUEUES + " queues need more than one page");
        String first = page.getText();
        assertTrue(first.contains("1 of"), first);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.getText().contains("2 of"), page.getText());
        assertFalse(robot.lookup(Tiles.of("q0")).tryQuery().map(Node::isVisible).orElse(false), "the first page's tiles are gone");
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, page.getText());
        assertTrue(robot.lookup(Tiles.of("q0")).tryQuery().isPresent());
    }

    @Test
    void f11EntersFullScreenAndEscLeavesIt() {
        assertFalse(stage.isFullScreen());
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen(), "F11");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen(), "Esc");
    }

    @Test
    void ctrlCommaOpensSettingsAndEscClosesThem() {
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, settingsWindows().size(), "Ctrl+comma opens the settings");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, settingsWindows().size(), "Esc closes them");
        assertFalse(Files.exists(home.resolve("settings.json")), "nothing saved");
    }

    @Test
    void saveWritesTheSettingsFileAndTheBoardUsesThem() throws Exception {
        Node tile = robot.lookup(Tiles.of("q6")).query();   // 1 waiting, 4 available
        assertFalse(warned(tile), "no warning before the new level");
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField seconds = robot.lookup("#refresh-seconds").queryAs(TextField.class);
        replaceText(seconds, "45");
        TextField warn = robot.lookup("#waiting-warning").queryAs(TextField.class);
        replaceText(warn, "1");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, settingsWindows().size(), "Save closes the dialog");

        Settings saved = new SettingsStore(home).load();
        assertEquals(Duration.ofSeconds(45), saved.refreshInterval(), "written to " + home);
        assertEquals(1, saved.thresholds().defaults().waitingWarning());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> warned(robot.lookup(Tiles.of("q6")).query()));
    }

    @Test
    void aTypedServiceLevelTargetIsSavedToTheFileAndShownOnTheTilesAtOnce() throws Exception {
        Label sl = robot.lookup(Tiles.of("q0")).lookup(".tile-service-level").queryAs(Label.class);
        assertTrue(sl.getText().endsWith("\u00b7 80/20"), sl.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField target = robot.lookup("#sl-target").queryAs(TextField.class);
        replaceText(target, "90/");
        assertTrue(robot.lookup("#save").query().isDisabled(), "a half-typed target cannot be saved");
        assertTrue(robot.lookup("#sl-target-error").queryAs(Label.class).isVisible());
        robot.write("30");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#sl-target-error").queryAs(Label.class).isVisible());
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, settingsWindows().size(), "Save closes the dialog");

        String file = Files.readString(home.resolve("settings.json"));
        assertTrue(file.matches("(?s).*\"serviceLevelTarget\"\\s*:\\s*\"90/30\".*"), file);
        assertEquals("90/30", new SettingsStore(home).load().thresholds().defaults().serviceLevelTarget().toString());
        Label shown = robot.lookup(Tiles.of("q0")).lookup(".tile-service-level").queryAs(Label.class);
        assertTrue(shown.getText().startsWith("SL ") && shown.getText().endsWith("\u00b7 90/30"), shown.getText());
    }

    /** Scroll the form to the field, click it, select all with the keyboard, type: as a person edits it. */
    private void replaceText(TextField field, String text) {
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) field.getScene().lookup(".scroll-pane");
            Bounds at = scroll.getContent().sceneToLocal(field.localToScene(field.getBoundsInLocal()));
            double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (range > 0) scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 20) / range)));
        });
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
        assertEquals(text, field.getText());
    }

    private static boolean warned(Node tile) {
        return tile.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("warning"));
    }

    private List<Window> settingsWindows() {
        List<Window> found = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w != stage && w.isShowing() && w.getScene() != null && w.getScene().lookup("#settings") != null) found.add(w);
        }
        return found;
    }

    private static BoardSnapshot many(int count) {
        List<QueueFigures> queues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            queues.add(Fixtures.queue("q" + i, "Queue " + i, i % 5, i % 3 == 1 ? 0 : 4, 1, 10, 0));
        }
        Instant now = Instant.now();
        return new BoardSnapshot(now, now, queues, List.of());
    }
}
