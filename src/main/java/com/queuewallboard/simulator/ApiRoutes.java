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
    private final NotificationChannels channels;

    ApiRoutes(QueuesEndpoint queues, ObservationEndpoint observations, AggregateEndpoint aggregates,
              RequestCounts counts, NotificationChannels channels) {
        this.channels = channels;
        this.queues = queues;
        this.observations = observations;
        this.aggregates = aggregates;
        this.counts = counts;
    }

    /** The route for this path and method; throws 404/405 as Genesys would. */
    Route resolve(String method, String path) throws ApiException {
        Route route = match(path, method);
        if (route == null) {
            throw new ApiException(404, "not.found", "Unable to find a resource for the path " + path);
        }
        if (!route.method().equals(method)) {
            String allow = route.method().equals("GET") || route.method().equals("PUT") ? allowed(path) : route.method();
            throw new ApiException(405, "method.not.allowed", "HTTP method " + method + " is not supported by "
                    + path, Map.of("Allow", allow));
        }
        return route;
    }

    private static String allowed(String path) {
        return path.endsWith("/subscriptions") ? "GET, PUT" : "GET";
    }

    private Route match(String path, String method) {
        if (path.equals(NotificationChannels.PATH)) {
            // no permission of its own: any authorized client may open a channel
            return new Route("POST", null, counts::countNotification, false, (q, b) -> channels.create());
        }
        if (path.startsWith(NotificationChannels.PATH + "/") && path.endsWith("/subscriptions")) {
            String id = path.substring(NotificationChannels.PATH.length() + 1, path.length() - "/subscriptions".length());
            if (id.isEmpty() || id.contains("/")) {
                return null;
            }
            if ("PUT".equals(method)) {
                // subscribing to a queue's observations needs what the observations query needs
                return new Route("PUT", "analytics:queueObservation:view", counts::countNotification, true,
                        (q, b) -> channels.replace(id, b));
            }
            return new Route("GET", null, counts::countNotification, false, (q, b) -> channels.list(id));
        }
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
