package com.queuewallboard.hub;

import com.queuewallboard.app.DaemonThreads;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.document.SnapshotView;
import com.queuewallboard.history.ConnectionEvent;
import com.queuewallboard.history.HistoryRecorder;
import com.queuewallboard.insight.AlarmPolicy;
import com.queuewallboard.insight.BoardAlarms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hub's one connection to Genesys: refreshes on the board's interval and publishes each new
 * snapshot document. A failed refresh never stops it: the last figures stay, marked stale, the
 * problem is in the document's errors and {@code genesysState} says "retrying".
 */
public final class HubRefresher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HubRefresher.class.getName());
    public static final String OK = "ok";
    public static final String RETRYING = "retrying";
    public static final String STARTING = "starting";

    private final BoardSource source;
    private final ThresholdSettings levels;
    private final HubEvents events;
    private final Clock clock;
    private ScheduledExecutorService timer;

    private BoardSnapshot lastGood;
    private volatile Instant lastRefresh;
    private volatile Instant lastAttempt;
    private volatile String genesysState = STARTING;
    private volatile int failuresInARow;

    private final String mediaType;
    private final BoardAlarms alarms;
    /** Every refreshed snapshot, alarm and connection change goes into the history file (record only enqueues). */
    private volatile HistoryRecorder history = HistoryRecorder.disabled();

    /** @param mediaType the first chosen media type: the one targets and the staffing forecast are for */
    public HubRefresher(BoardSource source, ThresholdSettings levels, String mediaType, HubEvents events, Clock clock) {
        this.source = source;
        this.levels = levels;
        this.mediaType = mediaType;
        this.events = events;
        this.clock = clock;
        // the hub keeps the alarms for every screen: raised, cleared and logged once, here
        this.alarms = new BoardAlarms(clock, AlarmPolicy.DEFAULT);
    }

    /** Records into {@code recorder} from now on; closed with this refresher. */
    public HubRefresher recordInto(HistoryRecorder recorder) {
        this.history = recorder == null ? HistoryRecorder.disabled() : recorder;
        return this;
    }

    /** One refresh and publish; never throws (tests call it directly, the timer calls it on schedule). */
    public synchronized void refreshOnce() {
        lastAttempt = clock.instant();
        BoardSnapshot snapshot;
        try {
            snapshot = source.refresh();
            if (!OK.equals(genesysState)) {
                history.record(new ConnectionEvent(lastAttempt, RETRYING.equals(genesysState) ? "recovered" : "connected", null));
            }
            history.record(snapshot, levels, source.description(), source.isDemo());
            lastGood = snapshot;
            lastRefresh = lastAttempt;
            failuresInARow = 0;
            genesysState = OK;
        } catch (SourceException e) {
            snapshot = failed(e.problem());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Hub refresh failed unexpectedly", e);
            snapshot = failed(Problem.of(ProblemKind.SERVICE,
                    "Unexpected error in the hub's refresh (" + e.getClass().getSimpleName() + "); see the hub's log file."));
        }
        alarms.update(snapshot, levels).forEach(history::record);
        SnapshotView view = SnapshotView.of(snapshot, source.description(), source.isDemo(), levels, mediaType)
                .withGenesysState(genesysState).withAlarms(SnapshotView.AlarmView.of(alarms));
        events.publish(HubJson.write(view));
    }

    private BoardSnapshot failed(Problem problem) {
        if (!RETRYING.equals(genesysState)) history.record(new ConnectionEvent(clock.instant(), "failed", problem.oneLine()));
        failuresInARow++;
        genesysState = RETRYING;
        Problem said = new Problem(problem.kind(), "Genesys: retrying. " + problem.message(), problem.httpStatus(),
                problem.code(), problem.correlationId());
        if (lastGood == null) return new BoardSnapshot(clock.instant(), null, List.of(), List.of(said), Set.of());
        Set<String> all = new HashSet<>();
        lastGood.queues().forEach(q -> all.add(q.queueId()));
        return new BoardSnapshot(lastGood.asOf(), lastGood.todayAsOf(), lastGood.queues(), List.of(said), all,
                lastGood.simulatedTime());
    }

    /** Refreshes now and then every interval (start-to-start), on one daemon thread. */
    public void start(Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("hub-refresh"));
        timer.scheduleAtFixedRate(this::refreshOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public HubHealth health(int openStreams) {
        return new HubHealth("up", text(lastRefresh), text(lastAttempt), genesysState, failuresInARow, openStreams);
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }

    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
        history.close();
    }
}
