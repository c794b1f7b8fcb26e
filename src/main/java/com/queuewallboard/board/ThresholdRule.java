package com.queuewallboard.board;

import java.util.ArrayList;
import java.util.List;

/** Decides a queue's alert level from its figures and the supervisor's thresholds. */
public final class ThresholdRule {

    private ThresholdRule() {
    }

    public static Assessment assess(QueueFigures queue, Thresholds levels) {
        if (!queue.hasLiveData()) return Assessment.NORMAL;
        AlertLevel level = AlertLevel.NORMAL;
        List<String> reasons = new ArrayList<>();
        // The user's rule: more callers waiting than agents free is always an alert.
        if (queue.waitingExceedsAvailable()) {
            level = AlertLevel.ALERT;
            reasons.add("more calls waiting than agents available");
        }
        level = check(queue.waitingCalls(), levels.waitingWarning(), levels.waitingAlert(),
                "calls waiting", level, reasons);
        level = check(queue.longestWaitSeconds(), levels.longestWaitWarningSeconds(), levels.longestWaitAlertSeconds(),
                "longest wait", level, reasons);
        return new Assessment(level, reasons);
    }

    private static AlertLevel check(long value, Integer warning, Integer alert, String what,
                                    AlertLevel current, List<String> reasons) {
        if (alert != null && value >= alert) {
            reasons.add(what + " at alert level");
            return AlertLevel.ALERT;
        }
        if (warning != null && value >= warning) {
            reasons.add(what + " at warning level");
            return current == AlertLevel.ALERT ? current : AlertLevel.WARNING;
        }
        return current;
    }
}
