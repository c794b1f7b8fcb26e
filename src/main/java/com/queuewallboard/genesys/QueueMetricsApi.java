package com.queuewallboard.genesys;

import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.genesys.ObservationJson.Filter;
import com.queuewallboard.genesys.ObservationJson.Predicate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** The two analytics queries the board needs, with the request shapes Genesys documents. */
final class QueueMetricsApi {
    private static final Logger LOG = Logger.getLogger(QueueMetricsApi.class.getName());
    static final String OBSERVATIONS_PATH = "/api/v2/analytics/queues/observations/query";
    static final String AGGREGATES_PATH = "/api/v2/analytics/conversations/aggregates/query";
    static final String OBSERVATION_PERMISSION = "analytics:queueObservation:view";
    static final String AGGREGATE_PERMISSION = "analytics:conversationAggregate:view";
    /** No documented maximum; 100 like the user query's documented limit (belief). */
    static final int MAX_QUEUES_PER_QUERY = 100;

    private static final List<String> BASE_METRICS = List.of("oWaiting", "oInteracting", "oAlerting",
            "oOnQueueUsers", "oOffQueueUsers", "oActiveUsers", "oMemberUsers");
    private static final String LONGEST_WAITING = "oLongestWaiting";
    private static final List<String> TODAY_METRICS = List.of("nOffered", "tAnswered", "tAbandon", "tWait",
            "tHandle", "nOverSla", "oServiceLevel");

    private final ApiClient api;
    /**
     * oLongestWaiting is new (mid-2025). On a 400 we try once without it: if that works it was
     * the metric (use detail observations from now on); if not, the 400 was about something else
     * and we never double a request again.
     */
    private enum LongestWaiting { UNTESTED, SUPPORTED, REJECTED }

    private volatile LongestWaiting longestWaiting = LongestWaiting.UNTESTED;

    QueueMetricsApi(ApiClient api) {
        this.api = api;
    }

    ObservationJson.Response observations(List<String> queueIds) throws SourceException {
        LongestWaiting known = longestWaiting;
        try {
            ObservationJson.Response response = post(queueIds, known != LongestWaiting.REJECTED);
            if (known == LongestWaiting.UNTESTED) longestWaiting = LongestWaiting.SUPPORTED;
            return response;
        } catch (SourceException e) {
            if (known != LongestWaiting.UNTESTED || e.problem().kind() != ProblemKind.BAD_REQUEST) throw e;
            try {
                ObservationJson.Response response = post(queueIds, false);
                longestWaiting = LongestWaiting.REJECTED;
                LOG.info("Observations query rejected oLongestWaiting; using oWaiting detail observations instead");
                return response;
            } catch (SourceException second) {
                longestWaiting = LongestWaiting.SUPPORTED;   // the 400 was about something else
                throw second;
            }
        }
    }

    private ObservationJson.Response post(List<String> queueIds, boolean withLongest) throws SourceException {
        return api.post(OBSERVATIONS_PATH, observationQuery(queueIds, withLongest), ObservationParser::parse,
                "the queue observations query", OBSERVATION_PERMISSION);
    }

    AggregateJson.Response today(List<String> queueIds, Instant now, ZoneId zone) throws SourceException {
        AggregateJson.Query query = new AggregateJson.Query(TodayInterval.of(now, zone), TodayInterval.zoneName(zone),
                List.of("queueId", "mediaType"), queueFilter(queueIds), TODAY_METRICS);
        return api.post(AGGREGATES_PATH, query, AggregateJson.Response.class,
                "the conversation aggregates query (today's totals)", AGGREGATE_PERMISSION);
    }

    /**
     * The same totals over a recent window ending now ({@code now - window / now}), for the
     * rolling "current half hour" service level and the staffing forecast's arrival rate.
     */
    AggregateJson.Response recent(List<String> queueIds, Instant now, Duration window, ZoneId zone)
            throws SourceException {
        AggregateJson.Query query = new AggregateJson.Query(TodayInterval.recent(now, window, zone),
                TodayInterval.zoneName(zone), List.of("queueId", "mediaType"), queueFilter(queueIds), TODAY_METRICS);
        return api.post(AGGREGATES_PATH, query, AggregateJson.Response.class,
                "the conversation aggregates query (last " + window.toMinutes() + " minutes)", AGGREGATE_PERMISSION);
    }

    static ObservationJson.Query observationQuery(List<String> queueIds, boolean withLongest) {
        List<String> metrics = new ArrayList<>(BASE_METRICS);
        if (withLongest) metrics.add(LONGEST_WAITING);
        // Media types are filtered on our side: a mediaType predicate could hide the user metrics,
        // which Genesys reports per queue without a media type.
        return new ObservationJson.Query(queueFilter(queueIds), metrics, List.of("oWaiting"));
    }

    static Filter queueFilter(List<String> queueIds) {
        return new Filter("or", queueIds.stream().map(Predicate::queueId).toList(), null);
    }
}
