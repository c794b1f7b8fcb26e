package com.queuewallboard.genesys;

import com.queuewallboard.testing.MutableClock;

import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Secret;
import com.queuewallboard.genesys.FakeGenesys.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    private GenesysHttp http;
    private ApiClient api;
    private QueueMetricsApi metrics;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeGenesys();
        fake.always(OBS, Reply.json(200, OK_BODY));
        http = new GenesysHttp(new HttpTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new RetryPolicy(3, Duration.ofMillis(40), Duration.ofMillis(200)), new Redactor(), 12);
        TokenProvider tokens = new TokenProvider(fake.baseUrl(), "client-1", Secret.of(SECRET), http,
                GenesysConnector.json(), Clock.systemUTC());
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
        fake.script("POST /oauth/token",
                Reply.json(200, "{\"access_token\":\"tok-slow\",\"expires_in\":3600}").delayed(300));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ObservationJson.Response>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) futures.add(pool.submit((Callable<ObservationJson.Response>) this::observe));
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
        long before = System.currentTimeMillis();
        observe();
        List<FakeGenesys.Seen> calls = fake.seen.stream().filter(s -> s.path().contains("observations")).toList();
        long gap = calls.get(calls.size() - 1).atMillis() - calls.get(calls.size() - 2).atMillis();
        assertTrue(gap >= 1000, "retried after " + gap + " ms, Retry-After was 1 s");
        assertTrue(System.currentTimeMillis() - before < 5000);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReported() {
        fake.always(OBS, Reply.json(503, "{\"message\":\"unavailable\",\"code\":\"service.unavailable\",\"status\":503}"));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.SERVICE, e.problem().kind());
        assertEquals(503, e.problem().httpStatus());
        assertEquals("corr-503", e.problem().correlationId());
        assertEquals(3, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH), "bounded: maxAttempts = 3");
    }

    @Test
    void aTransient503Recovers() throws Exception {
        fake.script(OBS, Reply.json(503, "{}"), Reply.json(504, "{}"));
        observe();
        assertEquals(3, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH));
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
    void slowAnswersTimeOutAsNetworkProblems() {
        fake.always(OBS, Reply.json(200, OK_BODY).delayed(1500));
        SourceException e = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.NETWORK, e.problem().kind());
        assertTrue(e.problem().message().contains("did not answer"), e.problem().message());
    }

    @Test
    void refusedConnectionIsANetworkProblem() throws Exception {
        java.net.URI dead;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = java.net.URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
        TokenProvider tokens = new TokenProvider(dead, "c", Secret.of(SECRET), http, GenesysConnector.json(), Clock.systemUTC());
        SourceException e = assertThrows(SourceException.class, tokens::token);
        assertEquals(ProblemKind.NETWORK, e.problem().kind());
        assertFalse(e.getMessage().contains(SECRET));
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
        List<FakeGenesys.Seen> calls = fake.seen.stream().filter(s -> s.path().contains("observations")).toList();
        long gap = calls.get(calls.size() - 1).atMillis() - calls.get(calls.size() - 2).atMillis();
        assertTrue(gap >= 1500, "retried after " + gap + " ms");
    }

    @Test
    void aRetryAfterOnA503IsHonouredToo() throws Exception {
        observe();
        fake.script(OBS, Reply.json(503, "{}").withHeader("Retry-After", "1"));
        observe();
        List<FakeGenesys.Seen> calls = fake.seen.stream().filter(s -> s.path().contains("observations")).toList();
        assertTrue(calls.get(calls.size() - 1).atMillis() - calls.get(calls.size() - 2).atMillis() >= 1000);
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
                        Thread.sleep(300);   // always inside the 700 ms read timeout
                    }
                } catch (Exception ignored) {
                    // the client hung up: that is the point
                }
            });
            trickler.setDaemon(true);
            trickler.start();
            GenesysHttp strict = new GenesysHttp(new HttpTimeouts(Duration.ofMillis(300), Duration.ofMillis(700)),
                    new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)), new Redactor(), 2);
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + server.getLocalPort());
            TokenProvider tokens = new TokenProvider(base, "c", Secret.of(SECRET), strict, GenesysConnector.json(), Clock.systemUTC());
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
        long t0 = System.nanoTime();
        SourceException first = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.RATE_LIMITED, first.problem().kind());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5000, "no 30 s sleep inside a refresh");
        long sent = fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH);
        SourceException second = assertThrows(SourceException.class, this::observe);
        assertEquals(ProblemKind.RATE_LIMITED, second.problem().kind());
        assertEquals(sent, fake.count("POST", QueueMetricsApi.OBSERVATIONS_PATH), "nothing is sent while Genesys said wait");
    }

    @Test
    void retryAfterDatesAndGarbage() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-26T10:00:00Z"));
        GenesysHttp h = new GenesysHttp(HttpTimeouts.DEFAULT, new RetryPolicy(3, Duration.ofMillis(40), Duration.ofMillis(200)),
                new Redactor(), 2, clock);
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
        List<FakeGenesys.Seen> calls = fake.seen.stream().filter(s -> s.path().contains("observations")).toList();
        assertTrue(calls.get(calls.size() - 1).atMillis() - calls.get(calls.size() - 2).atMillis() >= 1000);
    }

    @Test
    void tokenIsRenewedAMinuteBeforeItExpiresNotAfter() throws Exception {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-26T10:00:00Z"));
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
    void tokenIsRenewedBeforeItExpires() throws Exception {
        fake.always("POST /oauth/token", Reply.json(200, "{\"access_token\":\"short\",\"expires_in\":1}"));
        observe();
        Thread.sleep(1100);
        observe();
        assertEquals(2, fake.count("POST", "/oauth/token"));
    }
}
