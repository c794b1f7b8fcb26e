package com.queuewallboard.genesys;

import com.queuewallboard.testing.MutableClock;

import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Secret;
import com.queuewallboard.genesys.FakeGenesys.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retry, backoff, token and error behaviour of the client, over a real socket. */
class ClientFaultsTest {
    private static final String OBS = "POST " + QueueMetricsApi.OBSERVATIONS_PATH;
    private static final String SECRET = "s3cr3t-value-xyz";
    private static final String OK_BODY = "{\"results\":[]}";

    private FakeGenesys fake;
    private MutableClock clock;
    private GenesysHttp http;
    private ApiClient api;
    private QueueMetricsApi metrics;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeGenesys();
        fake.always(OBS, Reply.json(200, OK_BODY));
        clock = new MutableClock(java.time.Instant.parse("2026-11-26T10:00:00Z"));
        // waits move the hand-driven clock and are recorded: no test here sleeps
        http = new GenesysHttp(new HttpTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new RetryPolicy(3, Duration.ofMillis(40), Duration.ofMillis(200)), new Redactor(), 12, clock, clock::sleep);
        TokenProvider tokens = new TokenProvider(fake.baseUrl(), "client-1", Secret.of(SECRET), http,
                GenesysConnector.json(), clock);
        api = new ApiClient(fake.baseUrl(), tokens, http, GenesysConnector.json());
        metrics = new QueueMetricsApi(api);
    }

    @AfterEach
    void stop() {
        http.close();
        fake.close();
    }

    private ObservationJson.Response observe() throws SourceException {
        return metrics.observations(List.of("11111111-1111-4111-8111-111111111111"));
    }

    @Test
    void tokenIsFetchedOnceWithBasicAuthAndReused() throws Exception {
        observe();
        observe();
        observe();
        assertEquals(1, fake.count("POST", "/oauth/token"));
        FakeGenesys.Seen login = fake.seen.get(0);
        assertTrue(login.authorization().startsWith("Basic "));
        assertEquals("grant_type=client_credentials", login.body());
        assertTrue(fake.seen.stream().filter(s -> s.path().contains("observations"))
                .allMatch(s -> "Bearer tok-1".equals(s.authorization())));
    }

    @Test
    void concurrentCallersShareOneTokenRequest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fake.script("POST /oauth/token",
                Reply.json(200, "{\"access_token\":\"tok-slow\",\"expires_in\":3600}").heldUntil(release));
        List<Thread> callers = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r);
            callers.add(t);
            return t;
        });
        List<Future<ObservationJson.Response>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) futures.add(pool.submit((Callable<ObservationJson.Response>) this::observe));
        // the token answer is held until one caller is at the server and the seven others wait for it
        while (fake.count("POST /oauth/token") < 1
                || callers.size() < 8 || callers.stream().filter(t -> t.getState() == Thread.State.BLOCKED).count() < 7) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        assertEquals(1, fake.count("POST", "/oauth/token"));
    }

    @Test
    void a401GetsExactlyOneNewTokenAndOneRetry() throws Exception {
        fake.script(OBS, Reply.json(401, "{\"message\":\"expired\",\"code\":\"bad.credentials\",\"status\":401}"));
        fake.script("POST /oauth/token",
                Reply.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}"),
                Reply.json(200, "{\"access_token\":\"tok-2\",\"expires_in\":3600}"));
        observe();
        assertEquals(2, fake.count("POST", "/oauth/token"));
        assertEquals(2, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
        assertEquals("Bearer tok-2", fake.seen.get(fake.seen.size() - 1).authorization());
    }

    @Test
    void a401TwiceIsAnAuthenticationProblemNotALoop() {
        fake.always(OBS, Reply.json(401, "{\"message\":\"nope\",\"code\":\"bad.credentials\",\"status\":401}"));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.AUTHENTICATION, e.problem().kind());
        assertEquals(2, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
    }

    @Test
    void wrongCredentialsNameTheClientSettingsAndNeverTheSecret() {
        fake.always("POST /oauth/token", Reply.json(401,
                "{\"error\":\"invalid_client\",\"description\":\"bad secret " + SECRET + "\"}"));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.AUTHENTICATION, e.problem().kind());
        assertTrue(e.getMessage().contains("GENESYS_CLIENT_ID"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertEquals(0, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
    }

    @Test
    void rateLimitWaitsAtLeastRetryAfter() throws Exception {
        observe();   // log in first so timings only cover the API call
        fake.script(OBS, Reply.json(429, "{\"message\":\"Rate limit exceeded\",\"code\":\"too.many.requests.retry.after\",\"status\":429}")
                .withHeader("Retry-After", "1"));
        observe();
        assertEquals(3, fake.count(OBS), "the first call, the 429 and its retry");
        assertEquals(List.of(Duration.ofSeconds(1)), clock.sleeps(), "one wait, exactly what Retry-After said");
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReported() {
        fake.always(OBS, Reply.json(503, "{\"message\":\"unavailable\",\"code\":\"service.unavailable\",\"status\":503}"));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.SERVICE, e.problem().kind());
        assertEquals(503, e.problem().httpStatus());
        assertEquals("corr-503", e.problem().correlationId());
        assertEquals(3, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH), "bounded: maxAttempts = 3");
        List<Duration> waits = clock.sleeps();
        assertEquals(2, waits.size(), waits.toString());
        // exponential with jitter in [d/2, d]: 40 ms, then 80 ms
        assertTrue(waits.get(0).toMillis() >= 20 && waits.get(0).toMillis() <= 40, waits.toString());
        assertTrue(waits.get(1).toMillis() >= 40 && waits.get(1).toMillis() <= 80, waits.toString());
    }

    @Test
    void a502a503AndA504AreRetriedLikeTheSdksDo() throws Exception {
        fake.script(OBS, Reply.json(502, "{}"), Reply.json(503, "{}"));
        observe();
        assertEquals(3, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
        fake.script(OBS, Reply.json(504, "{}"));
        observe();
        assertEquals(5, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
    }

    @Test
    void a500AndA501AreReportedAtOnce() {
        for (int status : new int[]{500, 501}) {
            long before = fake.count(OBS);
            fake.script(OBS, Reply.json(status, "{\"message\":\"broken\",\"code\":\"internal.error\",\"status\":" + status + "}"));
            SourceException e = assertThrows(SourceException.class, this::observe);
            assertEquals(ProblemKind.SERVICE, e.problem().kind());
            assertEquals(status, e.problem().httpStatus());
            assertEquals(before + 1, fake.count(OBS), "HTTP " + status + " is not asked again");
        }
        assertTrue(clock.sleeps().isEmpty(), clock.sleeps().toString());
    }

    @Test
    void forbiddenIsNotRetriedAndNamesThePermission() {
        fake.always(OBS, Reply.json(403, "{\"message\":\"Missing permission\",\"code\":\"missing.permissions\",\"status\":403}"));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.PERMISSION, e.problem().kind());
        assertTrue(e.problem().message().contains("analytics:queueObservation:view"), e.problem().message());
        assertEquals("missing.permissions", e.problem().code());
        assertEquals(1, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
    }

    @Test
    void notFoundAndBadRequestAreNotRetried() {
        fake.always(OBS, Reply.json(404, "{\"message\":\"nope\",\"code\":\"not.found\",\"status\":404}"));
        assertEquals(ProblemKind.NOT_FOUND, assertThrows(SourceException.class, this::observe).problem().kind());
        assertEquals(1, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
    }

    @Test
    void rejectedLongestWaitingMetricFallsBackOnce() throws Exception {
        fake.script(OBS, Reply.json(400, "{\"message\":\"Invalid metric oLongestWaiting\",\"code\":\"bad.request\",\"status\":400}"));
        observe();
        observe();
        List<FakeGenesys.Seen> calls = fake.seen.stream().filter(s -> s.path().contains("observations")).toList();
        assertEquals(3, calls.size());
        assertTrue(calls.get(0).body().contains("oLongestWaiting"));
        assertFalse(calls.get(1).body().contains("oLongestWaiting"));
        assertFalse(calls.get(2).body().contains("oLongestWaiting"), "remembered for later refreshes");
    }

    @Test
    void slowAnswersTimeOutAsNetworkProblemsAfterABoundedNumberOfTries() throws Exception {
        CountDownLatch never = new CountDownLatch(1);   // released when the server closes
        fake.always(OBS, Reply.json(200, OK_BODY).heldUntil(never));
        // a short read timeout of its own: the timeout is the socket's, real time by nature
        try (GenesysHttp quick = new GenesysHttp(new HttpTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200)),
                new RetryPolicy(2, Duration.ofMillis(40), Duration.ofMillis(200)), new Redactor(), 4, clock, clock::sleep)) {
            TokenProvider tokens = new TokenProvider(fake.baseUrl(), "c", Secret.of(SECRET), quick, GenesysConnector.json(), clock);
            QueueMetricsApi slow = new QueueMetricsApi(new ApiClient(fake.baseUrl(), tokens, quick, GenesysConnector.json()));
            SourceException e = assertThrows(SourceException.class, () -> slow.observations(List.of("11111111-1111-4111-8111-111111111111")));
            assertEquals(ProblemKind.NETWORK, e.problem().kind());
            assertTrue(e.problem().message().contains("did not answer"), e.problem().message());
            assertEquals(2, fake.count(OBS), "a timeout is retried, a bounded number of times");
            assertEquals(1, clock.sleeps().size());
        }
    }

    @Test
    void refusedConnectionIsANetworkProblem() throws Exception {
        java.net.URI dead;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = java.net.URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
        TokenProvider tokens = new TokenProvider(dead, "c", Secret.of(SECRET), http, GenesysConnector.json(), clock);
        SourceException e = assertThrows(SourceException.class, tokens::token);
        assertEquals(ProblemKind.NETWORK, e.problem().kind());
        assertFalse(e.getMessage().contains(SECRET));
        assertEquals(2, clock.sleeps().size(), "retried with backoff up to maxAttempts = 3, then reported");
    }

    @Test
    void echoedSecretsAndTokensAreRedactedFromErrors() throws Exception {
        observe();
        fake.always(OBS, Reply.json(400, "{\"message\":\"bad header Bearer tok-1 / " + SECRET + "\",\"code\":\"bad.request\"}"));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertFalse(e.getMessage().contains("tok-1"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void decimalRetryAfterIsRoundedUpNeverShortened() throws Exception {
        observe();
        fake.script(OBS, Reply.json(429, "{}").withHeader("Retry-After", "1.5"));
        observe();
        assertEquals(List.of(Duration.ofMillis(1500)), clock.sleeps());
    }

    @Test
    void aRetryAfterOnA503IsHonouredToo() throws Exception {
        observe();
        fake.script(OBS, Reply.json(503, "{}").withHeader("Retry-After", "1"));
        observe();
        assertEquals(List.of(Duration.ofSeconds(1)), clock.sleeps(), "not the 40 ms backoff: what the server said");
    }

    @Test
    void secretsAreRedactedBeforeLongMessagesAreCut() {
        String padding = "x".repeat(190);
        fake.always("POST /oauth/token", Reply.json(401, "{\"error\":\"invalid_client\",\"description\":\"" + padding + SECRET + "\"}"));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertFalse(e.getMessage().contains(SECRET.substring(0, 6)), e.getMessage());
    }

    @Test
    void aLoginUrlThatIsNotGenesysIsAConfigProblem() {
        fake.always("POST /oauth/token", Reply.json(404, "<html>Not Found</html>"));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.CONFIG, e.problem().kind());
        assertTrue(e.getMessage().contains("/oauth/token"), e.getMessage());
    }

    @Test
    void aTricklingServerIsCutOffAtTheDeadline() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread trickler = new Thread(() -> {
                try (java.net.Socket s = server.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    var out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n".getBytes());
                    for (int i = 0; i < 100; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(100);   // the server's pace: always inside the 250 ms read timeout
                    }
                } catch (Exception ignored) {
                    // the client hung up: that is the point
                }
            });
            trickler.setDaemon(true);
            trickler.start();
            GenesysHttp strict = new GenesysHttp(new HttpTimeouts(Duration.ofMillis(100), Duration.ofMillis(250)),
                    new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)), new Redactor(), 2);
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + server.getLocalPort());
            TokenProvider tokens = new TokenProvider(base, "c", Secret.of(SECRET), strict, GenesysConnector.json(), clock);
            long t0 = System.nanoTime();
            SourceException e = assertThrows(SourceException.class, tokens::token);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(ProblemKind.NETWORK, e.problem().kind());
            assertTrue(ms < 5000, "gave up after " + ms + " ms");
            strict.close();
        }
    }

    @Test
    void aLongRetryAfterFailsFastAndHoldsBackLaterCalls() throws Exception {
        observe();
        fake.script(OBS, Reply.json(429, "{\"code\":\"too.many.requests.retry.after\"}").withHeader("Retry-After", "30"));
        SourceException first = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.RATE_LIMITED, first.problem().kind());
        assertTrue(clock.sleeps().isEmpty(), "no 30 s sleep inside a refresh: " + clock.sleeps());
        long sent = fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH);
        clock.advance(Duration.ofSeconds(10));
        SourceException second = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.RATE_LIMITED, second.problem().kind());
        assertEquals(sent, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH), "nothing is sent while Genesys said wait");
        clock.advance(Duration.ofSeconds(21));
        observe();
        assertTrue(clock.sleeps().isEmpty(), clock.sleeps().toString());
        assertEquals(sent + 1, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH), "calls resume once the wait is over");
    }

    @Test
    void retryAfterDatesAndGarbage() {
        GenesysHttp h = new GenesysHttp(HttpTimeouts.DEFAULT, new RetryPolicy(3, Duration.ofMillis(40), Duration.ofMillis(200)),
                new Redactor(), 2, clock, clock::sleep);
        assertEquals(Duration.ofSeconds(5), h.parseRetryAfter("Thu, 26 Nov 2026 10:00:05 GMT"));
        assertEquals(Duration.ZERO, h.parseRetryAfter("Thu, 26 Nov 2026 09:00:00 GMT"));
        assertEquals(Duration.ofMillis(200), h.parseRetryAfter("soon"), "unreadable means the longest backoff, never the shortest");
        assertEquals(Duration.ofMillis(2500), h.parseRetryAfter("2.5"));
        h.close();
    }

    @Test
    void inInRateLimitResetStandsInForAMissingRetryAfter() throws Exception {
        observe();
        fake.script(OBS, Reply.json(429, "{}").withHeader("inin-ratelimit-reset", "1"));
        observe();
        assertEquals(List.of(Duration.ofSeconds(1)), clock.sleeps());
    }

    @Test
    void tokenIsRenewedAMinuteBeforeItExpiresNotAfter() throws Exception {
        fake.always("POST /oauth/token", Reply.json(200, "{\"access_token\":\"t\",\"expires_in\":3600}"));
        TokenProvider tokens = new TokenProvider(fake.baseUrl(), "c", Secret.of(SECRET), http, GenesysConnector.json(), clock);
        tokens.token();
        clock.advance(Duration.ofSeconds(3539));
        tokens.token();
        assertEquals(1, tokens.requestsSent(), "still good 61 s before expiry");
        clock.advance(Duration.ofSeconds(2));
        tokens.token();
        assertEquals(2, tokens.requestsSent(), "renewed inside the last minute, before it runs out");
    }

    @Test
    void aShortLivedTokenIsRenewedAtNinetyPercentOfItsLifetime() throws Exception {
        fake.always("POST /oauth/token", Reply.json(200, "{\"access_token\":\"short\",\"expires_in\":100}"));
        observe();
        clock.advance(Duration.ofSeconds(89));
        observe();
        assertEquals(1, fake.count("POST", "/oauth/token"), "still good at 89 % of its life");
        clock.advance(Duration.ofSeconds(2));
        observe();
        assertEquals(2, fake.count("POST", "/oauth/token"), "renewed at 91 s, before the 100 s expiry");
    }

    @Test
    void everyCallCarriesTheOneUserAgent() throws Exception {
        observe();
        assertEquals("QueueWallboard/" + com.queuewallboard.app.AppVersion.current(), GenesysHttp.USER_AGENT);
        assertTrue(fake.seen.stream().allMatch(s -> GenesysHttp.USER_AGENT.equals(s.userAgent())), fake.seen.toString());
    }
}
