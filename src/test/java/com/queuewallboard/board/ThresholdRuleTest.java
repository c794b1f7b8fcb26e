package com.queuewallboard.board;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThresholdRuleTest {
    private static QueueFigures q(int waiting, int available, long longest) {
        return new QueueFigures("q", "Q", true, waiting, available, 0, 0, 0, 0, 0, 0, 0, longest, null);
    }

    @Test
    void alertExactlyWhenWaitingExceedsAvailable() {
        assertEquals(AlertLevel.NORMAL, ThresholdRule.assess(q(2, 2, 0), Thresholds.NONE).level());
        assertEquals(AlertLevel.ALERT, ThresholdRule.assess(q(3, 2, 0), Thresholds.NONE).level());
        assertEquals(AlertLevel.NORMAL, ThresholdRule.assess(q(0, 0, 0), Thresholds.NONE).level());
    }

    @Test
    void levelsAreCrossedWhenReached() {
        Thresholds t = new Thresholds(3, 6, 60, 180);
        assertEquals(AlertLevel.NORMAL, ThresholdRule.assess(q(2, 10, 59), t).level());
        assertEquals(AlertLevel.WARNING, ThresholdRule.assess(q(3, 10, 0), t).level());
        assertEquals(AlertLevel.WARNING, ThresholdRule.assess(q(0, 10, 60), t).level());
        assertEquals(AlertLevel.ALERT, ThresholdRule.assess(q(6, 10, 0), t).level());
        assertEquals(AlertLevel.ALERT, ThresholdRule.assess(q(1, 10, 180), t).level());
        assertEquals(java.util.List.of("waiting \u2265 6", "longest wait \u2265 1:00"), ThresholdRule.assess(q(6, 10, 60), t).reasons());
        assertEquals(java.util.List.of("waiting > available"), ThresholdRule.assess(q(3, 2, 0), Thresholds.NONE).reasons());
    }

    @Test
    void noDataIsNeverAnAlert() {
        assertEquals(AlertLevel.NORMAL, ThresholdRule.assess(QueueFigures.noData("q", "Q", null), Thresholds.DEFAULTS).level());
    }

    @Test
    void perQueueOverridesFallBackToDefaults() {
        ThresholdSettings s = new ThresholdSettings(new Thresholds(3, 6, 60, 180),
                java.util.Map.of("vip", new Thresholds(1, null, null, null)));
        assertEquals(new Thresholds(1, 6, 60, 180), s.forQueue("vip"));
        assertEquals(new Thresholds(3, 6, 60, 180), s.forQueue("other"));
    }

    private static QueueFigures withSl(long offered, Double today, long recentOffered, Double recent) {
        return q(0, 5, 0).withToday(new TodayTotals(offered, offered, 0, today, 5.0, 180.0))
                .withRecent(new RecentTotals(java.time.Duration.ofMinutes(30), recentOffered, recentOffered, 0, recent, 180.0));
    }

    @Test
    void serviceLevelIsJudgedAgainstTheTargetInForceAndTheWorseOfTodayAndRecentDecides() {
        Thresholds t = Thresholds.DEFAULTS;   // 80/20 by default, margin 5
        assertEquals(Assessment.NORMAL, ThresholdRule.assess(withSl(100, 0.80, 20, 0.95), t));
        Assessment warn = ThresholdRule.assess(withSl(100, 0.90, 20, 0.76), t);
        assertEquals(new Assessment(AlertLevel.WARNING, java.util.List.of("SL 76 % < 80/20")), warn);
        Assessment alert = ThresholdRule.assess(withSl(100, 0.72, 20, 0.78), t);
        assertEquals(new Assessment(AlertLevel.ALERT, java.util.List.of("SL 72 % < 80/20")), alert);
        // the queue's own target from Genesys, then the supervisor's override, then the margin setting
        QueueFigures own = withSl(100, 0.86, 20, 0.86).withServiceLevelTarget(new ServiceLevelTarget(90, 10));
        assertEquals(java.util.List.of("SL 86 % < 90/10"), ThresholdRule.assess(own, t).reasons());
        assertEquals(AlertLevel.WARNING, ThresholdRule.assess(own, t).level());
        Thresholds override = new Thresholds(3, 6, 60, 180, new ServiceLevelTarget(95, 20), 2);
        assertEquals(new Assessment(AlertLevel.ALERT, java.util.List.of("SL 86 % < 95/20")), ThresholdRule.assess(own, override));
    }

    @Test
    void tooFewCallsAreNotJudgedOnServiceLevel() {
        assertEquals(Assessment.NORMAL, ThresholdRule.assess(withSl(4, 0.25, 4, 0.0), Thresholds.DEFAULTS));
        // recent too few, today enough: today decides
        assertEquals(AlertLevel.ALERT, ThresholdRule.assess(withSl(5, 0.40, 2, 1.0), Thresholds.DEFAULTS).level());
        assertEquals(Assessment.NORMAL, ThresholdRule.assess(withSl(100, null, 20, null), Thresholds.DEFAULTS));
    }

    @Test
    void serviceLevelReasonComesAfterTheOtherReasons() {
        QueueFigures busy = new QueueFigures("q", "Q", true, 7, 2, 0, 0, 0, 0, 0, 0, 0, 0,
                new TodayTotals(50, 40, 10, 0.5, 30.0, 200.0));
        assertEquals(java.util.List.of("waiting > available", "waiting \u2265 6", "SL 50 % < 80/20"),
                ThresholdRule.assess(busy, Thresholds.DEFAULTS).reasons());
    }
}
