package com.queuewallboard.simulator;

import com.queuewallboard.app.Sleeper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Front door of the simulated Genesys Cloud: counts, applies the fault knobs, checks the
 * bearer token, rate limit and permissions in the order a client meets them, then hands over
 * to the endpoint. Every /api/v2 response carries {@code ININ-Correlation-Id}.
 */
final class ApiDispatcher {

    private static final Logger LOG = Logger.getLogger(ApiDispatcher.class.getName());

    private final ApiRoutes routes;
    private final TokenEndpoint tokenEndpoint;
    private final TokenStore tokens;
    private final RateLimiter limiter = new RateLimiter();
    private final FaultKnobs knobs;
    private final RequestCounts counts;

    ApiDispatcher(ApiRoutes routes, TokenEndpoint tokenEndpoint, TokenStore tokens, FaultKnobs knobs,
                  RequestCounts counts) {
        this.routes = routes;
        this.tokenEndpoint = tokenEndpoint;
        this.tokens = tokens;
        this.knobs = knobs;
        this.counts = counts;
    }

    /** Answers one request; never throws (a failure is logged and the exchange left to the server). */
    void handle(SimExchange exchange) {
        try {
            counts.countAny();
            delay();
            String path = exchange.rawPath();
            if ("/oauth/token".equals(path)) {
                counts.countToken();
                tokenEndpoint.handle(exchange);
                return;
            }
            api(exchange, path);
        } catch (IOException | RuntimeException e) {
            // a client that hangs up mid-response is normal; anything else is our bug: log it
            LOG.log(Level.WARNING, "simulator request failed", e);
        }
    }

    private void api(SimExchange exchange, String path) throws IOException {
        String correlationId = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>();
        headers.put("ININ-Correlation-Id", correlationId);
        try {
            ApiRoutes.Route route = routes.resolve(exchange.method(), path);
            route.counter().run();
            String token = bearer(exchange);
            RateLimiter.Usage usage = limiter.count(token, knobs.requestsPerMinute());
            headers.put("inin-ratelimit-count", Integer.toString(usage.count()));
            headers.put("inin-ratelimit-allowed", Integer.toString(usage.allowed() > 0 ? usage.allowed()
                    : Integer.MAX_VALUE));
            headers.put("inin-ratelimit-reset", Long.toString(usage.resetSeconds()));
            if (knobs.takeRateLimited()) {
                throw tooMany(knobs.retryAfterSeconds());
            }
            if (usage.over()) {
                throw tooMany(usage.resetSeconds());
            }
            int failure = knobs.drawServerError();
            if (failure != 0) {
                throw serverError(failure);
            }
            if (route.permission() != null && knobs.isMissing(route.permission())) {
                HttpIO.send(exchange, 403, ApiErrors.missingPermission(route.permission(), correlationId), headers);
                return;
            }
            JsonNode body = route.jsonBody() ? jsonBody(exchange) : null;
            JsonNode response = route.handler().handle(exchange.rawQuery(), body);
            HttpIO.send(exchange, 200, response, headers);
        } catch (RuntimeException bug) {
            // our bug, not the client's: answer like Genesys would and keep the trace in the log
            LOG.log(Level.WARNING, "simulator failed on " + path, bug);
            HttpIO.send(exchange, 500, ApiErrors.apiBody(500, "internal.server.error",
                    "The server encountered an unexpected condition.", correlationId), headers);
        } catch (ApiException e) {
            headers.putAll(e.headers);
            HttpIO.send(exchange, e.status, ApiErrors.apiBody(e.status, e.code, e.getMessage(), correlationId),
                    headers);
        }
    }

    private String bearer(SimExchange exchange) throws ApiException {
        String header = exchange.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw new ApiException(401, "authentication.required",
                    "No authentication bearer token specified in authorization header.");
        }
        String token = header.substring(7).trim();
        TokenStore.Check check = tokens.check(token);
        if (check != TokenStore.Check.VALID) {
            // Genesys says the same for unknown, expired and revoked tokens
            throw new ApiException(401, "bad.credentials", "Invalid login credentials.");
        }
        return token;
    }

    private JsonNode jsonBody(SimExchange exchange) throws ApiException, IOException {
        if (!HttpIO.contentTypeIs(exchange, "application/json")) {
            throw new ApiException(415, "unsupported.media.type", "Content-Type must be application/json");
        }
        byte[] raw = HttpIO.body(exchange);
        if (raw.length == 0) {
            throw ApiException.badRequest("The request body is required");
        }
        try {
            return Json.MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Unable to parse the request body: " + e.getOriginalMessage());
        }
    }

    private static ApiException tooMany(long retryAfterSeconds) {
        return new ApiException(429, "too.many.requests.retry.after",
                "Rate limit exceeded the maximum. Retry the request in [" + retryAfterSeconds + "] seconds",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    private static ApiException serverError(int status) {
        switch (status) {
            case 500: return new ApiException(500, "internal.server.error",
                    "The server encountered an unexpected condition which prevented it from fulfilling the request.");
            case 501: return new ApiException(501, "not.implemented",
                    "The server does not support the functionality required to fulfill the request.");
            case 502: return new ApiException(502, "bad.gateway",
                    "The server received an invalid response from an upstream service.");
            case 504: return new ApiException(504, "gateway.timeout",
                    "The request timed out waiting for an upstream service.");
            default: return new ApiException(503, "service.unavailable", "Service Unavailable");
        }
    }

    private void delay() {
        long ms = knobs.latency().toMillis();
        if (ms > 0) {
            try {
                Sleeper.REAL.sleep(knobs.latency());   // the latency knob: a real wait by design
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
