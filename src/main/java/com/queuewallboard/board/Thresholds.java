package com.queuewallboard.board;

/**
 * Levels a supervisor sets; a null level is switched off. A level is crossed when the figure
 * reaches it (>=), so "alert at 5 waiting" lights up with the fifth caller.
 *
 * @param waitingWarning             waiting calls that make a tile amber
 * @param waitingAlert               waiting calls that make a tile red
 * @param longestWaitWarningSeconds  longest wait (s) that makes a tile amber
 * @param longestWaitAlertSeconds    longest wait (s) that makes a tile red
 */
public record Thresholds(Integer waitingWarning, Integer waitingAlert,
                         Integer longestWaitWarningSeconds, Integer longestWaitAlertSeconds) {

    /** Sensible first-run levels for a voice queue. */
    public static final Thresholds DEFAULTS = new Thresholds(3, 6, 60, 180);
    public static final Thresholds NONE = new Thresholds(null, null, null, null);

    /** This override's levels, with the other's where this one has none. */
    public Thresholds orElse(Thresholds fallback) {
        return new Thresholds(
                waitingWarning != null ? waitingWarning : fallback.waitingWarning,
                waitingAlert != null ? waitingAlert : fallback.waitingAlert,
                longestWaitWarningSeconds != null ? longestWaitWarningSeconds : fallback.longestWaitWarningSeconds,
                longestWaitAlertSeconds != null ? longestWaitAlertSeconds : fallback.longestWaitAlertSeconds);
    }
}
