package com.queuewallboard.ui.board;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.config.Settings;
import com.queuewallboard.config.WallPreferences;
import com.queuewallboard.testing.MutableClock;
import com.queuewallboard.ui.Fixtures;
import com.queuewallboard.ui.ScriptedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.queuewallboard.ui.Fixtures.T0;
import static com.queuewallboard.ui.Fixtures.queue;
import static com.queuewallboard.ui.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor parts of the board's view model, without a stage: targets, trends, order, alarms, sound. */
class SupervisorViewModelTest {
    private final ScriptedSource source = new ScriptedSource(true);
    private final MutableClock clock = new MutableClock(T0);
    /** What the fake sink was asked to play: the wav's length tells the alert beeps from the chime. */
    private final List<Integer> played = new ArrayList<>();

    private BoardViewModel model(Settings settings) {
        BoardViewModel model = new BoardViewModel(settings, s -> source, Fixtures.DIRECT, clock);
        model.alarms().setAudioSink((wav, volume) -> played.add(wav.length));
        model.alarms().setExecutors(Runnable::run, Runnable::run);
        return model;
    }

    private static Settings noLevels(WallPreferences wall) {
        return Fixtures.noThresholds().withWall(wall);
    }

    private static List<String> order(BoardViewModel model) {
        return model.tiles().stream().map(TileViewModel::queueId).toList();
    }

    @Test
    void theTileShowsTodaysServiceLevelAgainstTheTargetInForceColouredByItsLevel() {
        BoardViewModel model = model(Fixtures.noThresholds());
        // today 82 %: on the default 80/20, 3 points under an 85/20 from Genesys, 8 under 90/20
        model.apply(snapshot(T0, queue("a", 0, 2), queue("b", 0, 2).withServiceLevelTarget(new ServiceLevelTarget(85, 20)),
                queue("c", 0, 2).withServiceLevelTarget(new ServiceLevelTarget(90, 30))));
        assertEquals("SL 82 % \u00b7 80/20", model.tile("a").targetTextProperty().get());
        assertEquals(AlertLevel.NORMAL, model.tile("a").targetLevelProperty().get());
        assertEquals("SL 82 % \u00b7 85/20", model.tile("b").targetTextProperty().get());
        assertEquals(AlertLevel.WARNING, model.tile("b").targetLevelProperty().get());
        assertEquals(AlertLevel.ALERT, model.tile("c").targetLevelProperty().get());
        assertEquals("", model.tile("a").recentTextProperty().get(), "no recent window known: nothing shown");
    }

    @Test
    void aServiceLevelOfAHandfulOfCallsIsShownButNotJudged() {
        BoardViewModel model = model(Fixtures.noThresholds());
        QueueFigures q = queue("a", 0, 3).withRecent(new RecentTotals(Duration.ofMinutes(30), 3, 0, 3, 0.0, null));
        model.apply(snapshot(T0, q));
        TileViewModel tile = model.tile("a");
        assertEquals("30m 0 %", tile.recentTextProperty().get());
        assertNull(tile.recentLevelProperty().get(), "3 calls: neither green nor red");
    }

    @Test
    void aSettingsTargetWinsOverGenesysAndTheRecentWindowIsShownAndJudged() {
        Thresholds levels = new Thresholds(null, null, null, null, new ServiceLevelTarget(70, 10), 5);
        BoardViewModel model = model(Settings.defaults().withThresholds(new ThresholdSettings(levels, Map.of())));
        QueueFigures q = queue("a", 0, 3).withServiceLevelTarget(new ServiceLevelTarget(95, 20))
                .withRecent(new RecentTotals(Duration.ofMinutes(30), 40, 38, 2, 0.62, 200.0));
        model.apply(snapshot(T0, q));
        TileViewModel tile = model.tile("a");
        assertEquals("SL 82 % \u00b7 70/10", tile.targetTextProperty().get());
        assertEquals("30m 62 %", tile.recentTextProperty().get());
        assertEquals(AlertLevel.ALERT, tile.recentLevelProperty().get(), "8 points under 70 with a margin of 5");
    }

