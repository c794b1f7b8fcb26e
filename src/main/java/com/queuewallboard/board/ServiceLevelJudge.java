package com.queuewallboard.board;


import java.util.List;

/**
 * Judges a measured service level against the target: on or above it NORMAL, below by up to
 * {@code marginPoints} percentage points WARNING, further below ALERT.
 */
public final class ServiceLevelJudge {
    public static final double DEFAULT_MARGIN_POINTS = 5;

    private final ServiceLevelTarget target;
    private final double marginPoints;

    public ServiceLevelJudge(ServiceLevelTarget target, double marginPoints) {
        if (target == null) throw new IllegalArgumentException("A service-level target is required.");
        if (!(marginPoints >= 0) || Double.isInfinite(marginPoints)) {
            throw new IllegalArgumentException("The margin must be 0 or more percentage points, not " + marginPoints + ".");
        }
        this.target = target;
        this.marginPoints = marginPoints;
    }

    public ServiceLevelJudge(ServiceLevelTarget target) {
        this(target, DEFAULT_MARGIN_POINTS);
    }

    /**
     * @param serviceLevel measured fraction 0..1 (today's or an interval's), null when unknown,
     *                     e.g. before the first call is answered: then NORMAL without a reason
     */
    public Assessment judge(Double serviceLevel) {
        if (serviceLevel == null || serviceLevel.isNaN()) return Assessment.NORMAL;
        double points = serviceLevel * 100;
        double below = target.percentage() - points;
        // a hair's breadth below (79.9999 from 2 decimal rounding upstream) counts as met
        if (below <= 1e-9) return Assessment.NORMAL;
        AlertLevel level = below <= marginPoints + 1e-9 ? AlertLevel.WARNING : AlertLevel.ALERT;
        return new Assessment(level, List.of(reason(points)));
    }

    /** "SL 72 % < 80/20": floored, so a level just below the target never reads as equal to it. */
    private String reason(double points) {
        return "SL " + (int) Math.floor(Math.max(0, points)) + " % < " + target;
    }

    public ServiceLevelTarget target() {
        return target;
    }

    public double marginPoints() {
        return marginPoints;
    }
}
