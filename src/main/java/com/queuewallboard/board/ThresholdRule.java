package com.queuewallboard.board;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides a queue's alert level from its figures and the supervisor's thresholds: waiting calls
 * against agents free, the waiting and longest-wait levels, and the service level (today's and
 * the recent window's, the worse decides) against the target in force.
 */
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
            reasons.add("waiting > available");
        }
        level = check(queue.waitingCalls(), levels.waitingWarning(), levels.waitingAlert(),
                "waiting", false, level, reasons);
        level = check(queue.longestWaitSeconds(), levels.longestWaitWarningSeconds(), levels.longestWaitAlertSeconds(),
                "longest wait", true, level, reasons);
        ServiceLevelVerdict sl = ServiceLevelVerdict.of(queue, levels);
        if (sl.level() != AlertLevel.NORMAL) {
            reasons.add(sl.reason());
            if (sl.level().compareTo(level) > 0) level = sl.level();
        }
        return new Assessment(level, reasons);
    }

    /** Short reasons that fit on a tile: "waiting \u2265 6", "longest wait \u2265 3:00". */
    private static AlertLevel check(long value, Integer warning, Integer alert, String what, boolean seconds,
                                    AlertLevel current, List<String> reasons) {
        if (alert != null && value >= alert) {
            reasons.add(what + " \u2265 " + (seconds ? minutes(alert) : alert));
            return AlertLevel.ALERT;
        }
        if (warning != null && value >= warning) {
            reasons.add(what + " \u2265 " + (seconds ? minutes(warning) : warning));
            return current == AlertLevel.ALERT ? current : AlertLevel.WARNING;
        }
        return current;
    }

    /** m:ss, as the board and the CLI write waits. */
    public static String minutes(long seconds) {
        return seconds / 60 + ":" + (seconds % 60 < 10 ? "0" : "") + seconds % 60;
    }
}