    @Test
    void aShortStaffedQueueShowsNeedPlusTheGapAndTheForecastInWords() {
        BoardViewModel model = model(Fixtures.noThresholds());
        // 60 calls in 30 min at 300 s AHT = 10 Erlangs; 1 free + 2 busy = 3 agents on queue
        QueueFigures shortOf = queue("a", 4, 1).withRecent(new RecentTotals(Duration.ofMinutes(30), 60, 55, 5, 0.4, 300.0));
        QueueFigures fewCalls = queue("b", 0, 1).withRecent(new RecentTotals(Duration.ofMinutes(30), 2, 2, 0, 1.0, 300.0));
        model.apply(snapshot(T0, shortOf, fewCalls));
        TileViewModel a = model.tile("a");
        int gap = a.outlook().forecast().staffingGap();
        assertTrue(gap >= 8, "10 Erlangs need well over 10 agents, 3 are on queue: gap " + gap);
        assertEquals("need +" + gap, a.needTextProperty().get());
        assertTrue(a.forecastTextProperty().get().contains("With 3 on queue now: SL "), a.forecastTextProperty().get());
        assertTrue(a.forecastTextProperty().get().contains("ASA never"), "3 agents cannot keep up with 10 Erlangs");
        TileViewModel b = model.tile("b");
        assertEquals("", b.needTextProperty().get());
        assertTrue(b.forecastTextProperty().get().startsWith("Staffing forecast: "), b.forecastTextProperty().get());
    }

