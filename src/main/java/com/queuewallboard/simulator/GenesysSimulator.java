package com.queuewallboard.simulator;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * An embedded Genesys Cloud for demos and tests: the OAuth token endpoint and the queue,
 * observation and aggregate APIs, and the Notifications API with its WebSocket channels, on
 * 127.0.0.1, over a simulated contact centre. Login, API and sockets share one origin
 * ({@link #baseUrl()}) on one Jetty server with a bounded thread pool.
 */
public final class GenesysSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GenesysSimulator.class.getName());
    /**
     * Real Genesys answers many calls at once; enough threads that latency faults overlap like
     * that, and a fixed ceiling so weeks of sockets coming and going cannot grow the pool.
     */
    private static final int THREADS = 40;
    /** Jetty says "Started ..." at INFO; a user asked for a wallboard, not server chatter. Held: JUL keeps loggers weakly. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

    static {
        if (JETTY_LOG.getLevel() == null) {
            JETTY_LOG.setLevel(Level.WARNING);
        }
    }

    private final SimulatorOptions options;
    private final ContactCentre centre;
    private final FaultKnobs knobs;
    private final RequestCounts counts = new RequestCounts();
    private final PushFaults pushFaults = new PushFaults();
    private final NotificationChannels channels;
    private final Server server;
    private final ScheduledExecutorService ticker;
    private final URI baseUrl;
    private final List<SimQueue> queues;

    private GenesysSimulator(SimulatorOptions options) throws IOException {
        this.options = options;
        this.knobs = new FaultKnobs(options.seed());
        long started = System.nanoTime();
        this.centre = new ContactCentre(options);
        this.queues = centre.queues().stream().map(QueueModel::describe).toList();
        LOG.fine(() -> String.format("simulated %d queues up to now in %d ms", queues.size(),
                (System.nanoTime() - started) / 1_000_000));
        TokenStore tokens = new TokenStore(options.clock(), knobs);
        this.channels = new NotificationChannels(options.clock(), pushFaults, centre);
        ApiRoutes routes = new ApiRoutes(new QueuesEndpoint(centre, knobs, options.seed()),
                new ObservationEndpoint(centre, knobs, options.seed()), new AggregateEndpoint(centre, knobs), counts,
                channels);
        TokenEndpoint login = new TokenEndpoint(options.clientId(), options.clientSecret(), tokens, knobs);
        ApiDispatcher dispatcher = new ApiDispatcher(routes, login, tokens, knobs, counts);

        // a pool, not one thread: latency faults sleep in handlers and must not serialise everyone
        QueuedThreadPool pool = new QueuedThreadPool(THREADS, 4, 60_000);
        pool.setName("genesys-simulator");
        pool.setDaemon(true); // never keep the app or a test JVM alive
        this.server = new Server(pool);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        server.addConnector(connector);
        WebSocketUpgradeHandler sockets = WebSocketUpgradeHandler.from(server, container -> {
            // heartbeats keep a healthy socket busy; a long idle limit lets the "no heartbeat" fault be seen
            container.setIdleTimeout(Duration.ofMinutes(10));
            container.addMapping("/channels/*", (request, response, callback) -> {
                String path = request.getHttpURI().getPath();
                ChannelSocket socket = channels.socketFor(path.substring(path.lastIndexOf('/') + 1));
                if (socket == null) {
                    Response.writeError(request, response, callback, 404, "no such channel");
                }
                return socket;
            });
        });
        sockets.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                JettyExchange exchange = new JettyExchange(request, response, callback);
                dispatcher.handle(exchange);
                exchange.finishIfNeeded();
                return true;
            }
        });
        server.setHandler(sockets);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw e instanceof IOException io ? io : new IOException("simulator could not start: " + e.getMessage(), e);
        }
        int port = connector.getLocalPort();
        channels.port(port);
        this.baseUrl = URI.create("http://127.0.0.1:" + port);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "genesys-simulator-push");
            t.setDaemon(true);
            return t;
        });
        new ObservationPusher(channels, centre, knobs, pushFaults, options.clock(), options.seed(), ticker).start();
        LOG.fine(() -> "Genesys Cloud simulator listening on " + baseUrl);
    }

    public static GenesysSimulator start(SimulatorOptions options) throws IOException {
        return new GenesysSimulator(options);
    }

    /** Origin of both the login and the API, e.g. {@code http://127.0.0.1:54321}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public String clientId() {
        return options.clientId();
    }

    public String clientSecret() {
        return options.clientSecret();
    }

    public FaultKnobs faults() {
        return knobs;
    }

    /** Fault knobs of the Notifications API and its sockets. */
    public PushFaults pushFaults() {
        return pushFaults;
    }

    /** Notification channels alive now (for tests: the 20-channel limit, expiry). */
    public int channelCount() {
        return channels.size();
    }

    public RequestCounts requests() {
        return counts;
    }

    /** The queues served (unknownQueues faults do not remove them here). */
    public List<SimQueue> queues() {
        return queues;
    }

    /**
     * The model's current time: the options clock scaled by the speed since start. Observation
     * dates are in model time, so with speed above 1 they run ahead of the wall clock.
     */
    public Instant modelTime() {
        return Instant.ofEpochMilli(centre.modelNow());
    }

    /**
     * Stops the model's clock (a benchmark's knob): until {@link #resumeModel()} queries and the
     * pusher see the same figures, so a board can be compared with the model exactly.
     */
    public void pauseModel() {
        centre.pause();
    }

    /** Lets the model run on from where {@link #pauseModel()} stopped it. */
    public void resumeModel() {
        centre.resume();
    }

    /** True when the model runs a shifted day ({@link SimulatorOptions#simTime()}), not the local time. */
    public boolean isShifted() {
        return centre.shifted();
    }

    /**
     * The model's local time of day (whole seconds) when it runs a shifted day, for the board to
     * say "simulated time 10:14"; null when the model keeps the real local time.
     */
    public LocalTime simulatedTimeOfDay() {
        if (!centre.shifted()) {
            return null;
        }
        return modelTime().atZone(centre.zone()).toLocalTime().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(Level.FINE, "simulator stop", e);
        }
    }
}
