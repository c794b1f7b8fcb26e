package com.queuewallboard.hub;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A plain SSE reader for tests and the benchmark: each event lands in a queue with its arrival time. */
final class SseClient implements AutoCloseable {
    record Received(long id, String data, long nanos) {
    }

    final int status;
    final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final Thread reader;

    SseClient(HttpClient http, String base, String key, Long lastEventId) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + "/v1/stream"))
                .header("Accept", "text/event-stream");
        if (key != null) req.header("Authorization", "Bearer " + key);
        if (lastEventId != null) req.header("Last-Event-ID", lastEventId.toString());
        HttpResponse<InputStream> reply = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        status = reply.statusCode();
        body = reply.body();
        reader = new Thread(this::read, "test-sse");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long id = -1;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) events.add(new Received(id, data.toString(), System.nanoTime()));
                    data.setLength(0);
                } else if (line.startsWith("id: ")) {
                    id = Long.parseLong(line.substring(4));
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (Exception e) {
            // closed
        }
    }

    /** The next event; waits for the network, at most the given time. */
    Received next(Duration max) throws InterruptedException {
        return events.poll(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (Exception e) {
            // closing
        }
        reader.interrupt();
    }
}