    @Test
    void everyFreshRefreshAddsOneTrendPointAndACarriedOverFigureAddsNone() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 1, 2), queue("b", 3, 1)));
        model.apply(snapshot(T0.plusSeconds(10), queue("a", 2, 2), queue("b", 4, 1)));
        model.apply(new BoardSnapshot(T0.plusSeconds(20), T0, List.of(queue("a", 5, 2), queue("b", 4, 1)), List.of(), Set.of("b")));
        assertEquals(3, model.tile("a").trend().size());
        assertEquals(5, model.tile("a").trend().latestWaiting());
        assertEquals(2, model.tile("b").trend().size(), "b was carried over: no new point");
        assertEquals(3, model.summary().trend().size(), "the strip's total waiting, one point per refresh");
        model.apply(snapshot(T0.plusSeconds(30), queue("a", 1, 2)));
        assertEquals(1, model.trends().queues(), "b left the board and its trend with it");
    }

    @Test
    void worstFirstReordersOnlyWhenALevelChanges() {
        BoardViewModel model = model(noLevels(WallPreferences.DEFAULTS.withWorstFirst(true)));
        model.apply(snapshot(T0, queue("a", 0, 2), queue("b", 1, 2), queue("c", 5, 1)));
        assertEquals(List.of("c", "b", "a"), order(model), "the alert first, then most waiting");
        model.apply(snapshot(T0.plusSeconds(10), queue("a", 2, 3), queue("b", 0, 2), queue("c", 6, 1)));
        assertEquals(List.of("c", "b", "a"), order(model), "waiting counts wiggled, no level changed: no jump");
        model.apply(snapshot(T0.plusSeconds(20), queue("a", 4, 3), queue("b", 0, 2), queue("c", 6, 1)));
        assertEquals(List.of("c", "a", "b"), order(model), "a turned ALERT: re-sorted");
        model.applySettings(model.settings().withWall(WallPreferences.DEFAULTS));
        assertEquals(List.of("a", "b", "c"), order(model), "switched off: the configured order at once");
    }

    @Test
    void anAlarmSoundsWhenRaisedAgainEveryMinuteAndStopsWhenAcknowledged() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 5, 1), queue("b", 0, 2)));
        assertEquals(1, played.size(), "raised: one sound");
        assertTrue(model.alarms().bannerShownProperty().get());
        assertTrue(model.alarms().bannerTextProperty().get().startsWith("Queue a: waiting > available (ALERT, 0s)"),
                model.alarms().bannerTextProperty().get());
        clock.advance(Duration.ofSeconds(30));
        model.tick(clock.instant());
        assertEquals(1, played.size(), "not again within the minute");
        assertTrue(model.alarms().bannerTextProperty().get().contains("30s"), "the banner shows the alarm's age");
        clock.advance(Duration.ofSeconds(30));
        model.tick(clock.instant());
        assertEquals(2, played.size(), "unacknowledged: again after 60 s");
        model.alarms().acknowledgeAll();
        assertFalse(model.alarms().bannerShownProperty().get());
        clock.advance(Duration.ofMinutes(5));
        model.tick(clock.instant());
        assertEquals(2, played.size(), "acknowledged: silent");
        assertEquals(AlertLevel.ALERT, model.tile("a").getLevel(), "the tile keeps its colour");
    }

    @Test
    void mutedPlaysNothingButStillShowsTheBannerAndWarningAlarmsOnlyWhenChosen() {
        BoardViewModel model = model(noLevels(WallPreferences.DEFAULTS.withSound(0.5, true)));
        model.apply(snapshot(T0, queue("a", 5, 1)));
        assertEquals(0, played.size());
        assertTrue(model.alarms().bannerShownProperty().get());

        Settings warnings = Settings.defaults().withWall(WallPreferences.DEFAULTS.withAlarmAt(AlertLevel.WARNING));
        BoardViewModel amber = model(warnings);
        amber.apply(snapshot(T0, queue("w", 3, 5)));   // 3 waiting = the default warning level
        assertEquals(AlertLevel.WARNING, amber.tile("w").getLevel());
        assertTrue(amber.alarms().bannerShownProperty().get(), "alarms at WARNING: amber raises one");
        BoardViewModel red = model(Settings.defaults());
        red.apply(snapshot(T0, queue("w", 3, 5)));
        assertFalse(red.alarms().bannerShownProperty().get(), "alarms at ALERT (the default): amber does not");
    }

    @Test
    void aSnoozedQueueRaisesNothingAndItsTileSaysHowLong() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 0, 2)));
        model.alarms().snooze("a", Duration.ofMinutes(15));
        assertEquals("SNOOZED 15m", model.tile("a").alarmNoteProperty().get());
        model.apply(snapshot(T0.plusSeconds(10), queue("a", 5, 1)));
        assertEquals(0, played.size());
        assertFalse(model.alarms().bannerShownProperty().get());
        clock.advance(Duration.ofMinutes(16));
        model.tick(clock.instant());
        assertEquals("", model.tile("a").alarmNoteProperty().get(), "the snooze ended");
        model.apply(snapshot(clock.instant(), queue("a", 5, 1)));
        assertEquals(1, played.size(), "after the snooze the alarm is raised and sounds");
    }

    @Test
    void theTickerFileIsReadWhenItChangesAndAMissingFileShowsNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ticker.txt");
        TickerFile ticker = new TickerFile(file.toString());
        assertEquals("", ticker.poll(), "missing: nothing");
        Files.writeString(file, "Team meeting at 15:00\n\n  Room 2  \n");
        assertEquals("Team meeting at 15:00   \u2022   Room 2", ticker.poll());
        Files.writeString(file, "x".repeat(2000));
        assertEquals(TickerFile.MAX_CHARS, ticker.poll().length(), "a huge file is cut to one line's worth");
        Files.delete(file);
        assertEquals("", ticker.poll());
    }

    @Test
    void theTilesReasonLineSkipsTheServiceLevelItAlreadyShows() {
        assertEquals("waiting \u2265 6", TileView.firstReasonBesidesServiceLevel("SL 72 % < 80/20, waiting \u2265 6"));
        assertEquals("", TileView.firstReasonBesidesServiceLevel("SL 72 % < 80/20"));
        assertEquals("waiting > available", TileView.firstReasonBesidesServiceLevel("waiting > available"));
    }

    @Test
    void theSettingsDialogKeepsServiceLevelTargetsItHasNoFieldsForAndSavesTheWallFields() {
        Thresholds withTarget = new Thresholds(3, 6, 60, 180, new ServiceLevelTarget(90, 15), 3);
        Settings base = Settings.defaults().withThresholds(new ThresholdSettings(withTarget,
                Map.of("q1", new Thresholds(null, 9, null, null, new ServiceLevelTarget(70, 60), null))));
        var dialog = new com.queuewallboard.ui.settings.SettingsViewModel(base, s -> source, Fixtures.DIRECT);
        dialog.setOverride("q1", "", "8", "", "");
        dialog.worstFirstProperty().set(true);
        dialog.alarmAtWarningProperty().set(true);
        dialog.volumeProperty().set(0.25);
        dialog.tickerTextProperty().set("Huddle at 3");
        Settings saved = dialog.toSettings();
        assertEquals(new ServiceLevelTarget(90, 15), saved.thresholds().defaults().serviceLevelTarget());
        assertEquals(3, saved.thresholds().defaults().serviceLevelMarginPoints());
        assertEquals(new ServiceLevelTarget(70, 60), saved.thresholds().perQueue().get("q1").serviceLevelTarget());
        assertEquals(new WallPreferences(true, AlertLevel.WARNING, 0.25, false, "Huddle at 3", ""), saved.wall());
    }
}
