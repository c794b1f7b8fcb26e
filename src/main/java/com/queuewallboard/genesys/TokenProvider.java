package com.queuewallboard.genesys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Secret;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OAuth client credentials at {@code login.<env>/oauth/token}. Keeps the token in memory and
 * reuses it until shortly before {@code expires_in} runs out. Callers that need a token at the
 * same time wait on one request instead of each sending their own.
 */
public final class TokenProvider {
    /** Renew this long before expiry, or at 90% of the lifetime for short-lived tokens. */
    private static final Duration RENEW_MARGIN = Duration.ofSeconds(60);

    private final URI tokenUrl;
    private final String basicAuth;
    private final GenesysHttp http;
    private final ObjectMapper json;
    private final ErrorMapper errors;
    private final Clock clock;
    private final AtomicInteger requestsSent = new AtomicInteger();

    private String token;
    private Instant renewAt = Instant.MIN;

    public TokenProvider(URI loginBase, String clientId, Secret secret, GenesysHttp http, ObjectMapper json, Clock clock) {
        this.tokenUrl = URI.create(loginBase.toString().replaceAll("/+$", "") + "/oauth/token");
        this.basicAuth = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + secret.reveal()).getBytes(StandardCharsets.UTF_8));
        this.http = http;
        this.json = json;
        this.errors = new ErrorMapper(json, http.redactor());
        this.clock = clock;
        http.redactor().addCredentials(clientId, secret.reveal());
    }

    /** A valid access token, fetching a new one only when needed. */
    public synchronized String token() throws SourceException {
        if (token == null || !clock.instant().isBefore(renewAt)) fetch();
        return token;
    }

    /** Drops the token after the API said 401 with it; the next {@link #token()} logs in again. */
    public synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
            renewAt = Instant.MIN;
        }
    }

    /** How many token requests were sent (for tests and the benchmark). */
    public int requestsSent() {
        return requestsSent.get();
    }

    private void fetch() throws SourceException {
        requestsSent.incrementAndGet();
        HttpReply reply = http.send(() -> {
            HttpPost post = new HttpPost(tokenUrl);
            post.setHeader("Authorization", basicAuth);
            post.setHeader("Accept", "application/json");
            // the plain media type, as Genesys' own SDKs send it (no charset parameter)
            post.setEntity(new StringEntity("grant_type=client_credentials",
                    ContentType.create("application/x-www-form-urlencoded", (java.nio.charset.Charset) null)));
            return post;
        }, tokenUrl.getHost());
        if (!reply.isSuccess()) throw new SourceException(errors.loginProblem(reply, tokenUrl.getHost()));
        TokenResponse parsed;
        try {
            parsed = json.readValue(reply.body(), TokenResponse.class);
        } catch (Exception e) {
            throw new SourceException(Problem.of(ProblemKind.SERVICE,
                    "The login server " + tokenUrl.getHost() + " sent an unreadable token response. Check --base-url / --login-url."));
        }
        if (parsed.accessToken() == null || parsed.accessToken().isBlank()) {
            throw new SourceException(Problem.of(ProblemKind.SERVICE,
                    "The login server " + tokenUrl.getHost() + " sent no access token. Check --base-url / --login-url."));
        }
        // No lifetime given: assume a short one rather than trust a token for a day.
        long lifetime = parsed.expiresIn() == null || parsed.expiresIn() <= 0 ? 300 : parsed.expiresIn();
        Duration margin = Duration.ofSeconds(Math.min(RENEW_MARGIN.toSeconds(), Math.max(lifetime > 2 ? 1 : 0, lifetime / 10)));
        token = parsed.accessToken();
        renewAt = clock.instant().plusSeconds(lifetime).minus(margin);
        http.redactor().addToken(token);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") Long expiresIn) {
    }
}
