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
    /** Group values are read as JSON so an unexpected nested value cannot spoil the whole answer. */
    record Result(Map<String, com.fasterxml.jackson.databind.JsonNode> group, List<IntervalData> data) {
        String groupText(String key) {
            com.fasterxml.jackson.databind.JsonNode v = group == null ? null : group.get(key);
            return v != null && v.isTextual() ? v.asText() : null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IntervalData(String interval, List<Metric> metrics) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Metric(String metric, String qualifier, ObservationJson.Stats stats) {
    }
}
