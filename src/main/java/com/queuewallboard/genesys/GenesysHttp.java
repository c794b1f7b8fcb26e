package com.queuewallboard.genesys;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLException;
import java.io.Closeable;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends requests with timeouts and bounded retries: network faults, 5xx and 429 are retried with
 * backoff (429 never sooner than {@code Retry-After}); every other status is handed back to the
 * caller to interpret. TLS verification stays as the JDK does it; it is never switched off.
 */
public final class GenesysHttp implements Closeable {
    private static final Logger LOG = Logger.getLogger(GenesysHttp.class.getName());
    /** Longer waits than this are not slept inside a refresh; the call fails and later ones wait. */
    private static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(15);

    private final CloseableHttpClient client;
    private final HttpTimeouts timeouts;
    private final RetryPolicy retries;
    private final Redactor redactor;
    private final Clock clock;
    private final AtomicReference<Instant> rateLimitedUntil = new AtomicReference<>(Instant.MIN);

    public GenesysHttp(HttpTimeouts timeouts, RetryPolicy retries, Redactor redactor, int maxConnections) {
        this(timeouts, retries, redactor, maxConnections, Clock.systemUTC());
    }

    GenesysHttp(HttpTimeouts timeouts, RetryPolicy retries, Redactor redactor, int maxConnections, Clock clock) {
        this.timeouts = timeouts;
        this.retries = retries;
        this.redactor = redactor;
        this.clock = clock;
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(timeouts.connect()))
                .setSocketTimeout(Timeout.of(timeouts.response()))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection)
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(timeouts.response()))
                        .build())
                .disableAutomaticRetries()   // retries are ours, so they follow Genesys' rules
                .disableCookieManagement()
                .setUserAgent("QueueWallboard/1.0")
                .build();
    }

    public Redactor redactor() {
        return redactor;
    }

    /**
     * Sends the request (built anew for each try) until it gets a final answer. Returns the last
     * reply, which may still be a 429 or 5xx when the tries ran out.
     */
    HttpReply send(Supplier<ClassicHttpRequest> request, String target) throws SourceException {
        HttpReply reply = null;
        for (int attempt = 1; ; attempt++) {
            waitOutRateLimit(target);
            try {
                reply = exchange(request.get());
            } catch (IOException e) {
                Problem problem = networkProblem(e, target);
                if (e instanceof SSLException || attempt >= retries.maxAttempts()) {
                    LOG.log(Level.WARNING, "Giving up on " + target + " after " + attempt + " tries: " + e);
                    throw new SourceException(problem, e);
                }
                LOG.log(Level.INFO, "Retrying after network fault: {0}", problem.message());
                pause(retries.backoff(attempt + 1), target);
                continue;
            }
            if (!reply.isRetryable() || attempt >= retries.maxAttempts()) {
                if (reply.status() == 429) noteRateLimit(reply.retryAfter());
                return reply;
            }
            if (reply.status() == 429) {
                Duration wait = retries.afterRateLimit(attempt + 1, reply.retryAfter());
                noteRateLimit(wait);
                LOG.log(Level.INFO, "HTTP 429 from {0}; waiting {1} ms", new Object[]{target, wait.toMillis()});
            } else {
                LOG.log(Level.INFO, "HTTP {0} from {1}; retrying", new Object[]{reply.status(), target});
                pause(retries.backoff(attempt + 1), target);
            }
        }
    }

    private HttpReply exchange(ClassicHttpRequest request) throws IOException {
        return client.execute(request, response -> {
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            Header correlation = response.getFirstHeader("ININ-Correlation-Id");
            Header retryAfter = response.getFirstHeader("Retry-After");
            return new HttpReply(response.getCode(), body,
                    correlation == null ? null : correlation.getValue(),
                    retryAfter == null ? null : parseRetryAfter(retryAfter.getValue()));
        });
    }

    /** Retry-After is delta-seconds or an HTTP date; anything unreadable counts as absent. */
    Duration parseRetryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notDate) {
                return null;
            }
        }
    }

    private void noteRateLimit(Duration wait) {
        if (wait == null) return;
        Instant until = clock.instant().plus(wait);
        rateLimitedUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Honours an earlier Retry-After for every later call: sleep it out, or fail fast if long. */
    private void waitOutRateLimit(String target) throws SourceException {
        Duration remaining = Duration.between(clock.instant(), rateLimitedUntil.get());
        if (remaining.isNegative() || remaining.isZero()) return;
        if (remaining.compareTo(MAX_INLINE_WAIT) > 0) {
            throw new SourceException(Problem.of(ProblemKind.RATE_LIMITED,
                    "Genesys Cloud asked this OAuth client to wait " + (remaining.toSeconds() + 1)
                            + " s before calling again (rate limit). The board retries after that; "
                            + "if this keeps happening, lengthen the refresh interval."));
        }
        pause(remaining, target);
    }

    private void pause(Duration d, String target) throws SourceException {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(Problem.of(ProblemKind.NETWORK, "Call to " + target + " was cancelled."), e);
        }
    }

    Problem networkProblem(IOException e, String target) {
        String what;
        if (e instanceof UnknownHostException) {
            what = "Cannot find " + target + " (host name not found). Check the region or --base-url, and the network/DNS.";
        } else if (e instanceof ConnectTimeoutException) {
            what = "No connection to " + target + " within " + timeouts.connect().toSeconds() + " s. Check the network, firewall or proxy.";
        } else if (e instanceof SocketTimeoutException) {
            what = target + " did not answer within " + timeouts.response().toSeconds() + " s. Genesys Cloud or the network is slow; the board keeps retrying.";
        } else if (e instanceof HttpHostConnectException) {
            what = "Connection to " + target + " was refused. Check the region or --base-url, and that the service is running.";
        } else if (e instanceof SSLException) {
            boolean untrusted = String.valueOf(e.getMessage()).contains("PKIX");
            what = "Secure connection to " + target + " failed: "
                    + (untrusted ? "its certificate is not trusted" : "TLS " + e.getClass().getSimpleName())
                    + ". If a company proxy inspects HTTPS, add its certificate to the Java trust store.";
        } else {
            what = "Network error talking to " + target + " (" + e.getClass().getSimpleName() + "). Check the network connection.";
        }
        return Problem.of(ProblemKind.NETWORK, redactor.clean(what));
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing HTTP client", e);
        }
    }
}
