package com.queuewallboard.ui.settings;

import com.queuewallboard.ui.ScriptedSource;

import com.queuewallboard.ui.Fixtures;

import com.queuewallboard.ui.common.Stylesheets;

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
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
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
    private static final String DEMO_ID = "f5071a51-e462-47e0-ba5a-ebff6e3da4f7";
    private static final List<QueueInfo> ORG = List.of(
            new QueueInfo("11111111-2222-4333-8444-555555555555", "Sales"),
            new QueueInfo("22222222-2222-4333-8444-555555555555", "Support"));
    /** Genesys as the test sees it: only the secret "right-secret" is accepted. */
    private final List<Settings> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private SettingsViewModel model;

    @Start
    void start(Stage stage) {
        Settings live = Fixtures.live();
        model = new SettingsViewModel(live, s -> {
            opened.add(s);
            if (!s.clientSecret().reveal().equals("right-secret")) throw new SourceException(Fixtures.authProblem());
            return new ScriptedSource(false).withQueues(ORG).then(Fixtures.snapshot(Fixtures.T0));
        }, executor);
        SettingsPane pane = new SettingsPane(model, saves::incrementAndGet, () -> { });
        Scene scene = new Scene(pane, 760, 780);
        scene.getStylesheets().add(Stylesheets.DARK);
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
    void noTickedQueueIsValidAndTheSearchKeepsTicks(FxRobot robot) {
        robot.interact(() -> model.picker().setAvailableQueues(List.of(
                new QueueInfo("11111111-2222-4333-8444-555555555555", "Sales"),
                new QueueInfo("22222222-2222-4333-8444-555555555555", "Support"))));
        ListView<QueueInfo> list = robot.lookup("#queue-list").queryAs(ListView.class);
        assertEquals(List.of(true, false), ticks(robot), "the configured queue is ticked");
        robot.clickOn(checkBox(robot, 0));
        assertEquals(List.of(false, false), ticks(robot));
        assertFalse(robot.lookup("#queues-error").queryAs(Label.class).isVisible());
        assertTrue(text(robot, "#queues-hint").contains("None ticked: all queues are shown."));
        assertFalse(robot.lookup("#save").queryAs(Button.class).isDisabled(), "an empty selection can be saved");
        assertEquals(List.of(), model.toSettings().queues());

        robot.clickOn(checkBox(robot, 1));
        assertEquals(List.of("22222222-2222-4333-8444-555555555555"), model.picker().chosen());
        TextField search = robot.lookup("#queue-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("sal"));
        assertEquals(1, list.getItems().size());
        robot.interact(() -> search.setText(""));
        assertEquals(List.of("22222222-2222-4333-8444-555555555555"), model.picker().chosen(), "filtering unticks nothing");
        assertEquals(List.of(false, true), ticks(robot), "the box shows the chosen entry after the search");
        robot.interact(() -> model.picker().chosen().setAll("11111111-2222-4333-8444-555555555555"));
        assertEquals(List.of(true, false), ticks(robot), "the boxes follow the chosen entries");
        assertFalse(robot.lookup("#save").queryAs(Button.class).isDisabled());
    }

    /** The QA dead end: demo queues listed, nothing ticked, a wrong secret first, then the right one. */
    @Test
    @SuppressWarnings("unchecked")
    void testConnectionNeedsOnlyTheConnectionAndLoadsTheOrgsQueues(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.picker().chosen().clear();
            model.picker().setAvailableQueues(List.of(new QueueInfo(DEMO_ID, "After Hours")), true);
            model.picker().chosen().setAll(DEMO_ID);
            model.mediaTypesProperty().set("vioce");   // another field invalid: the test must not care
        });
        Button test = robot.lookup("#test-connection").queryAs(Button.class);
        assertTrue(robot.lookup("#save").queryAs(Button.class).isDisabled());

        PasswordField secret = robot.lookup("#client-secret").queryAs(PasswordField.class);
        robot.interact(() -> secret.setText("wrong-secret"));
        robot.interact(test::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !model.busyProperty().get() && text(robot, "#test-result").contains("refused"));
        assertEquals(List.of(DEMO_ID), model.picker().chosen(), "a failed test changes no queue");

        robot.interact(() -> secret.setText("right-secret"));
        assertEquals("", text(robot, "#test-result"), "the old result goes with the old secret");
        robot.interact(test::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#test-result").startsWith("Connected"));
        String result = text(robot, "#test-result");
        assertTrue(result.contains("2 queues"), result);
        assertTrue(result.contains("1 ticked queue is not in this org"), result);
        assertTrue(model.testOkProperty().get());
        assertFalse(result.contains("right-secret"), "never the secret");

        ListView<QueueInfo> list = robot.lookup("#queue-list").queryAs(ListView.class);
        assertEquals(ORG, List.copyOf(list.getItems()), "the org's queues replace the demo queues");
        assertEquals(List.of(), model.picker().chosen(), "the demo id is dropped");
        assertFalse(robot.lookup("#queues-note").queryAs(Label.class).isVisible());
        assertTrue(opened.stream().allMatch(s -> s.queues().isEmpty()), "nothing ticked: no queue asked for");

        robot.interact(() -> model.mediaTypesProperty().set("voice"));
        assertFalse(robot.lookup("#save").queryAs(Button.class).isDisabled());
        assertEquals(List.of(), model.toSettings().queues());
        assertEquals("right-secret", model.toSettings().clientSecret().reveal());
    }

    @Test
    void testConnectionAsksForMissingConnectionFieldsOnly(FxRobot robot) {
        ComboBox<?> region = robot.lookup("#region").queryAs(ComboBox.class);
        robot.interact(() -> {
            model.picker().chosen().clear();
            region.getEditor().setText("");
        });
        robot.interact(() -> robot.lookup("#test-connection").queryAs(Button.class).fire());
        assertEquals("Fill in the connection fields marked in red first.", text(robot, "#test-result"));
        assertTrue(text(robot, "#region-error").startsWith("Choose the region"));
        assertTrue(opened.isEmpty(), "no connection without a region");
    }

    @Test
    void testConnectionExplainsAWrongSecret(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#test-connection").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#test-result").contains("refused"));
        WaitForAsyncUtils.waitForFxEvents();
        String result = text(robot, "#test-result");
        assertTrue(result.startsWith("The client id or secret was refused.\n"), result);
        assertTrue(result.contains("corr-1234"), result);
        assertFalse(result.contains("s3cr3t"), "never the secret");
        Label label = robot.lookup("#test-result").queryAs(Label.class);
        Button test = robot.lookup("#test-connection").queryAs(Button.class);
        assertTrue(label.getPseudoClassStates().contains(PseudoClass.getPseudoClass("failed")));
        assertTrue(label.isWrapText());
        assertTrue(label.getLayoutY() >= test.getLayoutY() + test.getHeight(), "the result sits under the button");
        assertTrue(test.getWidth() >= test.prefWidth(-1) - 0.5, "the button keeps its size: " + test.getWidth());
    }

    @Test
    void perQueueLevelsFitTheirRow(FxRobot robot) {
        for (String id : List.of("#override-waiting-warning", "#override-waiting-alert",
                "#override-longest-warning", "#override-longest-alert")) {
            TextField field = robot.lookup(id).queryAs(TextField.class);
            assertTrue(field.getWidth() >= 60, id + " is " + field.getWidth() + " wide");
        }
        TextField longest = robot.lookup("#override-longest-warning").queryAs(TextField.class);
        assertEquals("1:00", longest.getPromptText(), "the board-wide level shows as the placeholder");
        Button add = robot.lookup("#override-set").queryAs(Button.class);
        assertTrue(add.getWidth() >= add.prefWidth(-1) - 0.5, "the Add button is not cut: " + add.getWidth());
    }

    /** The check box in the n-th row of the queue list, to click as a person would. */
    private static CheckBox checkBox(FxRobot robot, int row) {
        return robot.lookup("#queue-list .list-cell").queryAll().stream()
                .map(c -> (javafx.scene.control.ListCell<?>) c).filter(c -> c.getIndex() == row && !c.isEmpty())
                .map(c -> (CheckBox) c.getGraphic()).findFirst().orElseThrow();
    }

    private static List<Boolean> ticks(FxRobot robot) {
        return robot.lookup("#queue-list .list-cell").queryAll().stream()
                .map(c -> (javafx.scene.control.ListCell<?>) c).filter(c -> !c.isEmpty())
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex))
                .map(c -> ((CheckBox) c.getGraphic()).isSelected()).toList();
    }
}
