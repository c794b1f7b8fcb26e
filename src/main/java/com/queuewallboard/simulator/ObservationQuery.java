package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A validated {@code QueueObservationQuery}: filter, metrics, detail metrics. */
record ObservationQuery(QueryFilter filter, List<String> metrics, Set<String> detailMetrics) {

    static final Set<String> USER_METRICS = Set.of("oActiveUsers", "oMemberUsers", "oOffQueueUsers", "oOnQueueUsers",
            "oUserPresences", "oUserRoutingStatuses");
    static final Set<String> CONVERSATION_METRICS = Set.of("oAlerting", "oInteracting", "oWaiting", "oLongestWaiting",
            "oLongestInteracting");
    /** Calculated metrics: a value in stats.calculatedMetricValue, no detail observations. */
    private static final Set<String> CALCULATED = Set.of("oLongestWaiting", "oLongestInteracting");

    static ObservationQuery parse(JsonNode body) throws ApiException {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("The request body must be a QueueObservationQuery object");
        }
        if (!body.hasNonNull("filter")) {
            throw ApiException.badRequest("filter is required");
        }
        QueryFilter filter = QueryFilter.parse(body.get("filter"), QueryFilter.DIMENSIONS);
        List<String> metrics = Json.strings(body.get("metrics"), "metrics");
        if (metrics.isEmpty()) {
            throw ApiException.badRequest("metrics is required and must name at least one metric");
        }
        for (String metric : metrics) {
            if (!USER_METRICS.contains(metric) && !CONVERSATION_METRICS.contains(metric)) {
                throw ApiException.badRequest("Invalid metric '" + metric + "' for a queue observation query");
            }
        }
        List<String> details = Json.strings(body.get("detailMetrics"), "detailMetrics");
        for (String metric : details) {
            if (CALCULATED.contains(metric)) {
                throw ApiException.badRequest("Metric '" + metric + "' is not allowed in detailMetrics");
            }
            if (!USER_METRICS.contains(metric) && !CONVERSATION_METRICS.contains(metric)) {
                throw ApiException.badRequest("Invalid detail metric '" + metric + "'");
            }
        }
        return new ObservationQuery(filter, List.copyOf(new LinkedHashSet<>(metrics)), Set.copyOf(details));
    }

    boolean wantsAny(Set<String> names) {
        return metrics.stream().anyMatch(names::contains);
    }
}
