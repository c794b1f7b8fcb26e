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
}
