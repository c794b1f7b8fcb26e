package com.queuewallboard.insight;

/**
 * How many agents a queue needs now, from its recent calls, or why that cannot be said.
 *
 * <p>Either available (all figures set, {@code unavailableReason} null) or unavailable (all figures
 * null, a reason such as "n/a: chat is handled with concurrency" or "too few calls (3 in 30 min)").
 * The figures are never invented to fill a tile.
 *
 * @param agentsNeeded          fewest agents meeting the target at the recent arrival rate
 * @param staffingGap           agentsNeeded minus agents on queue now; positive = short of agents
 * @param predictedServiceLevel fraction 0..1 expected with the agents on queue now
 * @param predictedAsaSeconds   ASA expected with the agents on queue now; {@link Double#POSITIVE_INFINITY}
 *                              when they cannot keep up (the queue only grows)
 * @param unavailableReason     why there is no forecast, or null
 */
public record StaffingForecast(Integer agentsNeeded, Integer staffingGap, Double predictedServiceLevel,
                               Double predictedAsaSeconds, String unavailableReason) {

    public StaffingForecast {
        boolean figures = agentsNeeded != null && staffingGap != null && predictedServiceLevel != null
                && predictedAsaSeconds != null;
        if (figures == (unavailableReason != null)) {
            throw new IllegalArgumentException("A forecast has either all its figures or a reason, not both or neither.");
        }
    }

    public static StaffingForecast unavailable(String reason) {
        return new StaffingForecast(null, null, null, null, reason);
    }

    public boolean available() {
        return unavailableReason == null;
    }

    /** False when the agents on queue now cannot keep up with the arrivals at all. */
    public boolean keepsUp() {
        return available() && Double.isFinite(predictedAsaSeconds);
    }
}
