package com.queuewallboard.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * An embedded Genesys Cloud for demos and tests: the OAuth token endpoint and the queue,
 * observation and aggregate APIs, on 127.0.0.1, over a simulated contact centre. Login and
 * API share one origin ({@link #baseUrl()}).
 */
public final class GenesysSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GenesysSimulator.class.getName());
    /** Real Genesys answers many calls at once; enough threads that latency faults overlap like that. */
    private static final int THREADS = 32;

    static {
        // The JDK server writes headers and body separately; with Nagle on, a larger body waits
        // for the client's delayed ACK (~40 ms on loopback). Read once, when the server's
        // configuration class loads, so it only helps if no HttpServer was created before.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SimulatorOptions options;
    private final ContactCentre centre;
    private final FaultKnobs knobs;
    private final RequestCounts counts = new RequestCounts();
    private final HttpServer server;
    private final ExecutorService executor;
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
        ApiRoutes routes = new ApiRoutes(new QueuesEndpoint(centre, knobs, options.seed()),
                new ObservationEndpoint(centre, knobs, options.seed()), new AggregateEndpoint(centre, knobs), counts);
        TokenEndpoint login = new TokenEndpoint(options.clientId(), options.clientSecret(), tokens, knobs);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        // a pool, not one thread: latency faults sleep in handlers and must not serialise everyone
        this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new ApiDispatcher(routes, login, tokens, knobs, counts));
        server.start();
        this.baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
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
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "genesys-simulator-" + n.incrementAndGet());
            t.setDaemon(true); // never keep the app or a test JVM alive
            return t;
        };
    }
}
