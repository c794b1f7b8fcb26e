package com.queuewallboard.hub;

import com.queuewallboard.app.DaemonThreads;
import com.queuewallboard.app.Sleeper;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.board.ThresholdSettings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A screen's source when it follows a hub: no Genesys credentials, only the hub's address and
 * viewer key. A background thread holds the hub's event stream open (reconnecting with
 * Last-Event-ID after a drop) and keeps the latest snapshot; {@link #refresh()} hands it over, or
 * asks {@code /v1/snapshot} itself while the stream is down.
 *
 * Two states stay apart: the hub unreachable is a failed refresh here ("Hub unreachable: ..."),
 * so the board greys its figures as for any outage; the hub's own trouble with Genesys arrives
 * inside the snapshot (stale queues, a "Genesys: retrying." problem, {@link #genesysState()}).
 */
public final class HubBoardSource implements BoardSource {
    private static final Logger LOG = Logger.getLogger(HubBoardSource.class.getName());
    /** Longer than two of the hub's heartbeats: a stream silent this long is treated as dead. */
    static final Duration STREAM_SILENCE = Duration.ofSeconds(40);

    private final HubTarget target;
    private final HttpClient http;
    private final Clock clock;
    private final Duration reconnectDelay;
    private final Thread streamThread;

    private volatile SnapshotReader.Read latest;
    private volatile boolean streamUp;
    private volatile Instant streamHeard = Instant.EPOCH;
    private volatile Long lastEventId;
    private volatile InputStream openBody;
    private volatile boolean closed;
    private volatile HubSettingsView settings;
    private volatile boolean refused;

    public HubBoardSource(HubTarget target, Clock clock, Duration reconnectDelay) {
        this.target = target;
        this.clock = clock;
        this.reconnectDelay = reconnectDelay;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.streamThread = DaemonThreads.named("hub-stream").newThread(this::followStream);
        streamThread.start();
    }

    /** A screen's usual source: the system clock, reconnecting after 3 s. */
    public static HubBoardSource open(HubTarget target) {
        return new HubBoardSource(target, Clock.systemUTC(), Duration.ofSeconds(3));
    }

    @Override
    public BoardSnapshot refresh() throws SourceException {
        SnapshotReader.Read current = latest;
        boolean streamFresh = streamUp && Duration.between(streamHeard, clock.instant()).compareTo(STREAM_SILENCE) < 0;
        if (current != null && streamFresh) return current.snapshot();
        // the stream is down (or not yet up): ask for the snapshot directly
        HttpResponse<String> reply = get("/v1/snapshot");
        if (reply.statusCode() != 200) throw refusedOrFailed(reply);
        refused = false;   // the key works (again)
        try {
            SnapshotReader.Read read = SnapshotReader.read(reply.body());
            latest = read;
            return read.snapshot();
        } catch (IOException e) {
            throw new SourceException(Problem.of(ProblemKind.SERVICE, "Hub unreachable: its answer was not a snapshot."));
        }
    }

    /** The hub's settings (levels, queues, team message); fetched once, then kept. */
    public HubSettingsView settings() throws SourceException {
        HubSettingsView known = settings;
        if (known != null) return known;
        HttpResponse<String> reply = get("/v1/settings");
        if (reply.statusCode() != 200) throw refusedOrFailed(reply);
        try {
            settings = HubJson.MAPPER.readValue(reply.body(), HubSettingsView.class);
            return settings;
        } catch (IOException e) {
            throw new SourceException(Problem.of(ProblemKind.SERVICE, "Hub unreachable: its settings could not be read."));
        }
    }

    /** The levels the hub's administrator set; every screen of the hub judges tiles by them. */
    public ThresholdSettings thresholds() throws SourceException {
        return settings().thresholds();
    }

    /** The hub's levels, or {@code fallback} while the hub cannot say (unreachable, refused). */
    public ThresholdSettings levelsOr(ThresholdSettings fallback) {
        try {
            return thresholds();
        } catch (SourceException e) {
            return fallback;
        }
    }

    /** The hub's connection to Genesys as it last said: "ok", "retrying", or null before it said. */
    public String genesysState() {
        SnapshotReader.Read r = latest;
        return r == null ? null : r.genesysState();
    }

    /** The hub's Genesys state, for the screen's status bar badge. */
    @Override
    public String upstreamState() {
        return genesysState();
    }

    /** True when the hub answered 401 (wrong or missing viewer key): the screen shows "access refused". */
    @Override
    public boolean accessRefused() {
        return refused;
    }

    /** True while the event stream is open (false: polling, or the hub is unreachable). */
    public boolean streaming() {
        return streamUp;
    }

    @Override
    public List<QueueInfo> listQueues() throws SourceException {
        BoardSnapshot s = latest == null ? refresh() : latest.snapshot();
        return s.queues().stream().map(q -> new QueueInfo(q.queueId(), q.queueName())).toList();
    }

    @Override
    public String description() {
        SnapshotReader.Read r = latest;
        String via = "hub " + target.base().getAuthority();
        return r == null || r.source().isEmpty() ? via : r.source() + " via " + via;
    }

    @Override
    public boolean isDemo() {
        SnapshotReader.Read r = latest;
        return r != null && r.demo();
    }

    @Override
    public void close() {
        closed = true;
        streamThread.interrupt();
        closeBody();
    }

    // ---- HTTP --------------------------------------------------------------------------------

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(target.resolve(path))
                .header("Authorization", "Bearer " + target.key().value())
                .header("User-Agent", "queue-wallboard-screen");
    }

    private HttpResponse<String> get(String path) throws SourceException {
        try {
            return http.send(request(path).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SourceException(unreachable(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(Problem.of(ProblemKind.NETWORK, "Hub unreachable: interrupted."));
        }
    }

    private Problem unreachable(IOException e) {
        String reason;
        if (e instanceof ConnectException) reason = "connection refused or no route to " + target.base().getAuthority();
        else if (e instanceof HttpTimeoutException) reason = "no answer in time from " + target.base().getAuthority();
        else if (e instanceof javax.net.ssl.SSLException) reason = "TLS failed (" + e.getClass().getSimpleName() + ")";
        else reason = e.getClass().getSimpleName() + " talking to " + target.base().getAuthority();
        return Problem.of(ProblemKind.NETWORK, "Hub unreachable: " + reason + ".");
    }

    private SourceException refusedOrFailed(HttpResponse<String> reply) {
        int status = reply.statusCode();
        if (status == 401) {
            refused = true;
            return new SourceException(new Problem(ProblemKind.AUTHENTICATION,
                    "Access refused by the hub: the viewer key is wrong or missing. Ask the hub's administrator for the "
                            + "current key (--hub-key-file or " + HubTarget.KEY_ENV + ").", 401, null, null));
        }
        refused = false;
        ProblemKind kind = status == 429 ? ProblemKind.RATE_LIMITED : ProblemKind.NETWORK;
        return new SourceException(new Problem(kind, "Hub unreachable: it answered HTTP " + status + ".", status, null, null));
    }

    // ---- the event stream --------------------------------------------------------------------

    private void followStream() {
        while (!closed) {
            try {
                readStreamOnce();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Hub stream dropped", e);
            } catch (InterruptedException e) {
                if (closed) return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Hub stream failed", e);
            }
            streamUp = false;
            closeBody();
            if (closed) return;
            try {
                Sleeper.REAL.sleep(reconnectDelay);
            } catch (InterruptedException e) {
                if (closed) return;
            }
        }
    }

    private void readStreamOnce() throws IOException, InterruptedException {
        HttpRequest.Builder req = request("/v1/stream").header("Accept", "text/event-stream");
        Long last = lastEventId;
        if (last != null) req.header("Last-Event-ID", Long.toString(last));
        HttpResponse<InputStream> reply = http.send(req.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        openBody = reply.body();
        if (reply.statusCode() != 200) {
            refused = reply.statusCode() == 401;
            return;
        }
        refused = false;
        streamUp = true;
        streamHeard = clock.instant();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(reply.body(), StandardCharsets.UTF_8))) {
            String id = null;
            StringBuilder data = new StringBuilder();
            String line;
            while (!closed && (line = in.readLine()) != null) {
                streamHeard = clock.instant();
                if (line.isEmpty()) {
                    if (data.length() > 0) deliver(id, data.toString());
                    data.setLength(0);
                    id = null;
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) data.append('\n');
                    data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                }
                // ":" comments are heartbeats; "retry:" is for browsers
            }
        }
    }

    private void deliver(String id, String json) {
        try {
            latest = SnapshotReader.read(json);
            if (id != null && !id.isEmpty()) lastEventId = Long.parseLong(id);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Hub sent an event that is not a snapshot; ignored", e);
        }
    }

    private void closeBody() {
        InputStream body = openBody;
        openBody = null;
        if (body != null) {
            try {
                body.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** For tests: the id of the last event received on the stream. */
    Long lastEventId() {
        return lastEventId;
    }
}
