package com.queuewallboard.genesys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code POST /api/v2/analytics/queues/observations/query} (QueueObservationQuery and
 * QueueObservationQueryResponse in the Genesys SDK). Unknown fields are ignored, as Genesys adds
 * fields over time.
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(List<Result> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(Map<String, String> group, List<Datum> data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code truncated} is not read: the oldest observations come first either way (genesys-api.md §3). */
    record Datum(String metric, String qualifier, Stats stats, List<Observation> observations) {
    }

    /** Stats values are numbers that may come as decimals (notifications send 3.0). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stats(Double count, Double sum, Double max, Double min, Double ratio, Double numerator,
                 Double denominator, Double target, Double calculatedMetricValue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Observation(String observationDate) {
    }
}
