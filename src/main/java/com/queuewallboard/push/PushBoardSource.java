package com.queuewallboard.push;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.genesys.GenesysBoardSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Push as the normal path, polling as the safety net: wraps the polling source and a
 * {@link PushFeed} for the queues the last poll showed.
 *
 * <p>While the feed is LIVE, {@link #refresh()} costs no REST call: it lays the pushed figures
 * over the last polled snapshot (the longest wait ticking with the clock). The wrapped source is
 * asked only for a resync (after every (re)connect and when the feed says so, every few
 * minutes, because delivery is not guaranteed) or when today's totals are due. While the feed is
 * POLLING (not yet up, refused, lost), every refresh is the wrapped source's. A change pushed
 * between refreshes is signalled to {@link #onChange} listeners, at most once a second.
 */
public final class PushBoardSource implements BoardSource {

    private static final Logger LOG = Logger.getLogger(PushBoardSource.class.getName());
    /** Change signals are coalesced to at most one per this gap. */
    public static final Duration SIGNAL_GAP = Duration.ofSeconds(1);
    /**
     * The feed starts this long after the first poll, not with it: a source opened for one look
     * (the settings dialog's connection test) is closed before then and never takes one of the
     * 20 channels Genesys allows per client, where the 21st would evict a running board's.
     */
    public static final Duration FEED_START_DELAY = Duration.ofSeconds(2);
    /** A failed resync or today's query while live is tried again after at most this. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    /** Makes the feed (tests give one on their own scheduler and clock). */
    @FunctionalInterface
    public interface FeedOpener {
        PushFeed open(PushListener listener);
    }

    private final BoardSource polling;
    private final FeedOpener feeds;
    private final LiveFigures live;
    private final Duration todayInterval;
    private final Clock clock;
    private final Scheduler signals;
    private final AutoCloseable ownedThreads;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Makes refresh() serial; the feed's callbacks and the status readers never wait for it. */
    private final Object lock = new Object();
    private volatile PushFeed feed;
    private volatile boolean closed;
    private volatile List<String> shownIds = List.of();
    private Scheduler.Task feedStart;
    private BoardSnapshot lastPolled;
    private volatile boolean resyncDue = true;
    private Instant todayDueAt = Instant.MIN;
    private volatile Instant retryAt = Instant.MIN;
    /** Sequence of applied push events per group, so a resync drops only what it is newer than. */
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Long> appliedAt = new HashMap<>();
    private final AtomicLong restRefreshes = new AtomicLong();

    private final Object signalLock = new Object();
    private boolean signalPending;
    private Instant lastSignal = Instant.MIN;

    /**
     * @param polling       the polling source (its refresh is the resync and today's query)
     * @param feeds         makes the push feed at the first refresh
     * @param mediaTypes    the media the board counts
     * @param todayInterval how often today's totals are due
     * @param clock         the feed's clock (longest wait, today's rhythm)
     * @param signals       runs the coalesced change signal
     * @param ownedThreads  closed with this source (the signal thread); may be null
     */
    public PushBoardSource(BoardSource polling, FeedOpener feeds, Collection<String> mediaTypes, Duration todayInterval,
                           Clock clock, Scheduler signals, AutoCloseable ownedThreads) {
        this.polling = polling;
        this.feeds = feeds;
        this.live = new LiveFigures(java.util.Set.copyOf(mediaTypes));
        this.todayInterval = todayInterval;
        this.clock = clock;
        this.signals = signals;
        this.ownedThreads = ownedThreads;
    }

    /** The board's push source over Genesys (or the simulator): one token and one login for both paths. */
    public static PushBoardSource over(GenesysBoardSource source, Collection<String> mediaTypes, Duration todayInterval) {
        TokenSource tokens = TokenSource.of(source.api().tokens());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "push-change-signal");
            t.setDaemon(true);
            return t;
        });
        return new PushBoardSource(source,
                listener -> PushFeed.create(source.api().apiBase(), tokens, PushSettings.DEFAULTS, listener),
                mediaTypes, todayInterval, Clock.systemUTC(), Scheduler.of(timer), timer::shutdownNow);
    }

    @Override
    public BoardSnapshot refresh() throws SourceException {
        synchronized (lock) {
            Instant now = clock.instant();
            PushFeed f = feed;
            boolean isLive = f != null && f.state().isLive();
            if (!isLive) {
                BoardSnapshot polled = polling.refresh(); // a whole failure is the caller's, as without push
                live.clear();
                appliedAt.clear();
                remember(polled, now);
                return polled.withTransport("poll");
            }
            List<Problem> extra = List.of();
            boolean due = lastPolled == null || resyncDue || !now.isBefore(todayDueAt);
            if (due && !now.isBefore(retryAt)) {
                long before = sequence.get();
                f.forgetDelivered(); // events from here on count, even ones equal to an older one
                resyncDue = false;
                try {
                    BoardSnapshot polled = polling.refresh();
                    forgetOlderThan(before);
                    remember(polled, now);
                } catch (SourceException e) {
                    if (lastPolled == null) {
                        throw e;
                    }
                    resyncDue = true;
                    retryAt = now.plus(RETRY_AFTER);
                    extra = List.of(e.problem()); // the pushed figures stay good; say what failed
                    LOG.log(Level.INFO, "Resync query failed while live: {0}", e.problem().oneLine());
                }
            }
            return merged(clock.instant(), extra);
        }
    }

    /** The last polled snapshot with what push brought since, at {@code now}. */
    private BoardSnapshot merged(Instant now, List<Problem> extra) {
        BoardSnapshot base = lastPolled;
        List<QueueFigures> out = new ArrayList<>(base.queues().size());
        for (QueueFigures q : base.queues()) {
            out.add(live.mergeOnto(q, now, base.asOf()));
        }
        List<Problem> problems = base.problems();
        if (!extra.isEmpty()) {
            problems = new ArrayList<>(problems);
            for (Problem p : extra) {
                if (!problems.contains(p)) problems.add(p);
            }
        }
        return new BoardSnapshot(now, base.todayAsOf(), out, problems, base.staleQueueIds(), base.simulatedTime(),
                "push");
    }

    /** After a poll: keep it, start or re-target the feed, and work out when today's totals are next due. */
    private void remember(BoardSnapshot polled, Instant now) {
        Instant previousToday = lastPolled == null ? null : lastPolled.todayAsOf();
        lastPolled = polled;
        restRefreshes.incrementAndGet();
        if (polled.todayAsOf() != null && !polled.todayAsOf().equals(previousToday)) {
            todayDueAt = polled.todayAsOf().plus(todayInterval);
        } else if (!now.isBefore(todayDueAt)) {
            todayDueAt = now.plus(todayInterval.compareTo(RETRY_AFTER) < 0 ? todayInterval : RETRY_AFTER);
        }
        if (closed) {
            return;
        }
        List<String> ids = polled.queues().stream().map(QueueFigures::queueId).toList();
        shownIds = ids;
        PushFeed f = feed;
        if (f != null) {
            f.showQueues(ids);
        } else if (feedStart == null) {
            feedStart = signals.schedule(this::startFeed, FEED_START_DELAY);
        }
    }

    private void startFeed() {
        synchronized (lock) {
            if (closed || feed != null) {
                return;
            }
            feed = feeds.open(new Listener());
            feed.showQueues(shownIds);
        }
    }

    /** A resync's figures are newer than every event applied before it started. */
    private void forgetOlderThan(long before) {
        synchronized (appliedAt) {
            appliedAt.entrySet().removeIf(e -> {
                if (e.getValue() <= before) {
                    live.forget(e.getKey());
                    return true;
                }
                return false;
            });
        }
    }

    // ---------------------------------------------------------------- the feed's side

    private final class Listener implements PushListener {
        @Override
        public void onLive(LiveUpdate update) {
            synchronized (appliedAt) {
                live.apply(update);
                appliedAt.put(update.groupKey(), sequence.incrementAndGet());
            }
            signalChange();
        }

        @Override
        public void resyncNeeded() {
            resyncDue = true;
            retryAt = Instant.MIN;
            signalChange();
        }

        @Override
        public void onState(PushState state) {
            LOG.log(Level.INFO, "Push: {0}", state.label());
            signalChange(); // the status and the transport changed: show it now
        }
    }

    private void signalChange() {
        synchronized (signalLock) {
            if (signalPending || listeners.isEmpty() || closed) {
                return;
            }
            signalPending = true;
            Duration wait = Duration.between(clock.instant(), lastSignal.plus(SIGNAL_GAP));
            signals.schedule(this::fireChange, wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    private void fireChange() {
        synchronized (signalLock) {
            signalPending = false;
            lastSignal = clock.instant();
        }
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "change listener failed", e);
            }
        }
    }

    // ---------------------------------------------------------------- BoardSource

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public String transportStatus() {
        return pushState().label();
    }

    /** LIVE or POLLING with the reason; POLLING "connecting" before the first refresh. */
    public PushState pushState() {
        PushFeed f = feed;
        return f == null ? PushState.polling("connecting", clock.instant()) : f.state();
    }

    /** How many refreshes went to the polling source (tests and the benchmark). */
    public long restRefreshes() {
        return restRefreshes.get();
    }

    /** True while the next refresh will run a resync query (tests). */
    boolean resyncPending() {
        return resyncDue;
    }

    /** The feed, once started (tests and the benchmark). */
    public PushFeed feed() {
        return feed;
    }

    @Override
    public List<QueueInfo> listQueues() throws SourceException {
        return polling.listQueues();
    }

    @Override
    public String description() {
        return polling.description();
    }

    @Override
    public boolean isDemo() {
        return polling.isDemo();
    }

    @Override
    public void close() {
        closed = true;
        PushFeed f;
        synchronized (lock) { // after a refresh under way, which may still start the feed
            f = feed;
            feed = null;
            if (feedStart != null) {
                feedStart.cancel();
            }
        }
        if (f != null) {
            f.close();
        }
        if (ownedThreads != null) {
            try {
                ownedThreads.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "push signal thread", e);
            }
        }
        polling.close();
    }
}
