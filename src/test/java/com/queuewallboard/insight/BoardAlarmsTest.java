package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.queuewallboard.board.AlertLevel.ALERT;
import static com.queuewallboard.board.AlertLevel.WARNING;
import static com.queuewallboard.insight.AlarmEvent.Kind.CLEARED;
import static com.queuewallboard.insight.AlarmEvent.Kind.RAISED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardAlarmsTest {
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final BoardAlarms alarms = new BoardAlarms(clock, AlarmPolicy.DEFAULT);
    /** waiting 3/6, longest wait 60/180 s, SL margin 5 points, target 80/20 (default). */
    private final ThresholdSettings levels = new ThresholdSettings(Thresholds.DEFAULTS, Map.of());
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord r) { logged.add(r.getMessage()); }
        @Override public void flush() { }
        @Override public void close() { }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("com.queuewallboard.alarms").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("com.queuewallboard.alarms").removeHandler(capture);
    }

    private static QueueFigures q(String id, int waiting, int available, long longest) {
        return new QueueFigures(id, "Queue " + id, true, waiting, available, 0, 0, 5, 0, 0, 5, 5, longest, null);
    }

    private static QueueFigures sl(String id, long offered, double todaySl, Double recentSl, long recentOffered) {
        return q(id, 0, 5, 0)
                .withToday(new TodayTotals(offered, offered, 0, todaySl, 10.0, 200.0))
                .withRecent(recentSl == null ? null : new RecentTotals(Duration.ofMinutes(30), recentOffered,
                        recentOffered, 0, recentSl, 200.0));
    }

    private List<AlarmEvent> refresh(QueueFigures... queues) {
        return alarms.update(new BoardSnapshot(clock.instant(), clock.instant(), Arrays.asList(queues), List.of()), levels);
    }

    private void tick(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    private List<String> activeReasons() {
        return alarms.tracker().active().stream().map(a -> a.queueId() + ":" + a.reason() + ":" + a.level()).toList();
    }

    @Test
    void waitingOverAvailableRaisesOnceAndClearsAtOnceWhenClearlyBack() {
        assertEquals(List.of(new AlarmEvent(START, RAISED, "a", BoardAlarms.WAITING_OVER_AVAILABLE, ALERT)),
                refresh(q("a", 2, 1, 0)));
        tick(10);
        assertEquals(List.of(), refresh(q("a", 2, 1, 0)), "no second RAISED while it lasts");
        tick(10);
        // waiting == available: below the level but not past the margin, so it holds for the clear-after time
        assertEquals(List.of(), refresh(q("a", 1, 1, 0)));
        tick(10);
        assertEquals(List.of(new AlarmEvent(clock.instant(), CLEARED, "a", BoardAlarms.WAITING_OVER_AVAILABLE, ALERT)),
                refresh(q("a", 0, 1, 0)), "waiting <= available - 1 clears at once");
        assertEquals(List.of(), alarms.tracker().active());
    }

    @Test
    void hoveringAtTheLevelClearsOnlyAfterTheClearTime() {
        refresh(q("a", 2, 1, 0));
        tick(5);
        refresh(q("a", 1, 1, 0));
        tick(59);
        assertEquals(List.of(), refresh(q("a", 1, 1, 0)));
        tick(1);
        assertEquals(CLEARED, refresh(q("a", 1, 1, 0)).get(0).kind());
    }

    @Test
    void waitingLevelsUseAMarginOfOneCallOrTwentyPercent() {
        assertEquals(List.of(new AlarmEvent(START, RAISED, "a", BoardAlarms.WAITING, WARNING)),
                refresh(q("a", 3, 10, 0)));
        tick(10);
        assertEquals(List.of(new AlarmEvent(clock.instant(), RAISED, "a", BoardAlarms.WAITING, ALERT)),
                refresh(q("a", 6, 10, 0)), "escalation raises again");
        tick(10);
        assertEquals(List.of(), refresh(q("a", 2, 10, 0)), "2 is 1 below the level, not yet past the margin of 1 below 2");
        tick(10);
        assertEquals(List.of(new AlarmEvent(clock.instant(), CLEARED, "a", BoardAlarms.WAITING, ALERT)),
                refresh(q("a", 1, 10, 0)));

        // a level of 20 has a margin of 4 calls below 19, the last count that does not raise
        BoardAlarms big = new BoardAlarms(clock, AlarmPolicy.DEFAULT);
        ThresholdSettings high = new ThresholdSettings(new Thresholds(20, 40, null, null), Map.of());
        big.update(snapshot(q("b", 20, 50, 0)), high);
        assertEquals(List.of(), big.update(snapshot(q("b", 16, 50, 0)), high));
        assertEquals(CLEARED, big.update(snapshot(q("b", 15, 50, 0)), high).get(0).kind());
    }

    @Test
    void longestWaitClearsFifteenSecondsBelowTheLevel() {
        refresh(q("a", 1, 5, 60));
        assertEquals(List.of("a:longest wait:WARNING"), activeReasons());
        tick(5);
        assertEquals(List.of(), refresh(q("a", 1, 5, 46)));
        tick(5);
        assertEquals(CLEARED, refresh(q("a", 1, 5, 45)).get(0).kind());
    }

    @Test
    void serviceLevelBelowTargetRaisesAndTheWorseOfTodayAndRecentDecides() {
        assertEquals(List.of(), refresh(sl("a", 100, 0.85, 0.81, 20)));
        tick(10);
        assertEquals(List.of(new AlarmEvent(clock.instant(), RAISED, "a", BoardAlarms.SERVICE_LEVEL, WARNING)),
                refresh(sl("a", 100, 0.85, 0.77, 20)), "recent 77 % is within the 5-point margin: warning");
        tick(10);
        assertEquals(List.of(new AlarmEvent(clock.instant(), RAISED, "a", BoardAlarms.SERVICE_LEVEL, ALERT)),
                refresh(sl("a", 100, 0.70, 0.85, 20)), "today 70 % is further below: alert");
        tick(10);
        assertEquals(List.of(), refresh(sl("a", 100, 0.81, 0.85, 20)), "back on target but within 2 points");
        tick(10);
        assertEquals(List.of(new AlarmEvent(clock.instant(), CLEARED, "a", BoardAlarms.SERVICE_LEVEL, ALERT)),
                refresh(sl("a", 100, 0.82, 0.85, 20)), "82 % = target + 2 points clears at once");
    }

    @Test
    void serviceLevelOfTooFewCallsIsNotJudged() {
        assertEquals(List.of(), refresh(sl("a", 4, 0.25, 0.0, 4)));
        assertEquals(List.of(), alarms.tracker().active());
    }

    @Test
    void queuesTargetAndPerQueueOverrideAreUsed() {
        QueueFigures ownTarget = sl("a", 100, 0.84, null, 0).withServiceLevelTarget(new ServiceLevelTarget(90, 30));
        refresh(ownTarget);
        assertEquals(List.of("a:service level:ALERT"), activeReasons(), "84 % is more than 5 points below the queue's 90");
        ThresholdSettings override = new ThresholdSettings(Thresholds.DEFAULTS,
                Map.of("a", new Thresholds(null, null, null, null, new ServiceLevelTarget(70, 20), null)));
        tick(1);
        assertEquals(CLEARED, alarms.update(snapshot(ownTarget), override).get(0).kind());
    }

    @Test
    void queuesNoLongerShownAreForgottenAndQueuesWithoutDataKeepTheirAlarms() {
        refresh(q("a", 5, 1, 0), q("b", 5, 1, 0));
        assertEquals(2, alarms.tracker().active().size() / 2, "both queues: waiting > available and waiting");
        tick(120);
        List<AlarmEvent> events = refresh(QueueFigures.noData("a", "Queue a", null));
        assertTrue(events.stream().allMatch(e -> e.kind() == CLEARED && e.queueId().equals("b")), events.toString());
        assertEquals(2, events.size());
        assertEquals(List.of("a:waiting > available:ALERT", "a:waiting:WARNING"), activeReasons(),
                "no data is not the same as normal");
    }

    @Test
    void alertOnlyPolicyIgnoresWarningsAndMeasuresMarginsFromTheAlertLevel() {
        BoardAlarms alertOnly = new BoardAlarms(clock,
                new AlarmPolicy(ALERT, Duration.ofSeconds(60), Duration.ofSeconds(60)));
        assertEquals(List.of(), alertOnly.update(snapshot(q("a", 4, 10, 0)), levels));
        assertEquals(RAISED, alertOnly.update(snapshot(q("a", 6, 10, 0)), levels).get(0).kind());
        assertEquals(List.of(), alertOnly.update(snapshot(q("a", 4, 10, 0)), levels), "a warning level holds it");
        assertEquals(CLEARED, alertOnly.update(snapshot(q("a", 3, 10, 0)), levels).get(0).kind(),
                "5 - max(1, 1.2) = 3.8 clears at 3");
    }

    @Test
    void everyTransitionIsLoggedWithTheQueueName() {
        refresh(q("a", 2, 1, 0));
        alarms.log(alarms.tracker().acknowledgeAll());
        refresh(q("a", 0, 1, 0));
        assertEquals(3, logged.size(), logged.toString());
        assertTrue(logged.get(0).contains("RAISED ALERT queue=a reason=waiting > available name=Queue a"), logged.get(0));
        assertTrue(logged.get(1).contains("ACKNOWLEDGED"), logged.get(1));
        assertTrue(logged.get(2).contains("CLEARED"), logged.get(2));
    }

    @Test
    void levelOfTheAlarmIsTheTrackersForTheBadge() {
        refresh(q("a", 2, 1, 0));
        assertEquals(AlertLevel.ALERT, alarms.tracker().levelOf("a"));
        assertEquals(SoundCue.ALERT, alarms.tracker().dueForSound());
    }

    private BoardSnapshot snapshot(QueueFigures... queues) {
        return new BoardSnapshot(clock.instant(), clock.instant(), Arrays.asList(queues), List.of());
    }
}
