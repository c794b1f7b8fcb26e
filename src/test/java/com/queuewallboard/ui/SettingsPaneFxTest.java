package com.queuewallboard.ui;

import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Settings;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class SettingsPaneFxTest {
    private final ExecutorService executor = Fixtures.daemonPool();
    private final AtomicInteger saves = new AtomicInteger();
    private SettingsViewModel model;

    @Start
    void start(Stage stage) {
        Settings live = Fixtures.live();
        model = new SettingsViewModel(live, s -> {
            throw new SourceException(Fixtures.authProblem());
        }, executor);
        SettingsPane pane = new SettingsPane(model, saves::incrementAndGet, () -> { });
        Scene scene = new Scene(pane, 760, 780);
        scene.getStylesheets().add(WallboardApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void savedSecretIsNeverShownAndSaveIsEnabledWhenValid(FxRobot robot) {
        PasswordField secret = robot.lookup("#client-secret").queryAs(PasswordField.class);
        assertEquals("", secret.getText());
        assertEquals("saved; leave empty to keep", secret.getPromptText());
        assertFalse(robot.lookup("#save").queryAs(Button.class).isDisabled());
    }

    @Test
    void badRefreshIntervalShowsItsErrorAndDisablesSave(FxRobot robot) {
        TextField seconds = robot.lookup("#refresh-seconds").queryAs(TextField.class);
        robot.interact(() -> seconds.setText("1"));
        assertTrue(text(robot, "#refresh-error").contains("every 2 seconds"));
        assertTrue(robot.lookup("#save").queryAs(Button.class).isDisabled());
        assertTrue(seconds.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        robot.interact(() -> seconds.setText("30"));
        assertEquals("", text(robot, "#refresh-error"));
        assertFalse(robot.lookup("#save").queryAs(Button.class).isDisabled());
    }

    @Test
    void unknownRegionIsRejected(FxRobot robot) {
        ComboBox<?> region = robot.lookup("#region").queryAs(ComboBox.class);
        robot.interact(() -> region.getEditor().setText("mars_north_1"));
        assertTrue(text(robot, "#region-error").contains("Unknown region 'mars_north_1'"));
        assertTrue(robot.lookup("#save").queryAs(Button.class).isDisabled());
        robot.interact(() -> region.getEditor().setText("eu-west-1"));
        assertEquals("", text(robot, "#region-error"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void emptyQueueListIsRejectedAndTheSearchKeepsTicks(FxRobot robot) {
        robot.interact(() -> model.setAvailableQueues(List.of(
                new QueueInfo("11111111-2222-4333-8444-555555555555", "Sales"),
                new QueueInfo("22222222-2222-4333-8444-555555555555", "Support"))));
        CheckListView<QueueInfo> list = robot.lookup("#queue-list").queryAs(CheckListView.class);
        assertEquals(1, list.getCheckModel().getCheckedItems().size(), "the configured queue is ticked");
        robot.interact(() -> list.getCheckModel().clearChecks());
        assertEquals("Tick at least one queue to show.", text(robot, "#queues-error"));
        assertTrue(robot.lookup("#save").queryAs(Button.class).isDisabled());

        robot.interact(() -> list.getCheckModel().check(list.getItems().get(1)));
        assertEquals(List.of("22222222-2222-4333-8444-555555555555"), model.chosen());
        TextField search = robot.lookup("#queue-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("sal"));
        assertEquals(1, list.getItems().size());
        robot.interact(() -> search.setText(""));
        assertEquals(List.of("22222222-2222-4333-8444-555555555555"), model.chosen(), "filtering unticks nothing");
        assertTrue(list.getCheckModel().isChecked(list.getItems().get(1)));
        assertFalse(robot.lookup("#save").queryAs(Button.class).isDisabled());
    }

    @Test
    void testConnectionExplainsAWrongSecret(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#test-connection").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#test-result").contains("refused"));
        String result = text(robot, "#test-result");
        assertTrue(result.contains("corr-1234"), result);
        assertFalse(result.contains("s3cr3t"), "never the secret");
    }
}
