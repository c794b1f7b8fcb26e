package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;

import java.time.Duration;

/**
 * When the {@link AlarmTracker} raises, clears and repeats.
 *
 * @param raiseAt     the level that raises an alarm: WARNING (amber already alarms) or ALERT
 * @param clearAfter  how long a condition must stay below {@code raiseAt} before its alarm
 *                    clears, unless it fell back past the margin first (hysteresis against flapping)
 * @param soundRepeat how often an unacknowledged alarm sounds again
 */
public record AlarmPolicy(AlertLevel raiseAt, Duration clearAfter, Duration soundRepeat) {

    public static final AlarmPolicy DEFAULT =
            new AlarmPolicy(AlertLevel.WARNING, Duration.ofSeconds(60), Duration.ofSeconds(60));

    public AlarmPolicy {
        if (raiseAt == null || raiseAt == AlertLevel.NORMAL) {
            throw new IllegalArgumentException("Alarms are raised at WARNING or ALERT, not " + raiseAt + ".");
        }
        if (clearAfter == null || clearAfter.isNegative()) {
            throw new IllegalArgumentException("The clear-after time must be 0 seconds or more.");
        }
        if (soundRepeat == null || soundRepeat.isNegative() || soundRepeat.isZero()) {
            throw new IllegalArgumentException("The sound repeat must be longer than 0 seconds.");
        }
    }
}
