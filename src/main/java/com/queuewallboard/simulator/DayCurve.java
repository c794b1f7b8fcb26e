package com.queuewallboard.simulator;

/**
 * How busy the phones are through the local day, as a share of the queue's peak rate: a quiet
 * night, a morning peak around ten, a lunch dip, a smaller afternoon peak, a long tail into the
 * evening. Piecewise linear between the points below.
 */
final class DayCurve {

    private static final double[] HOURS = {0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24};
    private static final double[] SHARE = {0.02, 0.03, 0.08, 0.4, 0.8, 1.0, 0.95, 0.7, 0.68, 0.9, 0.92, 0.75, 0.5,
        0.3, 0.1, 0.04, 0.02};

    private DayCurve() {
    }

    /** Share of peak (0..1] at this many seconds after local midnight. */
    static double share(double secondsIntoDay) {
        double hour = Math.max(0, Math.min(24, secondsIntoDay / 3600.0));
        for (int i = 1; i < HOURS.length; i++) {
            if (hour <= HOURS[i]) {
                double f = (hour - HOURS[i - 1]) / (HOURS[i] - HOURS[i - 1]);
                return SHARE[i - 1] + f * (SHARE[i] - SHARE[i - 1]);
            }
        }
        return SHARE[SHARE.length - 1];
    }
}
