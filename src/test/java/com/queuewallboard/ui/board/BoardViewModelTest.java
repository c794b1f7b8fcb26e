package com.queuewallboard.ui.board;

import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.ScriptedSource;

import com.queuewallboard.ui.Fixtures;

import com.queuewallboard.ui.common.Formats;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.config.Settings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.queuewallboard.ui.Fixtures.T0;
import static com.queuewallboard.ui.Fixtures.queue;
import static com.queuewallboard.ui.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardViewModelTest {
    private final ScriptedSource source = new ScriptedSource(true);

    private BoardViewModel model(Settings settings) {
        return new BoardViewModel(settings, s -> source, Fixtures.DIRECT, Clock.fixed(T0.plusSeconds(1), ZoneOffset.UTC));
    }

    @Test
    void appliesInPlaceAndKeepsTileModelsWhileTheQueuesStayTheSame() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 1, 2), queue("b", 3, 1)));
        TileViewModel a = model.tiles().get(0);
        TileViewModel b = model.tiles().get(1);
        model.apply(snapshot(T0, queue("a", 5, 2), queue("b", 0, 1)));
        assertSame(a, model.tiles().get(0));
        assertSame(b, model.tiles().get(1));
        assertEquals("5", a.waitingTextProperty().get());
        assertEquals(AlertLevel.ALERT, a.getLevel());
        assertEquals(AlertLevel.NORMAL, b.getLevel());
    }

    @Test
    void aChangedQueueListReusesTheTilesThatRemain() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 1, 2), queue("b", 3, 1)));
        TileViewModel b = model.tile("b");
        model.apply(snapshot(T0, queue("b", 1, 2), queue("c", 3, 1)));
        assertEquals(List.of("b", "c"), model.tiles().stream().map(TileViewModel::queueId).toList());
        assertSame(b, model.tiles().get(0));
    }

    @Test
    void summaryTotalsAcrossQueues() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", "A", 2, 1, 3, 40, 5), queue("b", "B", 4, 6, 1, 125, 2)));
        SummaryViewModel s = model.summary();
        assertEquals("6", s.waitingProperty().get());
        assertEquals("7", s.availableProperty().get());
        assertEquals("4", s.inProgressProperty().get());
        assertEquals("7", s.abandonedProperty().get());
        assertEquals("2:05", s.longestWaitProperty().get());
        assertEquals("2 queues \u00b7 1 in alert", s.queuesTextProperty().get());
    }

    @Test
    void failuresMarkTilesStaleAndTheStatusSaysWhyWithTheCorrelationId() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 1, 2)));
        assertEquals(ConnectionState.CONNECTED, model.getConnection());
        model.refreshFailed(Fixtures.serviceProblem(), 1, Duration.ofSeconds(10));
        assertEquals(ConnectionState.RETRYING, model.getConnection());
        assertTrue(model.tile("a").isStale());
        assertEquals("1", model.tile("a").waitingTextProperty().get());
        assertTrue(model.statusMessageProperty().get().contains("corr-1234"));
        assertTrue(model.connectionTextProperty().get().startsWith("Retrying"));
        model.refreshFailed(Fixtures.serviceProblem(), BoardViewModel.FAILING_AFTER, Duration.ofSeconds(60));
        assertEquals(ConnectionState.FAILING, model.getConnection());
        model.refreshFailed(Fixtures.authProblem(), 1, Duration.ofSeconds(10));
        assertEquals(ConnectionState.FAILING, model.getConnection(), "a refused secret will not fix itself");
        model.apply(snapshot(T0.plusSeconds(1), queue("a", 1, 2)));
        assertFalse(model.tile("a").isStale());
        assertEquals(ConnectionState.CONNECTED, model.getConnection());
        assertEquals("", model.statusMessageProperty().get());
    }

    @Test
    void partialProblemsAreShownWhileTheOtherQueuesUpdate() {
        BoardViewModel model = model(Fixtures.noThresholds());
        Problem p = new Problem(ProblemKind.PERMISSION, "Missing analytics:queueObservation:view.", 403,
                "missing.permissions", "corr-9");
        model.apply(new BoardSnapshot(T0, T0, List.of(queue("a", 1, 2), queue("b", 0, 1)), List.of(p), Set.of("b")));
        assertEquals(ConnectionState.PARTIAL, model.getConnection());
        assertTrue(model.statusMessageProperty().get().contains("corr-9"));
        assertTrue(model.tile("b").isStale());
        assertFalse(model.tile("a").isStale());
    }

    @Test
    void failureBeforeAnyDataIsExplainedOnTheLoadingScreen() {
        BoardViewModel model = model(Fixtures.live());
        assertFalse(model.hasDataProperty().get());
        assertTrue(model.loadingTextProperty().get().startsWith("Connecting to Genesys Cloud (eu_west_1)"));
        model.refreshFailed(Fixtures.authProblem(), 1, Duration.ofSeconds(10));
        assertTrue(model.loadingTextProperty().get().contains("refused"));
        assertEquals("Region eu_west_1", model.sourceTextProperty().get());
        assertFalse(model.demoProperty().get());
    }

    @Test
    void newThresholdsApplyAtOnceWithoutANewSnapshot() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 3, 10)));
        assertEquals(AlertLevel.NORMAL, model.tile("a").getLevel());
        TileViewModel before = model.tile("a");
        model.applySettings(model.settings().withThresholds(new ThresholdSettings(Thresholds.NONE,
                Map.of("a", new Thresholds(2, null, null, null)))));
        assertSame(before, model.tile("a"));
        assertEquals(AlertLevel.WARNING, model.tile("a").getLevel());
        Settings s = model.settings();
        assertFalse(BoardViewModel.needsNewSource(s, s.withThresholds(ThresholdSettings.DEFAULT)), "thresholds alone do not reconnect");
        assertTrue(BoardViewModel.needsNewSource(s, s.withQueues(List.of("other"))));
    }

    /** Every field but the live-applied ones (thresholds, refresh period) reconnects. */
    @Test
    void everyConnectionOrQueryFieldNeedsANewSource() {
        Settings s = Fixtures.live();
        assertFalse(BoardViewModel.needsNewSource(s, s.withRefreshInterval(java.time.Duration.ofSeconds(30))
                .withThresholds(new ThresholdSettings(new Thresholds(1, 2, null, null), Map.of()))));
        List<Settings> changed = List.of(
                s.withConnection("us_east_1", s.clientId(), s.clientSecret()),
                s.withConnection(s.region(), "client-2", s.clientSecret()),
                s.withConnection(s.region(), s.clientId(), com.queuewallboard.config.Secret.of("other")),
                s.withUrls("https://api.example.test", "https://login.example.test"),
                s.withQueues(List.of("Sales")),
                s.withMediaTypes(List.of("chat")),
                s.withToday(s.todayInterval().plusMinutes(5), s.timeZone()),
                s.withToday(s.todayInterval(), java.time.ZoneId.of("Asia/Tokyo")),
                s.withDemo(!s.demo()));
        for (Settings next : changed) assertTrue(BoardViewModel.needsNewSource(s, next), next.toString());
    }

    @Test
    void demoStatusShowsTheSimulatedTime() {
        BoardViewModel model = model(Fixtures.noThresholds().withDemo(true));
        model.apply(snapshot(T0, queue("a", 1, 2)).withSimulatedTime(java.time.LocalTime.of(10, 14, 33)));
        assertEquals("DEMO \u00b7 simulated time 10:14", model.sourceTextProperty().get());
        model.apply(snapshot(T0, queue("a", 1, 2)));
        assertEquals("DEMO", model.sourceTextProperty().get(), "no simulated clock: plain DEMO");
    }

    @Test
    void demoIsShownFromTheStart() {
        BoardViewModel model = model(Settings.defaults());
        assertTrue(model.demoProperty().get());
        assertEquals("DEMO", model.sourceTextProperty().get());
    }

    @Test
    void lastUpdateShowsTimeAndAge() {
        BoardViewModel model = model(Fixtures.noThresholds().withDemo(true));
        model.apply(snapshot(T0, queue("a", 1, 2)));
        model.tick(T0.plusSeconds(75));
        String text = model.lastUpdateTextProperty().get();
        assertTrue(text.startsWith("Updated ") && text.endsWith("1m ago"), text);
    }

    @Test
    void unexpectedErrorsBecomeAPlainProblem() {
        Problem p = BackgroundTasks.problemOf(new IllegalStateException("boom"));
        assertEquals(ProblemKind.SERVICE, p.kind());
        assertTrue(p.message().contains("log file"));
    }

    @Test
    void aNewConnectionClearsTheOldFiguresInsteadOfShowingThemAsTheNewOrgs() {
        Settings demo = Fixtures.noThresholds().withDemo(true);
        BoardViewModel model = model(demo);
        model.apply(snapshot(T0, queue("a", 1, 2), queue("b", 3, 1)));
        assertEquals(2, model.tiles().size());
        model.applySettings(demo.withDemo(false).withConnection("eu_west_1", "client", com.queuewallboard.config.Secret.of("s")));
        assertTrue(model.tiles().isEmpty(), "demo tiles are gone");
        assertFalse(model.hasDataProperty().get());
        assertEquals(Formats.UNKNOWN, model.summary().waitingProperty().get());
    }

    @Test
    void onlyTheThresholdsChangingKeepsTheTiles() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 1, 2)));
        TileViewModel a = model.tile("a");
        model.applySettings(model.settings().withThresholds(new ThresholdSettings(new Thresholds(1, null, null, null), Map.of())));
        assertSame(a, model.tile("a"));
        assertEquals(AlertLevel.WARNING, a.getLevel());
    }

    @Test
    void theSummaryGoesStaleWithTheTiles() {
        BoardViewModel model = model(Fixtures.noThresholds());
        model.apply(snapshot(T0, queue("a", 1, 2)));
        assertFalse(model.summary().staleProperty().get());
        model.refreshFailed(Problem.of(ProblemKind.NETWORK, "down"), 1, Duration.ofSeconds(10));
        assertTrue(model.summary().staleProperty().get());
        assertTrue(model.summary().queuesTextProperty().get().startsWith("STALE"));
        model.apply(snapshot(T0.plusSeconds(1), queue("a", 1, 2)));
        assertFalse(model.summary().staleProperty().get());
    }
}
