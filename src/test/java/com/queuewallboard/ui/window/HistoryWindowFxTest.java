package com.queuewallboard.ui.window;

import com.queuewallboard.ui.board.Tiles;
import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.config.Settings;
import com.queuewallboard.connect.SourceFactory;
import com.queuewallboard.history.ConnectionEvent;
import com.queuewallboard.history.HistoryConfig;
import com.queuewallboard.history.HistoryReader;
import com.queuewallboard.history.HistoryRecorder;
import com.queuewallboard.history.RecordedRefresh;
import com.queuewallboard.history.ReplaySource;
import com.queuewallboard.insight.AlarmEvent;
import com.queuewallboard.ui.Fixtures;
import com.queuewallboard.ui.ScriptedSource;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window and the history file: a demo board records what it shows, a damaged file says
 * "history off" and the board goes on, and a replay opens with its badge and real keys.
 */
class HistoryWindowFxTest {
    /** The levels in force on the recorded day: far looser than the board's own defaults. */
    private static final ThresholdSettings LOOSE = new ThresholdSettings(
            new com.queuewallboard.board.Thresholds(50, 100, 3600, 7200), java.util.Map.of());
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private WallboardApp app;

    @BeforeEach
    void home() throws Exception {
        System.setProperty("queuewallboard.home", home.toString());
        Files.writeString(home.resolve("ui-state.json"), "{\"width\":1280,\"height\":720,\"fullScreen\":false}");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("queuewallboard.home");
    }

    private void open(Settings settings, com.queuewallboard.ui.common.SourceOpener opener, WindowHistory history) throws Exception {
        WallboardApp.prepare(settings, opener, history);
        app = (WallboardApp) FxToolkit.setupApplication(WallboardApp::new);
    }

