package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated {@code ConversationAggregationQuery}, reduced to what the simulator can answer:
 * the interval cut into granularity buckets, groupBy, filter and metrics.
 */
record AggregateQuery(List<long[]> buckets, List<String> groupBy, QueryFilter filter, List<String> metrics,
                      ZoneId zone) {

    /** Metrics the model produces. */
    static final Set<String> MODELLED = Set.of("nOffered", "tAnswered", "tAbandon", "tWait", "tHandle", "nOverSla",
            "oServiceLevel");
    /**
     * Every metric name {@code ConversationAggregationQuery.metrics} takes (the official SDK's
     * enum). The model has data for {@link #MODELLED} only; the others are accepted and never
     * reported, like a quiet org. Anything else is refused with 400, as Genesys does: e.g.
     * {@code tAnsweredWithin} or {@code nShortAbandon}, which tutorials invent.
     */
    static final Set<String> KNOWN = Set.of("nBlindTransferred", "nBotInteractions", "nCobrowseSessions",
            "nConnected", "nConsult", "nConsultTransferred", "nError", "nOffered", "nOutbound", "nOutboundAbandoned",
            "nOutboundAttempted", "nOutboundConnected", "nOverSla", "nStateTransitionError", "nTransferred",
            "oExternalMediaCount", "oMediaCount", "oMessageCount", "oMessageSegmentCount", "oMessageTurn",
            "oServiceLevel", "oServiceTarget", "tAbandon", "tAcd", "tActiveCallback", "tActiveCallbackComplete", "tAcw",
            "tAgentResponseTime", "tAlert", "tAnswered", "tAverageAgentResponseTime", "tAverageCustomerResponseTime",
            "tBarging", "tCoaching", "tCoachingComplete", "tConnected", "tContacting", "tDialing", "tFirstConnect",
            "tFirstDial", "tFirstEngagement", "tFirstResponse", "tFlowOut", "tHandle", "tHeld", "tHeldComplete", "tIvr",
            "tMonitoring", "tMonitoringComplete", "tNotResponding", "tPark", "tParkComplete", "tShortAbandon", "tTalk",
            "tTalkComplete", "tUserResponseTime", "tVoicemail", "tWait");
    private static final int MAX_BUCKETS = 10_000;

    static AggregateQuery parse(JsonNode body) throws ApiException {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("The request body must be a ConversationAggregationQuery object");
        }
        ZoneId zone = ZoneOffset.UTC;
        if (body.hasNonNull("timeZone")) {
            try {
                zone = ZoneId.of(body.get("timeZone").asText());
            } catch (DateTimeException e) {
                throw ApiException.badRequest("Invalid timeZone '" + body.get("timeZone").asText() + "'");
            }
        }
        JsonNode interval = body.get("interval");
        if (interval == null || !interval.isTextual()) {
            throw ApiException.badRequest("interval is required, as an ISO-8601 'start/end' string");
        }
        String[] ends = interval.asText().split("/");
        if (ends.length != 2) {
            throw ApiException.badRequest("Invalid interval '" + interval.asText() + "'; expected 'start/end'");
        }
        ZonedDateTime start = instant(ends[0], zone);
        ZonedDateTime end = instant(ends[1], zone);
        if (!end.isAfter(start)) {
            throw ApiException.badRequest("The interval's end must be after its start");
        }
        List<long[]> buckets = buckets(start, end, body.get("granularity"), zone);
        List<String> groupBy = new ArrayList<>();
        for (String dimension : Json.strings(body.get("groupBy"), "groupBy")) {
            if (!QueryFilter.DIMENSIONS.contains(dimension)) {
                throw ApiException.badRequest("groupBy '" + dimension + "' is not supported by the simulator; use "
                        + QueryFilter.DIMENSIONS);
            }
            groupBy.add(dimension);
        }
        QueryFilter filter = body.hasNonNull("filter") ? QueryFilter.parse(body.get("filter"), QueryFilter.DIMENSIONS) : null;
        List<String> metrics = Json.strings(body.get("metrics"), "metrics");
        if (metrics.isEmpty()) {
            throw ApiException.badRequest("metrics is required and must name at least one metric");
        }
        for (String metric : metrics) {
            if (!KNOWN.contains(metric)) {
                throw ApiException.badRequest("Invalid metric '" + metric + "' for a conversation aggregate query");
            }
        }
        return new AggregateQuery(buckets, List.copyOf(new LinkedHashSet<>(groupBy)), filter,
                List.copyOf(new LinkedHashSet<>(metrics)), zone);
    }

    boolean matches(String queueId, String mediaType) {
        return filter == null || filter.matches(queueId, mediaType);
    }

    private static ZonedDateTime instant(String text, ZoneId zone) throws ApiException {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(zone);
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text).atZone(zone); // no offset: read it in the query's zone
            } catch (DateTimeException e2) {
                throw ApiException.badRequest("Invalid date '" + text + "' in interval");
            }
        }
    }

    private static List<long[]> buckets(ZonedDateTime start, ZonedDateTime end, JsonNode granularity, ZoneId zone)
            throws ApiException {
        List<long[]> buckets = new ArrayList<>();
        long endMs = end.toInstant().toEpochMilli();
        if (granularity == null || granularity.isNull()) {
            buckets.add(new long[] {start.toInstant().toEpochMilli(), endMs});
            return buckets;
        }
        Duration step;
        try {
            step = Duration.parse(granularity.asText());
        } catch (DateTimeException e) {
            throw ApiException.badRequest("Invalid granularity '" + granularity.asText() + "'");
        }
        if (step.toMinutes() < 1) {
            throw ApiException.badRequest("granularity must be at least PT1M");
        }
        // whole days follow the query's calendar (23 and 25 hour days included)
        boolean days = step.toMinutes() % (24 * 60) == 0;
        ZonedDateTime from = start.withZoneSameInstant(zone);
        while (from.toInstant().toEpochMilli() < endMs) {
            ZonedDateTime to = days ? from.plusDays(step.toDays()) : from.plus(step);
            buckets.add(new long[] {from.toInstant().toEpochMilli(), Math.min(endMs, to.toInstant().toEpochMilli())});
            if (buckets.size() > MAX_BUCKETS) {
                throw ApiException.badRequest("Too many granularity buckets in the interval");
            }
            from = to;
        }
        return buckets;
    }
}
