package com.queuewallboard.genesys;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scriptable Genesys endpoint on a real socket (JDK HttpServer on 127.0.0.1) for precise
 * fault tests: each path answers from a queue of scripted replies, then from its default.
 */
final class FakeGenesys implements AutoCloseable {
    /** @param hold if set, the reply is sent only once this latch opens (or the server closes): no sleeping */
    record Reply(int status, String body, Map<String, String> headers, CountDownLatch hold) {
        static Reply json(int status, String body) {
            return new Reply(status, body, Map.of("Content-Type", "application/json", "ININ-Correlation-Id", "corr-" + status), null);
        }

        Reply withHeader(String name, String value) {
            var h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Reply(status, body, h, hold);
        }

        Reply heldUntil(CountDownLatch latch) {
            return new Reply(status, body, headers, latch);
        }
    }

    record Seen(String method, String path, String authorization, String body, String query, String userAgent) {
    }

    /** Opened on close, so held replies never outlive the test. */
    private final CountDownLatch closing = new CountDownLatch(1);

    private final HttpServer server;
    private final Map<String, Deque<Reply>> scripted = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Reply> defaults = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.util.function.Function<String, Reply>> responders = new java.util.concurrent.ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    final AtomicInteger tokensIssued = new AtomicInteger();

    FakeGenesys() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        defaults.put("POST /oauth/token", Reply.json(200, "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":86400}"));
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Replies for the next calls of "METHOD /path", in order. */
    FakeGenesys script(String key, Reply... replies) {
        scripted.computeIfAbsent(key, k -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    FakeGenesys always(String key, Reply reply) {
        defaults.put(key, reply);
        return this;
    }

    private final Map<String, java.util.function.Function<String, Reply>> queryResponders = new java.util.concurrent.ConcurrentHashMap<>();

    /** Answers "METHOD /path" from the request's query string (after any scripted replies). */
    FakeGenesys respondToQuery(String key, java.util.function.Function<String, Reply> responder) {
        queryResponders.put(key, responder);
        return this;
    }

    /** Answers "METHOD /path" from the request body (after any scripted replies). */
    FakeGenesys respond(String key, java.util.function.Function<String, Reply> responder) {
        responders.put(key, responder);
        return this;
    }

    /** The responder now set for "METHOD /path", to wrap it. */
    java.util.function.Function<String, Reply> responderFor(String key) {
        return responders.get(key);
    }

    java.util.function.Function<String, Reply> queryResponderFor(String key) {
        return queryResponders.get(key);
    }

    long count(String method, String path) {
        return seen.stream().filter(s -> s.method().equals(method) && s.path().equals(path)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath();
        String key = ex.getRequestMethod() + " " + path;
        String query = ex.getRequestURI().getRawQuery();
        seen.add(new Seen(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Authorization"), body, query,
                ex.getRequestHeaders().getFirst("User-Agent")));
        Deque<Reply> queue = scripted.get(key);
        Reply reply;
        synchronized (this) {
            reply = queue != null && !queue.isEmpty() ? queue.poll() : null;
        }
        // responders run outside the lock: a test's responder may wait for other requests to arrive
        if (reply == null) {
            reply = responders.containsKey(key) ? responders.get(key).apply(body)
                    : queryResponders.containsKey(key) ? queryResponders.get(key).apply(query == null ? "" : query)
                    : defaults.get(key);
        }
        if (reply == null) reply = Reply.json(404, "{\"message\":\"no route\",\"code\":\"not.found\",\"status\":404}");
        if (key.equals("POST /oauth/token") && reply.status() == 200) tokensIssued.incrementAndGet();
        if (reply.hold() != null) awaitEither(reply.hold());
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        try {
            ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) ex.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the client timed out and left; nothing to answer
        } finally {
            ex.close();
        }
    }

    /** A held request waits for its latch, or for the server to close. */
    private void awaitEither(CountDownLatch hold) {
        try {
            while (hold.getCount() > 0 && closing.getCount() > 0) {
                if (hold.await(50, TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many of the requests seen so far match the key "METHOD /path". */
    long count(String key) {
        return seen.stream().filter(s -> key.equals(s.method() + " " + s.path())).count();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
