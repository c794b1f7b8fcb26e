package com.queuewallboard.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ChannelApi} over the JDK's HttpClient (the board's HTTP layer has no PUT to lend).
 * Tokens come from the board's {@link TokenSource}: a 401 gets one new token and one retry, so
 * a token renewal never costs the stream. Error reasons name the status and the code, never
 * a token.
 */
public final class HttpChannelApi implements ChannelApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private final URI apiBase;
    private final TokenSource tokens;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /** @param apiBase e.g. {@code https://api.mypurecloud.ie} (plain http only on loopback, checked by config) */
    public HttpChannelApi(URI apiBase, TokenSource tokens, HttpClient http) {
        this.apiBase = URI.create(apiBase.toString().replaceAll("/+$", ""));
        this.tokens = tokens;
        this.http = http;
    }

    @Override
    public Channel create() throws PushException {
        JsonNode body = call("POST", "/api/v2/notifications/channels", null, "opening a notification channel");
        String id = body.path("id").asText(null);
        String uri = body.path("connectUri").asText(null);
        if (id == null || uri == null) {
            throw new PushException("the notification channel came without id or connectUri", 0);
        }
        Instant expires;
        try {
            expires = Instant.parse(body.path("expires").asText());
        } catch (RuntimeException e) {
            expires = Instant.now().plus(Duration.ofHours(24)); // belief: the documented 24 h when none is given
        }
        URI connect = URI.create(uri);
        String scheme = connect.getScheme();
        boolean loopback = "127.0.0.1".equals(connect.getHost()) || "localhost".equals(connect.getHost());
        if (!"wss".equals(scheme) && !("ws".equals(scheme) && loopback)) {
            throw new PushException("the notification socket is not encrypted (" + scheme + ")", 0);
        }
        return new Channel(id, connect, expires);
    }

    @Override
    public void subscribe(String channelId, List<String> topics) throws PushException {
        ArrayNode body = json.createArrayNode();
        topics.forEach(t -> body.addObject().put("id", t));
        call("PUT", "/api/v2/notifications/channels/" + channelId + "/subscriptions", body.toString(),
                "subscribing the queues");
    }

    @Override
    public List<String> subscriptions(String channelId) throws PushException {
        JsonNode body = call("GET", "/api/v2/notifications/channels/" + channelId + "/subscriptions", null,
                "checking the channel's subscriptions");
        List<String> topics = new ArrayList<>();
        for (JsonNode entity : body.path("entities")) {
            String id = entity.path("id").asText("");
            if (!id.isEmpty()) {
                topics.add(id);
            }
        }
        return topics;
    }

    private JsonNode call(String method, String path, String body, String what) throws PushException {
        String token = token();
        HttpResponse<String> reply = send(method, path, body, token, what);
        if (reply.statusCode() == 401) {
            tokens.invalidate(token);
            reply = send(method, path, body, token(), what);
        }
        if (reply.statusCode() / 100 != 2) {
            throw new PushException(what + " failed: HTTP " + reply.statusCode() + code(reply.body()),
                    reply.statusCode());
        }
        try {
            return reply.body().isBlank() ? json.createObjectNode() : json.readTree(reply.body());
        } catch (IOException e) {
            throw new PushException(what + ": unreadable answer", 0);
        }
    }

    private String code(String body) {
        try {
            String code = json.readTree(body).path("code").asText("");
            return code.isEmpty() ? "" : " " + code;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private String token() throws PushException {
        try {
            return tokens.token();
        } catch (Exception e) {
            throw new PushException("no token: " + e.getMessage(), 0); // the provider's messages carry no secret
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String token, String what)
            throws PushException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(apiBase + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PushException(what + " failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException(what + " interrupted", e);
        }
    }
}
