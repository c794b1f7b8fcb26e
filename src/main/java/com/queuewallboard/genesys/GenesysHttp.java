package com.queuewallboard.genesys;

import com.queuewallboard.app.DaemonThreads;
import com.queuewallboard.app.Sleeper;
import com.queuewallboard.app.AppVersion;
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
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends requests with timeouts and bounded retries, as the official SDKs do: 429, 502, 503 and 504
 * and network faults are retried with backoff (429 and 503 never sooner than {@code Retry-After});
 * every other status (500 and 501 too: they do not pass by asking again) is handed back to the
 * caller to interpret. TLS verification stays as the JDK does it; it is never switched off.
 */
public final class GenesysHttp implements Closeable {
    private static final Logger LOG = Logger.getLogger(GenesysHttp.class.getName());
    /** Longer waits than this are not slept inside a refresh; the call fails and later ones wait. */
    private static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(15);
    /** Aborts attempts that overrun their deadline (a server trickling bytes never trips a read timeout). */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("http-deadline"));

    /**
     * The User-Agent of every call, the one place it is built. At the merge with the app's
     * version: {@code "QueueWallboard/" + AppVersion.current()}.
     */
    public static final String USER_AGENT = "QueueWallboard/" + AppVersion.current();

    private final CloseableHttpClient client;
    private final HttpTimeouts timeouts;
    private final RetryPolicy retries;
    private final Redactor redactor;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AtomicReference<Instant> rateLimitedUntil = new AtomicReference<>(Instant.MIN);

    public GenesysHttp(HttpTimeouts timeouts, RetryPolicy retries, Redactor redactor, int maxConnections) {
        this(timeouts, retries, redactor, maxConnections, Clock.systemUTC(), Sleeper.REAL);
    }

    /**
     * @param clock   for Retry-After dates, the rate-limit hold-back and the retry budget
     * @param sleeper waits between tries (tests pass one that moves their clock)
     */
    public GenesysHttp(HttpTimeouts timeouts, RetryPolicy retries, Redactor redactor, int maxConnections, Clock clock,
                       Sleeper sleeper) {
        this.timeouts = timeouts;
        this.retries = retries;
        this.redactor = redactor;
        this.clock = clock;
        this.sleeper = sleeper;
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
                        .setConnectionRequestTimeout(Timeout.of(timeouts.connect()))
                        .build())
                .disableAutomaticRetries()   // retries are ours, so they follow Genesys' rules
                .disableCookieManagement()
                .setUserAgent(USER_AGENT)
                .build();
    }

    public Redactor redactor() {
        return redactor;
    }

    /**
     * Sends the request (built anew for each try) until it gets a final answer. Returns the last
     * reply, which may still be a 429 or 5xx when the tries ran out.
     */
    HttpReply send(Supplier<HttpUriRequestBase> request, String target) throws SourceException {
        Instant started = clock.instant();
        // All tries of one call together get twice the response timeout (at least 20 s, so a
        // short Retry-After is still waited out rather than given up on).
        Duration budget = max(timeouts.response().multipliedBy(2), Duration.ofSeconds(20));
        for (int attempt = 1; ; attempt++) {
            waitOutRateLimit(target);
            HttpReply reply;
            try {
                reply = exchange(request.get());
            } catch (IOException e) {
                Problem problem = networkProblem(e, target);
                Duration wait = retries.backoff(attempt + 1);
                if (e instanceof SSLException || attempt >= retries.maxAttempts() || overBudget(started, wait, budget)) {
                    LOG.log(Level.WARNING, "Giving up on " + target + " after " + attempt + " tries: "
                            + e.getClass().getSimpleName() + " " + redactor.clean(String.valueOf(e.getMessage())));
                    throw new SourceException(problem, e);
                }
                LOG.log(Level.INFO, "Retrying after network fault: {0}", problem.message());
                pause(wait, target);
                continue;
            }
            if (!reply.isRetryable()) return reply;
            // 429, and a 503 that says when to come back: never sooner than Retry-After.
            boolean serverSaidWhen = reply.status() == 429 || reply.retryAfter() != null;
            Duration wait = serverSaidWhen ? retries.afterRateLimit(attempt + 1, reply.retryAfter()) : retries.backoff(attempt + 1);
            if (serverSaidWhen) noteRateLimit(wait);
            if (attempt >= retries.maxAttempts() || overBudget(started, wait, budget)) return reply;
            LOG.log(Level.INFO, "HTTP {0} from {1}; retrying in {2} ms", new Object[]{reply.status(), target, wait.toMillis()});
            if (!serverSaidWhen) pause(wait, target);   // otherwise waitOutRateLimit sleeps at the loop's top
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private boolean overBudget(Instant started, Duration nextWait, Duration budget) {
        return Duration.between(started, clock.instant()).plus(nextWait).compareTo(budget) > 0;
    }

    private HttpReply exchange(HttpUriRequestBase request) throws IOException {
        AtomicBoolean overran = new AtomicBoolean();
        ScheduledFuture<?> deadline = WATCHDOG.schedule(() -> {
            overran.set(true);
            request.cancel();
        }, timeouts.connect().plus(timeouts.response()).toMillis(), TimeUnit.MILLISECONDS);
        try {
            return client.execute(request, response -> {
                byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
                Header correlation = response.getFirstHeader("ININ-Correlation-Id");
                Header retryAfter = response.getFirstHeader("Retry-After");
                // Without Retry-After, a 429's inin-ratelimit-reset says when the count starts over.
                Header reset = response.getCode() == 429 && retryAfter == null
                        ? response.getFirstHeader("inin-ratelimit-reset") : null;
                Header wait = retryAfter != null ? retryAfter : reset;
                return new HttpReply(response.getCode(), body,
                        correlation == null ? null : oneLine(correlation.getValue()),
                        wait == null ? null : parseRetryAfter(wait.getValue()));
            });
        } catch (IOException | RuntimeException e) {
            if (overran.get()) throw new SocketTimeoutException("no complete answer before the deadline");
            if (e instanceof IOException io) throw io;
            throw new IOException(e.getClass().getSimpleName(), e);   // e.g. a malformed response head
        } finally {
            deadline.cancel(false);
        }
    }

    private String oneLine(String value) {
        String v = redactor.clean(value);
        return v.length() > 100 ? v.substring(0, 100) : v;
    }

    /**
     * Retry-After is delta-seconds (decimals rounded up) or an HTTP date. A value we cannot read
     * still means "wait": the longest backoff, never the shortest.
     */
    Duration parseRetryAfter(String value) {
        String v = value.strip();
        try {
            double seconds = Double.parseDouble(v);
            if (!Double.isFinite(seconds)) return retries.maxDelay();
            return Duration.ofMillis((long) Math.ceil(Math.max(0, Math.min(seconds, 86_400)) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notDate) {
                return retries.maxDelay();
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
                            + " s before calling again (rate limit). Calls resume after that; "
                            + "if this keeps happening, lengthen the refresh interval."));
        }
        pause(remaining, target);
    }

    private void pause(Duration d, String target) throws SourceException {
        try {
            sleeper.sleep(d);
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
            what = target + " did not answer within " + timeouts.response().toSeconds() + " s. Genesys Cloud or the network is slow; try again shortly.";
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
