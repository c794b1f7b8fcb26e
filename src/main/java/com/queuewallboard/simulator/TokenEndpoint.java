package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/**
 * {@code POST /oauth/token}, the login host's client-credentials grant. Errors here use the
 * OAuth shape ({@code error}/{@code description}), not the API's error body.
 */
final class TokenEndpoint {

    private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store", "Pragma", "no-cache");

    private final String clientId;
    private final String clientSecret;
    private final TokenStore tokens;
    private final FaultKnobs knobs;

    TokenEndpoint(String clientId, String clientSecret, TokenStore tokens, FaultKnobs knobs) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tokens = tokens;
        this.knobs = knobs;
    }

    void handle(SimExchange exchange) throws IOException {
        if (!"POST".equals(exchange.method())) {
            fail(exchange, 405, "invalid_request", "The token endpoint only accepts POST.", Map.of("Allow", "POST"));
            return;
        }
        byte[] raw;
        try {
            raw = HttpIO.body(exchange);
        } catch (ApiException tooLarge) {
            fail(exchange, 400, "invalid_request", tooLarge.getMessage());
            return;
        }
        if (!credentialsMatch(exchange.header("Authorization"))) {
            fail(exchange, 401, "invalid_client", "client not found or bad client secret",
                    Map.of("WWW-Authenticate", "Basic realm=\"oauth\""));
            return;
        }
        if (!HttpIO.contentTypeIs(exchange, "application/x-www-form-urlencoded")) {
            fail(exchange, 400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
            return;
        }
        String grant = HttpIO.form(new String(raw, StandardCharsets.UTF_8)).get("grant_type");
        if (grant == null || grant.isEmpty()) {
            fail(exchange, 400, "invalid_request", "grant_type is required");
            return;
        }
        if (!"client_credentials".equals(grant)) {
            fail(exchange, 400, "unsupported_grant_type", "grant type " + grant + " is not allowed for this client");
            return;
        }
        long lifetime = knobs.tokenLifetime().getSeconds();
        ObjectNode body = Json.object();
        body.put("access_token", tokens.issue(lifetime));
        body.put("token_type", "bearer");
        body.put("expires_in", lifetime);
        HttpIO.send(exchange, 200, body, NO_STORE);
    }

    private boolean credentialsMatch(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        // constant-time compare: a demo server, but no reason to teach timing leaks
        return MessageDigest.isEqual(decoded.substring(0, colon).getBytes(StandardCharsets.UTF_8),
                clientId.getBytes(StandardCharsets.UTF_8))
                & MessageDigest.isEqual(decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8),
                clientSecret.getBytes(StandardCharsets.UTF_8));
    }

    private static void fail(SimExchange exchange, int status, String error, String description) throws IOException {
        fail(exchange, status, error, description, Map.of());
    }

    private static void fail(SimExchange exchange, int status, String error, String description,
                             Map<String, String> extra) throws IOException {
        Map<String, String> headers = new java.util.LinkedHashMap<>(NO_STORE);
        headers.putAll(extra);
        HttpIO.send(exchange, status, ApiErrors.oauthBody(error, description), headers);
    }
}
