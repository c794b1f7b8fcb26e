package com.queuewallboard.board;

/**
 * Levels a supervisor sets; a null level is switched off. A level is crossed when the figure
 * reaches it (>=), so "alert at 5 waiting" lights up with the fifth caller.
 *
 * @param waitingWarning             waiting calls that make a tile amber
 * @param waitingAlert               waiting calls that make a tile red
 * @param longestWaitWarningSeconds  longest wait (s) that makes a tile amber
 * @param longestWaitAlertSeconds    longest wait (s) that makes a tile red
 * @param serviceLevelTarget         the supervisor's service-level target; null = the queue's own
 *                                   target from Genesys, else {@link ServiceLevelTarget#DEFAULT}
 * @param serviceLevelMarginPoints   how many points below target is still only a warning; further
 *                                   below is an alert; null = judged without a margin setting
 */
public record Thresholds(Integer waitingWarning, Integer waitingAlert,
                         Integer longestWaitWarningSeconds, Integer longestWaitAlertSeconds,
                         ServiceLevelTarget serviceLevelTarget, Integer serviceLevelMarginPoints) {

    /** The margin below target that is still only a warning, when none is set. */
    public static final int DEFAULT_MARGIN_POINTS = 5;
    /** Sensible first-run levels for a voice queue. */
    public static final Thresholds DEFAULTS = new Thresholds(3, 6, 60, 180, null, DEFAULT_MARGIN_POINTS);
    public static final Thresholds NONE = new Thresholds(null, null, null, null, null, null);

    /** Levels for waiting calls and the longest wait only. */
    public Thresholds(Integer waitingWarning, Integer waitingAlert, Integer longestWaitWarningSeconds,
                      Integer longestWaitAlertSeconds) {
        this(waitingWarning, waitingAlert, longestWaitWarningSeconds, longestWaitAlertSeconds, null, null);
    }

    /** The target to judge a queue by: this one's, else the queue's own from Genesys, else 80/20. */
    public ServiceLevelTarget targetFor(QueueFigures figures) {
        if (serviceLevelTarget != null) return serviceLevelTarget;
        if (figures != null && figures.serviceLevelTarget() != null) return figures.serviceLevelTarget();
        return ServiceLevelTarget.DEFAULT;
    }

    public int marginPoints() {
        return serviceLevelMarginPoints == null ? DEFAULT_MARGIN_POINTS : serviceLevelMarginPoints;
    }

    /** This override's levels, with the other's where this one has none. */
    public Thresholds orElse(Thresholds fallback) {
        return new Thresholds(
                waitingWarning != null ? waitingWarning : fallback.waitingWarning,
                waitingAlert != null ? waitingAlert : fallback.waitingAlert,
                longestWaitWarningSeconds != null ? longestWaitWarningSeconds : fallback.longestWaitWarningSeconds,
                longestWaitAlertSeconds != null ? longestWaitAlertSeconds : fallback.longestWaitAlertSeconds,
                serviceLevelTarget != null ? serviceLevelTarget : fallback.serviceLevelTarget,
                serviceLevelMarginPoints != null ? serviceLevelMarginPoints : fallback.serviceLevelMarginPoints);
    }
}
