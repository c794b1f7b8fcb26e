package com.queuewallboard.hub;

import com.queuewallboard.app.DaemonThreads;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hub's HTTP side on Jetty 12: the web board's files and health without a key; snapshot,
 * stream and settings with the viewer key (bearer token, or the web board's cookie). Every
 * request counts against its client's rate limit; open streams are capped.
 */
public final class HubServer implements AutoCloseable {
    /** The web board keeps the key in this cookie, because EventSource cannot send a header. */
    public static final String KEY_COOKIE = "qw_hub_key";
    /** Held so the level sticks: Jetty's start/stop lines are noise in the log; its warnings are kept. */
    private static final java.util.logging.Logger JETTY_LOG = java.util.logging.Logger.getLogger("org.eclipse.jetty");

    static {
        JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final HubConfig config;
    private final LiveKey key;
    private final HubEvents events;
    private final HubRefresher refresher;
    private final String settingsJson;
    private final StaticFiles files = new StaticFiles();
    private final ClientRateLimiter limiter;
    private final AtomicInteger openStreams = new AtomicInteger();
    private final Set<SseStream> streams = ConcurrentHashMap.newKeySet();
    private final Server server;
    private final ScheduledExecutorService heartbeat;

    private HubServer(HubConfig config, LiveKey key, HubEvents events, HubRefresher refresher, HubSettingsView settings) {
        this.config = config;
        this.key = key;
        this.events = events;
        this.refresher = refresher;
        this.settingsJson = HubJson.write(settings);
        this.limiter = new ClientRateLimiter(config.requestsPerSecond(), config.burst(), System::nanoTime);
        QueuedThreadPool pool = new QueuedThreadPool(200, 8);
        pool.setName("hub-http");
        pool.setDaemon(true);
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector;
        if (config.tls()) {
            http.addCustomizer(new SecureRequestCustomizer());
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(config.keystore().toString());
            tls.setKeyStoreType("PKCS12");
            tls.setKeyStorePassword(new String(config.keystorePassword()));
            connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(config.bindHost());
        connector.setPort(config.port());
        connector.setIdleTimeout(Math.max(60_000, config.heartbeat().toMillis() * 3));
        server.addConnector(connector);
        server.setHandler(new Router());
        heartbeat = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("hub-heartbeat"));
    }

    /** Starts listening; the refresher is started by the caller (tests drive it by hand). */
    public static HubServer start(HubConfig config, HubKey key, HubEvents events, HubRefresher refresher,
                                  HubSettingsView settings) throws Exception {
        return start(config, key, null, Duration.ZERO, events, refresher, settings);
    }

    /**
     * @param keyFolder  the settings folder whose {@code hub-viewer-key} is followed (a rotated key
     *                   takes over without a restart, and open streams are ended), or null for a fixed key
     * @param checkEvery how often that file is looked at
     */
    public static HubServer start(HubConfig config, HubKey key, Path keyFolder, Duration checkEvery, HubEvents events,
                                  HubRefresher refresher, HubSettingsView settings) throws Exception {
        HubServer hub = new HubServer(config, new LiveKey(key, keyFolder, checkEvery), events, refresher, settings);
        hub.server.start();
        long beat = config.heartbeat().toMillis();
        hub.heartbeat.scheduleAtFixedRate(() -> hub.streams.forEach(s -> s.comment("heartbeat")), beat, beat,
                TimeUnit.MILLISECONDS);
        return hub;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public URI uri() {
        String host = config.bindHost().contains(":") ? "[" + config.bindHost() + "]" : config.bindHost();
        if (host.equals("0.0.0.0") || host.equals("[::]")) host = "localhost";
        return URI.create((config.tls() ? "https" : "http") + "://" + host + ":" + port());
    }

    public int openStreams() {
        return openStreams.get();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        streams.forEach(SseStream::end);
        try {
            server.stop();
        } catch (Exception e) {
            // stopping: nothing more to do
        }
    }

    private final class Router extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Referrer-Policy", "no-referrer");
            if (!limiter.allow(Request.getRemoteAddr(request))) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
                return json(response, callback, HttpStatus.TOO_MANY_REQUESTS_429, error("rate_limited",
                        "Too many requests from this address; a screen needs about one per refresh. Try again in a few seconds."));
            }
            if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                return json(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
                        error("method_not_allowed", "The hub is read-only: use GET."));
            }
            StaticFiles.File file = files.get(path);
            if (file != null) return page(response, callback, file);
            if (path.equals("/v1/health")) {
                return json(response, callback, 200, HubJson.write(refresher.health(openStreams.get())));
            }
            if (!path.startsWith("/v1/")) return json(response, callback, 404, error("not_found", "No such page on the hub."));
            if (!authorised(request)) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"queue-wallboard-hub\"");
                return json(response, callback, HttpStatus.UNAUTHORIZED_401, error("unauthorized",
                        "Access refused: a valid viewer key is needed (Authorization: Bearer KEY). Ask the hub's administrator."));
            }
            return switch (path) {
                case "/v1/snapshot" -> {
                    HubEvents.Event latest = events.latest();
                    if (latest == null) {
                        response.getHeaders().put(HttpHeader.RETRY_AFTER, "2");
                        yield json(response, callback, 503, error("starting", "The hub has no figures yet; try again shortly."));
                    }
                    response.getHeaders().put("X-Event-Id", Long.toString(latest.id()));
                    yield json(response, callback, 200, latest.json());
                }
                case "/v1/settings" -> json(response, callback, 200, settingsJson);
                case "/v1/stream" -> stream(request, response, callback);
                default -> json(response, callback, 404, error("not_found", "No such endpoint on the hub."));
            };
        }
    }

    private boolean authorised(Request request) {
        // a rotated key: screens with the old one lose their streams now and are refused from here on
        if (key.refresh()) streams.forEach(SseStream::end);
        HubKey key = this.key.current();
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth != null) {
            return auth.regionMatches(true, 0, "Bearer ", 0, 7) && key.matches(auth.substring(7));
        }
        List<HttpCookie> cookies = Request.getCookies(request);
        for (HttpCookie c : cookies) {
            if (c.getName().equals(KEY_COOKIE)) return key.matches(c.getValue());
        }
        return false;
    }

    private boolean stream(Request request, Response response, Callback callback) {
        if (openStreams.incrementAndGet() > config.maxStreams()) {
            openStreams.decrementAndGet();
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "30");
            return json(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, error("too_many_streams",
                    "The hub serves its most screens at once (" + config.maxStreams()
                            + "); this screen will retry. Raise --hub-max-streams or add a hub."));
        }
        Long lastId = lastEventId(request.getHeaders().get("Last-Event-ID"));
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Accel-Buffering", "no");   // nginx: do not hold events back
        SseStream[] holder = new SseStream[1];
        SseStream stream = new SseStream(response, callback, () -> {
            if (streams.remove(holder[0])) openStreams.decrementAndGet();
            events.unsubscribe(holder[0]);
        });
        holder[0] = stream;
        streams.add(stream);
        request.addFailureListener(stream::fail);
        request.addIdleTimeoutListener(t -> false);   // heartbeats keep it alive; a real idle peer fails a write
        stream.raw("retry: 3000\n\n");
        synchronized (events) {
            for (HubEvents.Event e : events.subscribe(lastId, stream)) stream.accept(e);
        }
        return true;
    }

    private static Long lastEventId(String header) {
        if (header == null || header.isBlank()) return null;
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean page(Response response, Callback callback, StaticFiles.File file) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'");
        response.write(true, ByteBuffer.wrap(file.bytes()), callback);
        return true;
    }

    private static boolean json(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String error(String code, String message) {
        return HubJson.write(java.util.Map.of("error", code, "message", message));
    }
}
