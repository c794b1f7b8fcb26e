package com.queuewallboard.genesys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The JSON of {@code POST /api/v2/analytics/queues/observations/query} (QueueObservationQuery and
 * QueueObservationQueryResponse in the Genesys SDK). Unknown fields are ignored, as Genesys adds
 * fields over time. {@link Stats} is shared with the aggregates query.
 */
final class ObservationJson {
    private ObservationJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Query(Filter filter, List<String> metrics, List<String> detailMetrics) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Filter(String type, List<Predicate> predicates, List<Filter> clauses) {
    }

    /** {@code value} is one string: Genesys rejects arrays here. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Predicate(String type, String dimension, String operator, String value) {
        static Predicate queueId(String id) {
            return new Predicate("dimension", "queueId", "matches", id);
        }
    }

    /**
     * The answer as the board reads it: per result that names a queue, in the answer's order, its
     * group and the sums of its data (ObservationParser reads it in one pass; the records of the
     * whole answer are never built).
     */
    record Response(List<ObservationGroup> groups) {
    }

    /** Stats values are numbers that may come as decimals (notifications send 3.0). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stats(Double count, Double sum, Double max, Double min, Double ratio, Double numerator,
                 Double denominator, Double target, Double calculatedMetricValue) {
    }
}
