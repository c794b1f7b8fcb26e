package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.queuewallboard.board.AlertLevel.ALERT;
import static com.queuewallboard.board.AlertLevel.NORMAL;
import static com.queuewallboard.board.AlertLevel.WARNING;
import static com.queuewallboard.insight.AlarmEvent.Kind.ACKNOWLEDGED;
import static com.queuewallboard.insight.AlarmEvent.Kind.CLEARED;
import static com.queuewallboard.insight.AlarmEvent.Kind.RAISED;
import static com.queuewallboard.insight.AlarmEvent.Kind.SNOOZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlarmTrackerTest {
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final AlarmTracker tracker = new AlarmTracker(clock, AlarmPolicy.DEFAULT);

    private List<AlarmEvent> see(String queue, String reason, AlertLevel level) {
        return tracker.observe(AlarmCondition.of(queue, reason, level));
    }

    private void tick(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void raisedOnceOnTheCrossingNotOnEveryRefresh() {
        assertEquals(List.of(), see("q1", "waiting", NORMAL));
        assertEquals(List.of(new AlarmEvent(START, RAISED, "q1", "waiting", WARNING)), see("q1", "waiting", WARNING));
        for (int i = 0; i < 5; i++) {
            tick(10);
            assertEquals(List.of(), see("q1", "waiting", WARNING));
        }
        assertEquals(1, tracker.active().size());
    }

    @Test
    void perReasonAlarmsAreSeparate() {
        see("q1", "waiting", WARNING);
        see("q1", "longest wait", ALERT);
        see("q2", "waiting", ALERT);
        assertEquals(3, tracker.active().size());
        assertEquals(ALERT, tracker.levelOf("q1"));
        assertNull(tracker.levelOf("q3"));
    }

    @Test
    void raiseAtAlertIgnoresWarnings() {
        AlarmTracker alertOnly = new AlarmTracker(clock, new AlarmPolicy(ALERT, Duration.ofSeconds(60), Duration.ofSeconds(60)));
        assertEquals(List.of(), alertOnly.observe(AlarmCondition.of("q", "waiting", WARNING)));
        assertEquals(RAISED, alertOnly.observe(AlarmCondition.of("q", "waiting", ALERT)).get(0).kind());
    }

    @Test
    void hoveringAroundTheLevelDoesNotFlap() {
        see("q1", "waiting", WARNING);
        // dips below for 30 s, back up, below for 50 s, back up: still one alarm, no CLEARED
        for (int round = 0; round < 3; round++) {
            tick(10);
            assertEquals(List.of(), see("q1", "waiting", NORMAL));
            tick(40);
            assertEquals(List.of(), see("q1", "waiting", NORMAL));
            tick(10);
            assertEquals(List.of(), see("q1", "waiting", WARNING));
        }
        assertEquals(1, tracker.active().size());
    }

    @Test
    void clearsAfterStayingBelowForTheClearTime() {
        see("q1", "waiting", WARNING);
        tick(10);
        assertEquals(List.of(), see("q1", "waiting", NORMAL));
        tick(59);
        assertEquals(List.of(), see("q1", "waiting", NORMAL));
        tick(1);
        assertEquals(List.of(new AlarmEvent(START.plusSeconds(70), CLEARED, "q1", "waiting", WARNING)),
                see("q1", "waiting", NORMAL));
        assertEquals(List.of(), tracker.active());
        // a new crossing raises a new alarm
        tick(10);
        assertEquals(RAISED, see("q1", "waiting", WARNING).get(0).kind());
    }

    @Test
    void clearsAtOnceWhenTheFigureFallsPastTheMargin() {
        // warning at 3 waiting, margin 2: 2 waiting is below the level but not past the margin; 1 is
        tracker.observe(AlarmCondition.rising("q1", "waiting", WARNING, 3, 3, 2));
        tick(10);
        assertEquals(List.of(), tracker.observe(AlarmCondition.rising("q1", "waiting", NORMAL, 2, 3, 2)));
        tick(10);
        List<AlarmEvent> events = tracker.observe(AlarmCondition.rising("q1", "waiting", NORMAL, 1, 3, 2));
        assertEquals(CLEARED, events.get(0).kind());
        // service level: less is worse
        assertFalse(AlarmCondition.falling("q", "SL", NORMAL, 0.80, 0.80, 0.05).pastMargin());
        assertTrue(AlarmCondition.falling("q", "SL", NORMAL, 0.85, 0.80, 0.05).pastMargin());
    }

    @Test
    void escalationRaisesAgainAndNeedsANewAcknowledgement() {
        see("q1", "waiting", WARNING);
        tracker.acknowledgeAll();
        tick(20);
        assertEquals(List.of(new AlarmEvent(START.plusSeconds(20), RAISED, "q1", "waiting", ALERT)), see("q1", "waiting", ALERT));
        ActiveAlarm a = tracker.active().get(0);
        assertEquals(ALERT, a.level());
        assertFalse(a.acknowledged());
        assertEquals(START, a.raisedAt(), "the alarm's age counts from the first crossing");
        // back to WARNING is still at the raise level: no event, the level stays the worst seen
        tick(10);
        assertEquals(List.of(), see("q1", "waiting", WARNING));
        assertEquals(ALERT, tracker.active().get(0).level());
    }

    @Test
    void acknowledgeOneOrAll() {
        see("q1", "waiting", WARNING);
        see("q1", "longest wait", ALERT);
        see("q2", "waiting", ALERT);
        tick(5);
        assertEquals(List.of(new AlarmEvent(START.plusSeconds(5), ACKNOWLEDGED, "q1", "waiting", WARNING)),
                tracker.acknowledge("q1", "waiting"));
        assertEquals(List.of(), tracker.acknowledge("q1", "waiting"), "twice is once");
        assertEquals(List.of(), tracker.acknowledge("nope", "waiting"));
        assertEquals(1, tracker.acknowledgeQueue("q1").size());
        List<AlarmEvent> rest = tracker.acknowledgeAll();
        assertEquals(1, rest.size());
        assertEquals("q2", rest.get(0).queueId());
        assertEquals(3, tracker.active().size(), "acknowledged alarms stay active");
        assertTrue(tracker.active().stream().allMatch(ActiveAlarm::acknowledged));
    }

    @Test
    void soundsOnRaiseThenRepeatsEveryMinuteUntilAcknowledged() {
        assertEquals(SoundCue.NONE, tracker.dueForSound());
        see("q1", "waiting", WARNING);
        assertEquals(SoundCue.WARNING, tracker.dueForSound());
        assertEquals(SoundCue.NONE, tracker.dueForSound(), "not twice in a row");
        tick(59);
        assertEquals(SoundCue.NONE, tracker.dueForSound());
        tick(1);
        assertEquals(SoundCue.WARNING, tracker.dueForSound());
        tick(10);
        see("q2", "waiting", ALERT);
        assertEquals(SoundCue.ALERT, tracker.dueForSound(), "a new alarm sounds at once, the worst cue");
        tracker.acknowledge("q2", "waiting");
        tick(60);
        assertEquals(SoundCue.WARNING, tracker.dueForSound(), "only the unacknowledged warning is left");
        tracker.acknowledgeAll();
        tick(60);
        assertEquals(SoundCue.NONE, tracker.dueForSound());
        see("q1", "waiting", ALERT);
        assertEquals(SoundCue.ALERT, tracker.dueForSound(), "escalation sounds again");
    }

    @Test
    void snoozeBlocksNewAlarmsAndSilencesUntilItEnds() {
        AlarmEvent snoozed = tracker.snooze("q1", Duration.ofMinutes(15));
        assertEquals(new AlarmEvent(START, SNOOZED, "q1", "for 15m", null), snoozed);
        assertTrue(tracker.isSnoozed("q1"));
        assertEquals(List.of(), see("q1", "waiting", ALERT));
        assertEquals(SoundCue.NONE, tracker.dueForSound());
        assertEquals(RAISED, see("q2", "waiting", WARNING).get(0).kind(), "other queues still alarm");
        tracker.acknowledgeAll();
        tick(15 * 60 - 1);
        assertEquals(List.of(), see("q1", "waiting", ALERT));
        tick(1);
        assertFalse(tracker.isSnoozed("q1"));
        assertEquals(RAISED, see("q1", "waiting", ALERT).get(0).kind(), "still bad when the snooze ends: raised");
        assertEquals(SoundCue.ALERT, tracker.dueForSound());
    }

    @Test
    void snoozingAQueueWithAnAlarmSilencesIt() {
        see("q1", "waiting", ALERT);
        tracker.snooze("q1", Duration.ofMinutes(30));
        assertEquals(SoundCue.NONE, tracker.dueForSound());
        ActiveAlarm a = tracker.active().get(0);
        assertTrue(a.snoozed());
        assertEquals(START.plus(Duration.ofMinutes(30)), a.snoozedUntil());
        tracker.unsnooze("q1");
        assertEquals(SoundCue.ALERT, tracker.dueForSound());
        assertThrows(IllegalArgumentException.class, () -> tracker.snooze("q1", Duration.ZERO));
        assertEquals(List.of(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60)), AlarmTracker.SNOOZE_CHOICES);
    }

    @Test
    void wholeRefreshUpdateTreatsMissingConditionsAsNormal() {
        List<AlarmEvent> raised = tracker.update(List.of(AlarmCondition.of("q1", "waiting", ALERT),
                AlarmCondition.of("q2", "waiting", WARNING), AlarmCondition.of("q3", "waiting", NORMAL)));
        assertEquals(2, raised.size());
        tick(10);
        assertEquals(List.of(), tracker.update(List.of(AlarmCondition.of("q2", "waiting", WARNING))));
        tick(60);
        List<AlarmEvent> cleared = tracker.update(List.of(AlarmCondition.of("q2", "waiting", WARNING)));
        assertEquals(List.of(new AlarmEvent(START.plusSeconds(70), CLEARED, "q1", "waiting", ALERT)), cleared);
    }

    @Test
    void forgettingAQueueClearsItsAlarms() {
        see("q1", "waiting", ALERT);
        see("q1", "longest wait", WARNING);
        tracker.snooze("q1", Duration.ofMinutes(60));
        List<AlarmEvent> events = tracker.forget("q1");
        assertEquals(2, events.size());
        assertTrue(events.stream().allMatch(e -> e.kind() == CLEARED));
        assertFalse(tracker.isSnoozed("q1"));
        assertEquals(List.of(), tracker.active());
    }

    @Test
    void activeSnapshotIsWorstFirstWithAges() {
        see("q1", "waiting", WARNING);
        tick(30);
        see("q2", "waiting", ALERT);
        tick(15);
        see("q3", "waiting", ALERT);
        tick(5);
        List<ActiveAlarm> list = tracker.active();
        assertEquals(List.of("q2", "q3", "q1"), list.stream().map(ActiveAlarm::queueId).toList());
        assertEquals(List.of(20L, 5L, 50L), list.stream().map(ActiveAlarm::ageSeconds).toList());
        assertThrows(UnsupportedOperationException.class, () -> list.add(list.get(0)));
    }

    @Test
    void zeroClearTimeClearsOnTheFirstNormalRefresh() {
        AlarmTracker quick = new AlarmTracker(clock, new AlarmPolicy(WARNING, Duration.ZERO, Duration.ofSeconds(60)));
        quick.observe(AlarmCondition.of("q", "waiting", WARNING));
        assertEquals(CLEARED, quick.observe(AlarmCondition.of("q", "waiting", NORMAL)).get(0).kind());
    }

    @Test
    void eventsReadAsLogLines() {
        assertEquals("2026-11-26T10:00:00Z RAISED ALERT queue=q1 reason=waiting",
                see("q1", "waiting", ALERT).get(0).toString());
        assertThrows(IllegalArgumentException.class, () -> new AlarmPolicy(NORMAL, Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new AlarmPolicy(ALERT, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> AlarmCondition.of(null, "x", ALERT));
        assertEquals(NORMAL, new AlarmCondition("q", "x", null, false).level());
    }
}