    @Test
    void aDemoBoardRecordsWhatItShows() throws Exception {
        Path file = home.resolve("history.db");
        open(Settings.defaults().withRefreshInterval(Duration.ofSeconds(60)), SourceFactory::open,
                WindowHistory.record(HistoryConfig.of(file)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().hasDataProperty().get() && !app.model().tiles().isEmpty());
        // a user's acknowledge goes into the record too (whether or not an alarm is open, the call must not fail)
        robot.interact(() -> app.model().alarms().snooze(app.model().tiles().get(0).queueId(), Duration.ofMinutes(5)));
        HistoryRecorder recorder = app.recorder();
        assertNotNull(recorder);
        assertTrue(recorder.flush(Duration.ofSeconds(20)));
        assertTrue(recorder.status().on(), recorder.status().text());
        assertFalse(robot.lookup("#status-history").queryAs(Label.class).isVisible(), "nothing to say while recording");
        try (HistoryReader reader = HistoryReader.open(file)) {
            List<RecordedRefresh> rows = reader.refreshes(Instant.EPOCH, FAR);
            assertFalse(rows.isEmpty(), "the applied demo snapshot is in the file");
            assertTrue(rows.get(0).demo());
            BoardSnapshot recorded = reader.snapshot(rows.get(0));
            assertEquals(app.model().tiles().size(), recorded.queues().size());
            List<ConnectionEvent> events = reader.connectionEvents(Instant.EPOCH, FAR);
            assertEquals("connected", events.get(0).kind());
            List<AlarmEvent> alarms = reader.alarms(Instant.EPOCH, FAR);
            assertTrue(alarms.stream().anyMatch(a -> a.kind() == AlarmEvent.Kind.SNOOZED), alarms.toString());
        }
    }

    @Test
    void sparklinesAreRefilledFromHistoryAfterARestart() throws Exception {
        Path file = home.resolve("history.db");
        Instant now = Instant.now();
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(file))) {
            for (int i = 30; i >= 1; i--) {   // the last half hour, one a minute, as an earlier run recorded it
                Instant at = now.minusSeconds(60L * i);
                r.record(new BoardSnapshot(at, at, List.of(Fixtures.queue("q1", "Sales", i % 4, 2, 1, 10, 0)), List.of()),
                        ThresholdSettings.DEFAULT, "DEMO", true);
            }
            assertTrue(r.flush(Duration.ofSeconds(10)));
        }
        ScriptedSource source = new ScriptedSource(true);
        source.always(new BoardSnapshot(now, now, List.of(Fixtures.queue("q1", "Sales", 5, 2, 1, 10, 0)), List.of()));
        open(Settings.defaults().withDemo(true).withRefreshInterval(Duration.ofSeconds(60)), s -> source,
                WindowHistory.record(HistoryConfig.of(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(Tiles.of("q1")).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(31, app.model().trends().get("q1").size(), "30 recorded points, then the first live one");
        assertEquals(5, app.model().trends().get("q1").latestWaiting());
    }

    @Test
    void aDamagedFileSaysHistoryOffAndTheBoardGoesOn() throws Exception {
        Path file = home.resolve("history.db");
        byte[] junk = new byte[8192];
        new java.util.Random(3).nextBytes(junk);
        Files.write(file, junk);
        ScriptedSource source = new ScriptedSource(true);
        source.always(new BoardSnapshot(Instant.now(), Instant.now(), List.of(Fixtures.queue("q1", 1, 2)), List.of()));
        open(Settings.defaults().withDemo(true).withRefreshInterval(Duration.ofSeconds(60)), s -> source,
                WindowHistory.record(HistoryConfig.of(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Label l = robot.lookup("#status-history").queryAs(Label.class);
            return l.isVisible() && l.getText().startsWith("history off: ");
        });
        assertTrue(robot.lookup(Tiles.of("q1")).tryQuery().isPresent(), "live figures go on");
    }

    @Test
    void aReplayShowsItsBadgeAndStepsWithTheKeys() throws Exception {
        Path file = home.resolve("history.db");
        Instant ten = Instant.parse("2026-12-01T10:00:00Z");
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(file))) {
            for (int i = 0; i < 20; i++) {
                r.record(new BoardSnapshot(ten.plusSeconds(60L * i), ten.plusSeconds(60L * i),
                        List.of(Fixtures.queue("q1", "Sales", i, 20, 1, 10, 0)), List.of()), LOOSE, "DEMO", true);
            }
            assertTrue(r.flush(Duration.ofSeconds(10)));
        }
        ReplaySource replay = ReplaySource.open(file, LocalDate.of(2026, 12, 1), null, ZoneOffset.UTC, 10, Duration.ofSeconds(60));
        // an hour between refreshes: only the keys move the replay in this test
        open(Settings.defaults().withDemo(true).withRefreshInterval(Duration.ofHours(1)), s -> {
            throw new AssertionError("a replay opens no live source");
        }, WindowHistory.replay(replay));
        Label badge = robot.lookup("#replay-badge").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(Tiles.of("q1")).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(badge.isVisible());
        assertEquals("REPLAY 10:00:00 \u00d710", badge.getText());
        assertFalse(robot.lookup("#demo-badge").queryAs(Label.class).isVisible(), "REPLAY, not DEMO");
        assertEquals(0, app.model().tile("q1").figures().waitingCalls());
        assertNull(app.recorder(), "a replay records nothing");

        robot.clickOn("#board");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge.getText().endsWith("paused"));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge.getText().startsWith("REPLAY 10:01"));
        assertEquals(1, app.model().tile("q1").figures().waitingCalls(), "the tile shows the next recorded refresh");
        robot.press(KeyCode.UP).release(KeyCode.UP);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge.getText().contains("\u00d720"));
        robot.press(KeyCode.J).release(KeyCode.J);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge.getText().startsWith("REPLAY 10:11"));
        assertEquals(11, app.model().tile("q1").figures().waitingCalls());
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge.getText().startsWith("REPLAY 10:10"));
        assertEquals(10, app.model().tile("q1").figures().waitingCalls());
        assertEquals(AlertLevel.NORMAL, app.model().tile("q1").getLevel(),
                "10 waiting: ALERT by this board's settings, NORMAL by the levels recorded with the day");
    }
}
