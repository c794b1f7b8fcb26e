package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;

/**
 * What Erlang C predicts for one number of agents under one workload.
 *
 * <p>When the agents cannot keep up (agents &le; traffic in Erlangs) the queue grows without
 * bound: {@code stable} is false, the service level is 0, the probability of waiting 1, the
 * occupancy 1 and the ASA {@link Double#POSITIVE_INFINITY} (the true limit, never NaN). Renderers
 * test {@link #stable()} and print "never"/null instead of the infinity.
 *
 * @param agents               agents handling the work
 * @param serviceLevel         predicted fraction 0..1 answered within the target's seconds
 * @param asaSeconds           predicted average speed of answer (s), infinite when unstable
 * @param occupancy            fraction 0..1 of agent time spent handling calls
 * @param probabilityOfWaiting Erlang C: the chance a caller has to wait at all
 * @param stable               false when agents &le; traffic (the queue never empties)
 */
public record StaffingPrediction(int agents, double serviceLevel, double asaSeconds, double occupancy,
                                 double probabilityOfWaiting, boolean stable) {

    /** True when the predicted service level reaches the target. */
    public boolean meets(ServiceLevelTarget target) {
        return stable && serviceLevel >= target.fraction();
    }
}
