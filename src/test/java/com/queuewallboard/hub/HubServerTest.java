package com.queuewallboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hub's endpoints over real sockets, in front of the demo simulator. */
class HubServerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path home;
    private final HttpClient http = HttpClient.newHttpClient();
    private HubFixture hub;
    private final List<SseClient> streams = new ArrayList<>();

    @AfterEach
    void stop() {
        streams.forEach(SseClient::close);
        if (hub != null) hub.close();
    }

    private HubFixture start(HubConfig config) throws Exception {
        hub = new HubFixture(home, config);
        return hub;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(hub.base() + path)).timeout(WAIT);
        if (authorization != null) req.header("Authorization", authorization);
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private SseClient stream(String key, Long lastEventId) throws Exception {
        SseClient c = new SseClient(http, hub.base(), key, lastEventId);
        streams.add(c);
        return c;
    }

    @Test
    void snapshotIsTheCliDocumentWithTheHubsGenesysState() throws Exception {
        start(HubConfig.loopback());
        HttpResponse<String> r = get("/v1/snapshot", "Bearer " + hub.key.value());
        assertEquals(200, r.statusCode());
        assertEquals(hub.events.latest().json(), r.body());
        JsonNode doc = HubJson.MAPPER.readTree(r.body());
        assertEquals("ok", doc.get("genesysState").asText());
        assertTrue(doc.get("demo").asBoolean());
        assertTrue(doc.get("queues").size() > 3, r.body());
        assertNotNull(doc.get("queues").get(0).get("waitingCalls"));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void everyKeyedEndpointRefusesAMissingOrWrongKeyWithNoData() throws Exception {
        start(HubConfig.loopback());
        String wrong = HubKey.of("x".repeat(43)).value();
        for (String path : List.of("/v1/snapshot", "/v1/settings", "/v1/stream")) {
            for (String auth : new String[]{null, "Bearer " + wrong, "Bearer ", "Basic " + hub.key.value(),
                    "Bearer " + hub.key.value() + "x"}) {
                HttpResponse<String> r = get(path, auth);
                assertEquals(401, r.statusCode(), path + " with " + auth);
                assertTrue(r.body().contains("Access refused"), r.body());
                assertFalse(r.body().contains("queue"), r.body());
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            }
        }
        assertEquals(0, hub.server.openStreams());
    }

    @Test
    void theWebBoardsCookieIsAcceptedLikeTheBearerToken() throws Exception {
        start(HubConfig.loopback());
        HttpRequest req = HttpRequest.newBuilder(URI.create(hub.base() + "/v1/snapshot"))
                .header("Cookie", HubServer.KEY_COOKIE + "=" + hub.key.value()).build();
        assertEquals(200, http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest bad = HttpRequest.newBuilder(URI.create(hub.base() + "/v1/snapshot"))
                .header("Cookie", HubServer.KEY_COOKIE + "=nope").build();
        assertEquals(401, http.send(bad, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void healthNeedsNoKeyAndSaysTheGenesysState() throws Exception {
        start(HubConfig.loopback());
        HttpResponse<String> r = get("/v1/health", null);
        assertEquals(200, r.statusCode());
        JsonNode h = HubJson.MAPPER.readTree(r.body());
        assertEquals("up", h.get("status").asText());
        assertEquals("ok", h.get("genesysState").asText());
        assertNotNull(h.get("lastRefresh").textValue());
        assertFalse(r.body().contains("queueName"));
    }

    @Test
    void aFailingGenesysKeepsTheLastFiguresStaleAndTheHubAlive() throws Exception {
        start(HubConfig.loopback());
        JsonNode before = HubJson.MAPPER.readTree(hub.events.latest().json());
        hub.simulator.faults().errorRate(1.0);
        hub.refresher.refreshOnce();
        JsonNode after = HubJson.MAPPER.readTree(get("/v1/snapshot", "Bearer " + hub.key.value()).body());
        assertEquals("retrying", after.get("genesysState").asText());
        assertEquals(before.get("queues").size(), after.get("queues").size());
        for (JsonNode q : after.get("queues")) assertEquals("stale", q.get("status").asText());
        assertTrue(after.get("errors").get(0).get("message").asText().startsWith("Genesys: retrying."));
        JsonNode health = HubJson.MAPPER.readTree(get("/v1/health", null).body());
        assertEquals("retrying", health.get("genesysState").asText());
        assertEquals(1, health.get("failuresInARow").asInt());
        hub.simulator.faults().errorRate(0);
        hub.refresher.refreshOnce();
        assertEquals("ok", HubJson.MAPPER.readTree(hub.events.latest().json()).get("genesysState").asText());
    }

    @Test
    void theStreamSendsTheSnapshotOnConnectThenEachChangeInOrderWithIds() throws Exception {
        start(HubConfig.loopback());
        SseClient c = stream(hub.key.value(), null);
        assertEquals(200, c.status);
        SseClient.Received first = c.next(WAIT);
        assertNotNull(first);
        assertEquals(hub.events.latest().id(), first.id());
        assertEquals(hub.events.latest().json(), first.data());
        long expected = first.id();
        for (int i = 0; i < 3; i++) {
            hub.events.publish(hub.events.latest().json().replaceFirst("\"asOf\":\"[^\"]+\"",
                    "\"asOf\":\"2026-11-26T10:00:0" + i + "Z\""));
            SseClient.Received e = c.next(WAIT);
            assertNotNull(e, "event " + i);
            assertEquals(++expected, e.id());
            assertTrue(e.data().contains("10:00:0" + i), e.data());
        }
        // a refresh with the same document is no change: no event
        assertNull(hub.events.publish(hub.events.latest().json()));
        hub.refresher.refreshOnce();
        assertEquals(expected + 1, c.next(WAIT).id());
    }

    @Test
    void aReconnectingScreenGetsWhatItMissedAfterItsLastEventId() throws Exception {
        start(HubConfig.loopback());
        long seen = hub.events.latest().id();
        for (int i = 0; i < 3; i++) {
            hub.events.publish(hub.events.latest().json().replaceFirst("\"asOf\":\"[^\"]+\"", "\"asOf\":\"2026-11-26T11:00:0" + i + "Z\""));
        }
        SseClient c = stream(hub.key.value(), seen);
        for (int i = 1; i <= 3; i++) assertEquals(seen + i, c.next(WAIT).id());
        // up to date: nothing until the next change
        SseClient upToDate = stream(hub.key.value(), hub.events.latest().id());
        hub.refresher.refreshOnce();
        assertEquals(hub.events.latest().id(), upToDate.next(WAIT).id());
        // an id from another hub run (unknown): the latest full document
        SseClient stranger = stream(hub.key.value(), 5L);
        assertEquals(hub.events.latest().id(), stranger.next(WAIT).id());
    }

    @Test
    void aClientAboveItsRateGets429WithAClearBody() throws Exception {
        start(HubConfig.loopback().withLimits(500, 0.001, 3));
        for (int i = 0; i < 3; i++) assertEquals(200, get("/v1/health", null).statusCode());
        HttpResponse<String> r = get("/v1/snapshot", "Bearer " + hub.key.value());
        assertEquals(429, r.statusCode());
        assertTrue(r.body().contains("Too many requests"), r.body());
        assertFalse(r.body().contains("queueName"));
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void openStreamsAreCappedWith503() throws Exception {
        start(HubConfig.loopback().withLimits(2, 100, 100));
        assertEquals(200, stream(hub.key.value(), null).status);
        assertEquals(200, stream(hub.key.value(), null).status);
        HttpResponse<String> r = get("/v1/stream", "Bearer " + hub.key.value());
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("most screens at once (2)"), r.body());
        assertEquals(2, hub.server.openStreams());
        // a screen that goes frees its place (noticed at the next write: a change or a heartbeat)
        streams.remove(0).close();
        hub.refresher.refreshOnce();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (hub.server.openStreams() > 1 && System.nanoTime() < deadline) {
            hub.refresher.refreshOnce();
            Thread.onSpinWait();
        }
        assertEquals(1, hub.server.openStreams());
    }

    @Test
    void theOAuthSecretIsNeverSentToAScreen() throws Exception {
        start(HubConfig.loopback());
        String secret = hub.simulator.clientSecret();
        assertTrue(secret.length() > 8);
        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/", "/index.html", "/board.js", "/board.css", "/v1/health", "/v1/snapshot",
                "/v1/settings", "/v1/nothing", "/nothing")) {
            bodies.add(get(path, "Bearer " + hub.key.value()).body());
            bodies.add(get(path, null).body());
        }
        hub.simulator.faults().errorRate(1.0);
        hub.refresher.refreshOnce();
        bodies.add(get("/v1/snapshot", "Bearer " + hub.key.value()).body());
        SseClient c = stream(hub.key.value(), 1L);
        bodies.add(c.next(WAIT).data());
        for (String body : bodies) {
            assertFalse(body.contains(secret), body);
            assertFalse(body.contains(hub.simulator.baseUrl().toString()), body);
        }
        assertTrue(bodies.get(0).contains("Queue Wallboard"));
    }

    @Test
    void theWebBoardFilesNeedNoKeyAndCarryAStrictContentPolicy() throws Exception {
        start(HubConfig.loopback());
        HttpResponse<String> page = get("/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals(200, get("/board.js", null).statusCode());
        assertEquals(404, get("/etc/passwd", null).statusCode());
        assertEquals(404, get("/com/queuewallboard/hub/web/board.js", null).statusCode());
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hub.base() + "/v1/snapshot"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void theViewerKeyIsOwnerOnlyAndRotates() throws Exception {
        HubKey.Loaded first = HubKey.loadOrCreate(home);
        assertTrue(first.created());
        assertEquals(43, first.key().value().length());   // 32 bytes, base64url without padding
        assertFalse(HubKey.loadOrCreate(home).created());
        assertEquals(first.key().value(), HubKey.loadOrCreate(home).key().value());
        Path file = home.resolve(HubKey.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        HubKey rotated = HubKey.rotate(home);
        assertNotEquals(first.key().value(), rotated.value());
        assertFalse(rotated.matches(first.key().value()));
        assertTrue(HubKey.loadOrCreate(home).key().matches(rotated.value()));
        assertFalse(rotated.toString().contains(rotated.value()));
    }

    @Test
    void aRotatedKeyTakesOverAtARunningHubAndEndsTheOldStreams() throws Exception {
        start(HubConfig.loopback());
        hub.server.close();
        hub.server = HubServer.start(hub.config, hub.key, home, Duration.ZERO, hub.events, hub.refresher,
                HubSettingsView.of(hub.settings, null));
        SseClient old = stream(hub.key.value(), null);
        assertNotNull(old.next(WAIT));
        HubKey rotated = HubKey.rotate(home);
        assertEquals(401, get("/v1/snapshot", "Bearer " + hub.key.value()).statusCode());
        assertEquals(200, get("/v1/snapshot", "Bearer " + rotated.value()).statusCode());
        assertEquals(0, hub.server.openStreams());
        hub.refresher.refreshOnce();
        assertNull(old.next(Duration.ofMillis(300)));
    }

    @Test
    void plainHttpOnTheNetworkIsRefusedUnlessAskedForExplicitly() throws Exception {
        HubCommand cmd = new HubCommand(Map.of(), home, System.out, System.err);
        ConfigException e = assertThrows(ConfigException.class,
                () -> cmd.config(CommandLine.parse("--serve", "--hub-bind", "0.0.0.0")));
        assertTrue(e.getMessage().contains("--insecure-lan"), e.getMessage());
        assertEquals("0.0.0.0", cmd.config(CommandLine.parse("--serve", "--insecure-lan")).bindHost());
        assertEquals("127.0.0.1", cmd.config(CommandLine.parse("--serve")).bindHost());
        assertEquals(8470, cmd.config(CommandLine.parse("--serve")).port());
        ConfigException noPassword = assertThrows(ConfigException.class, () -> {
            Path ks = Files.writeString(home.resolve("hub.p12"), "x");
            cmd.config(CommandLine.parse("--serve", "--hub-tls-keystore", ks.toString()));
        });
        assertTrue(noPassword.getMessage().contains("QUEUE_WALLBOARD_HUB_TLS_PASSWORD"));
        assertTrue(assertThrows(ConfigException.class, () -> HubTarget.of("http://10.1.2.3:8470", "k", false))
                .getMessage().contains("--insecure-lan"));
        assertTrue(assertThrows(ConfigException.class, () -> HubTarget.of("https://hub:8470", null, false))
                .getMessage().contains("QUEUE_WALLBOARD_HUB_KEY"));
    }
}
