package com.queuewallboard.genesys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** The JSON of {@code POST /api/v2/analytics/conversations/aggregates/query}. */
final class AggregateJson {
    private AggregateJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Query(String interval, String timeZone, List<String> groupBy, ObservationJson.Filter filter,
                 List<String> metrics) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(List<Result> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(Map<String, String> group, List<IntervalData> data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IntervalData(String interval, List<Metric> metrics) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Metric(String metric, String qualifier, ObservationJson.Stats stats) {
    }
}
