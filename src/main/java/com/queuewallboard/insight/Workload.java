package com.queuewallboard.insight;

import java.time.Duration;

/**
 * Calls arriving over a period, each taking an average handle time: the input of every staffing
 * question. Its traffic intensity in Erlangs is the number of agents that would be busy all the time.
 *
 * @param calls              calls offered in the period (a rate may be fractional)
 * @param period             the length of that period
 * @param averageHandleSeconds AHT in seconds (talk + hold + after-call work)
 */
public record Workload(double calls, Duration period, double averageHandleSeconds) {

    public Workload {
        if (!(calls >= 0) || Double.isInfinite(calls)) {
            throw new IllegalArgumentException("Calls must be a number of 0 or more, not " + calls + ".");
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("The period must be longer than 0 seconds.");
        }
        if (!(averageHandleSeconds > 0) || Double.isInfinite(averageHandleSeconds)) {
            throw new IllegalArgumentException("The average handle time must be more than 0 seconds, not "
                    + averageHandleSeconds + ".");
        }
    }

    /** Traffic intensity A = arrival rate x AHT, in Erlangs. */
    public double erlangs() {
        return calls * averageHandleSeconds / (period.toNanos() / 1e9);
    }
}
