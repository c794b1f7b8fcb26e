package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * Which /api/v2 path is which endpoint, the permission it needs, and how to call it.
 * A path that exists with another method is a 405, anything else a 404.
 */
final class ApiRoutes {

    static final String OBSERVATIONS = "/api/v2/analytics/queues/observations/query";
    static final String AGGREGATES = "/api/v2/analytics/conversations/aggregates/query";

    /** What a route does with the request. */
    @FunctionalInterface
    interface Handler {
        JsonNode handle(String rawQuery, JsonNode body) throws ApiException, IOException;
    }

    /** A matched route. */
    record Route(String method, String permission, Runnable counter, boolean jsonBody, Handler handler) {
    }

    private final QueuesEndpoint queues;
    private final ObservationEndpoint observations;
    private final AggregateEndpoint aggregates;
    private final RequestCounts counts;

    ApiRoutes(QueuesEndpoint queues, ObservationEndpoint observations, AggregateEndpoint aggregates,
              RequestCounts counts) {
        this.queues = queues;
        this.observations = observations;
        this.aggregates = aggregates;
        this.counts = counts;
    }

    /** The route for this path and method; throws 404/405 as Genesys would. */
    Route resolve(String method, String path) throws ApiException {
        Route route = match(path);
        if (route == null) {
            throw new ApiException(404, "not.found", "Unable to find a resource for the path " + path);
        }
        if (!route.method().equals(method)) {
            throw new ApiException(405, "method.not.allowed", "HTTP method " + method + " is not supported by "
                    + path, Map.of("Allow", route.method()));
        }
        return route;
    }

    private Route match(String path) {
        if (path.equals(QueuesEndpoint.PATH)) {
            return new Route("GET", "routing:queue:view", counts::countQueue, false, (q, b) -> queues.list(HttpIO.form(q), HttpIO.all(q, "id")));
        }
        if (path.startsWith(QueuesEndpoint.PATH + "/")) {
            String id = path.substring(QueuesEndpoint.PATH.length() + 1);
            if (id.isEmpty() || id.contains("/")) {
                return null;
            }
            return new Route("GET", "routing:queue:view", counts::countQueue, false, (q, b) -> queues.one(id));
        }
        if (path.equals(OBSERVATIONS)) {
            return new Route("POST", "analytics:queueObservation:view", counts::countObservation, true,
                    (q, b) -> observations.handle(b));
        }
        if (path.equals(AGGREGATES)) {
            return new Route("POST", "analytics:conversationAggregate:view", counts::countAggregate, true,
                    (q, b) -> aggregates.handle(b));
        }
        return null;
    }
}
