package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;

/** A plain HTTP client for the tests: real sockets, no shortcuts into the simulator. */
final class SimClient {

    static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
    /** A Thursday mid-morning: the centre is busy and Email Care has a backlog. */
    static final Instant MORNING = LocalDate.of(2026, 11, 26).atTime(LocalTime.of(10, 30)).atZone(DUBLIN).toInstant();

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, HttpHeaders headers, JsonNode body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final GenesysSimulator sim;
    private String token;

    SimClient(GenesysSimulator sim) {
        this.sim = sim;
    }

    static SimulatorOptions.Builder morning() {
        return SimulatorOptions.builder().clock(java.time.Clock.fixed(MORNING, java.time.ZoneOffset.UTC))
                .timeZone(DUBLIN);
    }

    Reply tokenRequest(String id, String secret, String contentType, String form) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(sim.baseUrl().resolve("/oauth/token"))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (id != null) {
            String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + basic);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    String token() throws IOException {
        if (token == null) {
            Reply r = tokenRequest(sim.clientId(), sim.clientSecret(), "application/x-www-form-urlencoded",
                    "grant_type=client_credentials");
            if (r.status() != 200) {
                throw new IllegalStateException("token request failed: " + r);
            }
            token = r.body().get("access_token").asText();
        }
        return token;
    }

    void forgetToken() {
        token = null;
    }

    Reply get(String pathAndQuery) throws IOException {
        return send(authed(pathAndQuery).GET().build());
    }

    Reply post(String path, String json) throws IOException {
        return send(authed(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply post(String path, JsonNode json) throws IOException {
        return post(path, json.toString());
    }

    Reply observations(JsonNode query) throws IOException {
        return post(ApiRoutes.OBSERVATIONS, query);
    }

    Reply aggregates(JsonNode query) throws IOException {
        return post(ApiRoutes.AGGREGATES, query);
    }

    Reply send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isEmpty() ? null : JSON.readTree(r.body());
            return new Reply(r.statusCode(), r.headers(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    HttpRequest.Builder authed(String pathAndQuery) throws IOException {
        return HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer " + token());
    }

    /** {"filter":{"type":"or","predicates":[one per queue]},"metrics":[...],"detailMetrics":[...]} */
    static JsonNode observationQuery(Iterable<String> queueIds, String[] metrics, String... detailMetrics) {
        var q = JSON.createObjectNode();
        var predicates = q.putObject("filter").put("type", "or").putArray("predicates");
        for (String id : queueIds) {
            predicates.addObject().put("type", "dimension").put("dimension", "queueId").put("operator", "matches")
                    .put("value", id);
        }
        var m = q.putArray("metrics");
        for (String metric : metrics) {
            m.add(metric);
        }
        if (detailMetrics.length > 0) {
            var d = q.putArray("detailMetrics");
            for (String metric : detailMetrics) {
                d.add(metric);
            }
        }
        return q;
    }

    static final String[] ALL_METRICS = {"oWaiting", "oInteracting", "oAlerting", "oOnQueueUsers", "oOffQueueUsers",
        "oActiveUsers", "oMemberUsers", "oUserRoutingStatuses", "oLongestWaiting"};

    /** Today's totals query for the local day of {@link #MORNING}. */
    static JsonNode todayQuery(Iterable<String> queueIds, String granularity) {
        var q = JSON.createObjectNode();
        q.put("interval", "2026-11-26T00:00:00.000Z/2026-11-27T00:00:00.000Z");
        q.put("timeZone", "Europe/Dublin");
        if (granularity != null) {
            q.put("granularity", granularity);
        }
        q.putArray("groupBy").add("queueId").add("mediaType");
        var predicates = q.putObject("filter").put("type", "or").putArray("predicates");
        for (String id : queueIds) {
            predicates.addObject().put("dimension", "queueId").put("value", id);
        }
        var m = q.putArray("metrics");
        for (String metric : new String[] {"nOffered", "tAnswered", "tAbandon", "tWait", "tHandle", "nOverSla",
            "oServiceLevel"}) {
            m.add(metric);
        }
        return q;
    }
}
