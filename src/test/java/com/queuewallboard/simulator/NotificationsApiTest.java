package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.queuewallboard.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Notifications API and its sockets, with the JDK's WebSocket as the client. */
class NotificationsApiTest {

    private MutableClock clock;
    private GenesysSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(SimClient.MORNING);
        sim = GenesysSimulator.start(SimClient.morning().clock(clock).build());
        client = new SimClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Collects text frames; {@link #next} waits for one the server sends by itself. */
    static final class Frames implements WebSocket.Listener {
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                texts.add(part.toString());
                part.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            closed.complete(code);
            return null;
        }

        JsonNode next(String topic) throws Exception {
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < deadline) {
                String t = texts.poll(100, TimeUnit.MILLISECONDS);
                if (t != null && SimClient.JSON.readTree(t).path("topicName").asText().equals(topic)) {
                    return SimClient.JSON.readTree(t);
                }
            }
            throw new AssertionError("no " + topic);
        }
    }

    private JsonNode channel() throws Exception {
        SimClient.Reply r = client.post("/api/v2/notifications/channels", "");
        assertEquals(200, r.status(), String.valueOf(r.body()));
        return r.body();
    }

    private void subscribeAll(String channelId) throws Exception {
        StringBuilder body = new StringBuilder("[");
        for (SimQueue q : sim.queues()) {
            body.append(body.length() > 1 ? "," : "").append("{\"id\":\"v2.analytics.queues.").append(q.id())
                    .append(".observations\"}");
        }
        var req = client.authed("/api/v2/notifications/channels/" + channelId + "/subscriptions")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body + "]")).build();
        assertEquals(200, client.send(req).status());
    }

    private WebSocket open(JsonNode channel, Frames frames) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(channel.get("connectUri").asText()), frames).get(10, TimeUnit.SECONDS);
    }

    @Test
    void channelPushesTheRealEnvelopeWithDecimalsAndIntervalMetrics() throws Exception {
        JsonNode ch = channel();
        assertTrue(ch.get("connectUri").asText().startsWith("ws://127.0.0.1:" + sim.baseUrl().getPort() + "/channels/"));
        assertTrue(ch.has("expires"));
        subscribeAll(ch.get("id").asText());
        Frames frames = new Frames();
        WebSocket ws = open(ch, frames);
        JsonNode event = null;
        for (int i = 0; i < 60 && event == null; i++) {
            clock.advance(Duration.ofSeconds(1));
            String t = frames.texts.poll(400, TimeUnit.MILLISECONDS);
            if (t != null && SimClient.JSON.readTree(t).path("topicName").asText().endsWith(".observations")) {
                event = SimClient.JSON.readTree(t);
            }
        }
        assertTrue(event != null, "an observation event within a minute of a busy morning");
        assertEquals("2", event.get("version").asText());
        assertTrue(event.path("metadata").has("CorrelationId"));
        JsonNode body = event.get("eventBody");
        assertTrue(body.path("group").has("queueId"));
        JsonNode metric = body.path("data").get(0).path("metrics").get(0);
        assertTrue(metric.path("stats").path("count").isDouble() || metric.path("stats").has("calculatedMetricValue"));
        ws.sendText("{\"message\":\"ping\"}", true);
        assertEquals("pong", frames.next("channel.metadata").path("eventBody").path("message").asText());
        ws.abort();
    }

    @Test
    void heartbeatsFollowTheirKnobAndStop() throws Exception {
        sim.pushFaults().heartbeatPeriod(Duration.ofMillis(100));
        JsonNode ch = channel();
        Frames frames = new Frames();
        open(ch, frames);
        assertEquals("WebSocket Heartbeat", frames.next("channel.metadata").path("eventBody").path("message").asText());
        sim.pushFaults().stopHeartbeats(true);
        frames.texts.poll(500, TimeUnit.MILLISECONDS); // one may be on its way
        frames.texts.clear();
        assertEquals(null, frames.texts.poll(600, TimeUnit.MILLISECONDS));
    }

    @Test
    void limitsAndFaults() throws Exception {
        JsonNode first = channel();
        Frames frames = new Frames();
        open(first, frames);
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= NotificationChannels.MAX_TOPICS; i++) {
            many.append(i > 0 ? "," : "").append("{\"id\":\"v2.analytics.queues.q").append(i).append(".observations\"}");
        }
        String subs = "/api/v2/notifications/channels/" + first.get("id").asText() + "/subscriptions";
        var put = client.authed(subs).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(many + "]")).build();
        assertEquals(400, client.send(put).status(), "1,001 topics");
        for (int i = 0; i < NotificationChannels.MAX_CHANNELS; i++) {
            channel();
        }
        assertEquals(1001, frames.closed.get(10, TimeUnit.SECONDS), "the 21st channel evicts the oldest");
        assertEquals(404, client.get(subs).status());
        assertEquals(20, sim.channelCount());

        sim.pushFaults().refuseChannels(429);
        assertEquals(429, client.post("/api/v2/notifications/channels", "").status());
        sim.pushFaults().refuseChannels(0);

        JsonNode fresh = channel();
        Frames f2 = new Frames();
        open(fresh, f2);
        sim.pushFaults().socketClosingNow(Duration.ofMillis(300));
        f2.next("v2.system.socket_closing");
        assertEquals(1001, f2.closed.get(10, TimeUnit.SECONDS));

        JsonNode last = channel();
        Frames f3 = new Frames();
        open(last, f3);
        sim.pushFaults().expireChannelsNow();
        f3.closed.get(10, TimeUnit.SECONDS);
        assertEquals(404, client.get("/api/v2/notifications/channels/" + last.get("id").asText() + "/subscriptions")
                .status());
        assertEquals(0, sim.channelCount());
        assertTrue(sim.requests().notificationRequests() > 20);
    }

    @Test
    void aChannelOutlivesItsSocketUntilItExpires() throws Exception {
        sim.pushFaults().heartbeatPeriod(Duration.ofMillis(100));
        JsonNode ch = channel();
        String id = ch.get("id").asText();
        subscribeAll(id);
        String subs = "/api/v2/notifications/channels/" + id + "/subscriptions";
        for (int i = 0; i < 3; i++) {
            Frames frames = new Frames();
            open(ch, frames);
            frames.next("channel.metadata");
            sim.pushFaults().closeSocketsNow();
            assertEquals(1001, frames.closed.get(10, TimeUnit.SECONDS));
            assertEquals(1, sim.channelCount(), "the channel stays when its socket goes");
            SimClient.Reply listed = client.get(subs);
            assertEquals(200, listed.status());
            assertEquals(sim.queues().size(), listed.body().path("entities").size(), "subscriptions intact");
        }
        Frames again = new Frames();
        open(ch, again); // the same connectUri once more: events flow as before
        JsonNode event = null;
        for (int i = 0; i < 60 && event == null; i++) {
            clock.advance(Duration.ofSeconds(1));
            String t = again.texts.poll(400, TimeUnit.MILLISECONDS);
            if (t != null && SimClient.JSON.readTree(t).path("topicName").asText().endsWith(".observations")) {
                event = SimClient.JSON.readTree(t);
            }
        }
        assertTrue(event != null, "an observation event on the reopened socket");

        sim.pushFaults().expireChannelsNow();
        again.closed.get(10, TimeUnit.SECONDS);
        assertEquals(404, client.get(subs).status());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
                () -> open(ch, new Frames()));
        assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, refused.toString());
        assertEquals(404, ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }
}
