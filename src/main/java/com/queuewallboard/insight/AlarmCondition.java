package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;

/**
 * What one refresh says about one queue and reason, as input to the {@link AlarmTracker}.
 *
 * @param queueId    the queue
 * @param reason     a stable name for the cause ("waiting", "longest wait", "service level"),
 *                   without the figure, so the same alarm is recognised from refresh to refresh
 * @param level      the level now
 * @param pastMargin true when the figure has fallen back past the alarm's level by the margin,
 *                   which clears the alarm at once; false leaves clearing to the time hysteresis
 */
public record AlarmCondition(String queueId, String reason, AlertLevel level, boolean pastMargin) {
    /** So 0.80 + 0.05 counts as reaching 0.85 in binary floating point. */
    private static final double EPSILON = 1e-9;

    public AlarmCondition {
        if (queueId == null || reason == null) throw new IllegalArgumentException("An alarm needs a queue and a reason.");
        if (level == null) level = AlertLevel.NORMAL;
    }

    /** A condition known only by its level: clearing waits for the tracker's clear-after time. */
    public static AlarmCondition of(String queueId, String reason, AlertLevel level) {
        return new AlarmCondition(queueId, reason, level, false);
    }

    /**
     * For a figure where more is worse (waiting calls, longest wait): past the margin once
     * {@code figure <= raisedAt - margin}, where {@code raisedAt} is the level the alarm fires at.
     */
    public static AlarmCondition rising(String queueId, String reason, AlertLevel level,
                                        double figure, double raisedAt, double margin) {
        return new AlarmCondition(queueId, reason, level, figure <= raisedAt - margin + EPSILON);
    }

    /** For a figure where less is worse (service level): past the margin once {@code figure >= raisedAt + margin}. */
    public static AlarmCondition falling(String queueId, String reason, AlertLevel level,
                                         double figure, double raisedAt, double margin) {
        return new AlarmCondition(queueId, reason, level, figure >= raisedAt + margin - EPSILON);
    }
}
