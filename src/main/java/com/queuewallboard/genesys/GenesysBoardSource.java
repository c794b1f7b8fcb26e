package com.queuewallboard.genesys;

import com.queuewallboard.app.DaemonThreads;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.config.QueueSelection;
import com.queuewallboard.config.Settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Board snapshots from Genesys Cloud: live observations every refresh; today's totals and the
 * last 30 minutes' totals (two aggregates queries side by side) when due; each queue's
 * service-level target for the first chosen media type, from the queue list.
 * The queries of one refresh run in parallel batches of at most 100 queues; a failed batch
 * leaves its queues with their last good figures (marked stale) and its problem in the snapshot.
 */
public final class GenesysBoardSource implements BoardSource {
    private static final Logger LOG = Logger.getLogger(GenesysBoardSource.class.getName());
    /** Enough parallel batches for 1,000 queues in one round trip, small enough to be polite. */
    static final int MAX_PARALLEL_QUERIES = 10;
    /**
     * Threads (and connections): one round trip's worth of live, today's and name-lookup batches
     * for 1,000 queues, so a cold refresh sends them all at once.
     */
    static final int POOL_SIZE = 3 * MAX_PARALLEL_QUERIES;
    /** A query thread unused this long ends (longer than the slowest regular query cycle, today's totals). */
    static final Duration IDLE_THREAD = Duration.ofMinutes(5);
    /** Queues that did not resolve (unknown ids, unmatched names) are looked for again this rarely. */
    static final Duration RECHECK_UNRESOLVED = Duration.ofMinutes(15);
    /** A failed re-check is tried again sooner. */
    static final Duration RECHECK_AFTER_FAILURE = Duration.ofMinutes(1);
    /** The recent window: the "current half hour" service level and the forecast's arrival rate. */
    public static final Duration RECENT_WINDOW = Duration.ofMinutes(30);

    private final Settings settings;
    private final QueueSelection selection;
    private final ApiClient api;
    private final QueueDirectory directory;
    private final QueueMetricsApi metrics;
    private final ObservationMapper observationMapper;
    private final AggregateMapper aggregateMapper;
    private final Clock clock;
    private final String description;
    private final boolean demo;
    private final AutoCloseable resources;
    private final ExecutorService pool;

    /** The resolved queues, in the configured order; null until the first resolution succeeds. */
    private List<QueueInfo> queues;
    /** Problems of the last resolution (unknown ids, unmatched names); equal while nothing changes. */
    private List<Problem> resolutionProblems = List.of();
    /** When to look for unresolved queues again; null when everything resolved. */
    private Instant recheckAt;
    private final Map<String, QueueFigures> lastLive = new HashMap<>();
    private final Map<String, TodayTotals> today = new HashMap<>();
    private final Map<String, RecentTotals> recent = new HashMap<>();
    private Instant todayAsOf;
    private Instant todayDueAt = Instant.MIN;

    /**
     * @param resources closed with this source (the HTTP client, and the simulator in demo mode)
     */
    public GenesysBoardSource(Settings settings, QueueSelection selection, ApiClient api, Clock clock,
                              String description, boolean demo, AutoCloseable resources) {
        this.settings = settings;
        this.selection = selection;
        this.api = api;
        this.pool = queryPool();
        this.directory = new QueueDirectory(api, pool);
        this.metrics = new QueueMetricsApi(api);
        this.observationMapper = new ObservationMapper(settings.mediaTypes());
        this.aggregateMapper = new AggregateMapper(settings.mediaTypes());
        this.clock = clock;
        this.description = description;
        this.demo = demo;
        this.resources = resources;
    }

    /**
     * One refresh. The queue names, the live figures and today's totals go out together: queues
     * given by id are queried while their names are looked up (a lookup that says an id is unknown
     * just drops its figures). Only names need the queue list before anything else can be asked.
     */
    @Override
    public synchronized BoardSnapshot refresh() throws SourceException {
        Instant started = clock.instant();
        boolean resolving = queues == null || (recheckAt != null && !started.isBefore(recheckAt));
        if (resolving && !canQueryWhileResolving()) {
            resolve(started);
            resolving = false;
        }
        // while resolving by id: the asked-for ids not yet known are queried too
        Set<String> toQuery = new LinkedHashSet<>(ids(queues == null ? List.of() : queues));
        if (resolving) toQuery.addAll(selection.ids());
        List<List<String>> batches = batches(List.copyOf(toQuery));
        boolean todayDue = resolving || !started.isBefore(todayDueAt);

        List<Future<ObservationJson.Response>> live = new ArrayList<>();
        List<Future<AggregateJson.Response>> totals = new ArrayList<>();
        List<Future<AggregateJson.Response>> recentTotals = new ArrayList<>();
        for (List<String> ids : batches) {
            live.add(pool.submit(() -> metrics.observations(ids)));
            if (todayDue) {
                totals.add(pool.submit(() -> metrics.today(ids, started, settings.timeZone())));
                recentTotals.add(pool.submit(() -> metrics.recent(ids, started, RECENT_WINDOW, settings.timeZone())));
            }
        }
        if (resolving) {
            try {
                resolve(started);   // on this thread, its lookups beside the queries on the pool
            } catch (SourceException e) {
                Futures.cancel(live);
                Futures.cancel(totals);
                Futures.cancel(recentTotals);
                throw e;
            }
        }
        List<QueueInfo> shown = queues;
        Map<String, String> names = names(shown);

        List<Problem> problems = new ArrayList<>(resolutionProblems);
        Set<String> stale = new LinkedHashSet<>();
        SourceException firstLiveFailure = null;
        int failedBatches = 0;
        Instant now = started;
        for (int i = 0; i < batches.size(); i++) {
            List<String> batch = batches.get(i);
            try {
                ObservationJson.Response response = await(live.get(i));
                now = clock.instant();
                Map<String, QueueFigures> figures = observationMapper.map(response, names, now);
                for (String id : batch) {
                    if (!names.containsKey(id)) continue;   // an id the lookup did not confirm
                    QueueFigures f = figures.get(id);
                    lastLive.put(id, f != null ? f : QueueFigures.noData(id, names.get(id), null));
                }
            } catch (SourceException e) {
                if (firstLiveFailure == null) firstLiveFailure = e;
                failedBatches++;
                addOnce(problems, e.problem());
                batch.stream().filter(names::containsKey).forEach(stale::add);
            }
        }
        if (!batches.isEmpty() && failedBatches == batches.size()) {
            Futures.cancel(totals);
            Futures.cancel(recentTotals);
            throw firstLiveFailure;   // nothing fresh at all: the refresh as a whole failed
        }
        if (todayDue) collectToday(batches, totals, recentTotals, started, problems);

        String media = settings.mediaTypes().get(0);
        List<QueueFigures> out = new ArrayList<>(shown.size());
        for (QueueInfo q : shown) {
            QueueFigures f = lastLive.getOrDefault(q.id(), QueueFigures.noData(q.id(), q.name(), null));
            out.add(f.withToday(today.get(q.id())).withRecent(recent.get(q.id()))
                    .withServiceLevelTarget(q.targetFor(media)));
        }
        return new BoardSnapshot(now, todayAsOf, out, problems, stale);
    }

    /** Ids alone can be queried before their names are known; names need the queue list first. */
    private boolean canQueryWhileResolving() {
        return selection.names().isEmpty() && !selection.ids().isEmpty() && !demo;
    }

    /** Today's and the recent window's totals; a failed batch keeps its queues' last good ones. */
    private void collectToday(List<List<String>> batches, List<Future<AggregateJson.Response>> totals,
                              List<Future<AggregateJson.Response>> recentTotals, Instant started, List<Problem> problems) {
        boolean allGood = true;
        for (int i = 0; i < batches.size(); i++) {
            List<String> ids = batches.get(i);
            try {
                today.putAll(aggregateMapper.map(await(totals.get(i)), ids));
            } catch (SourceException e) {
                allGood = false;
                addOnce(problems, e.problem());
            }
            try {
                recent.putAll(aggregateMapper.mapRecent(await(recentTotals.get(i)), ids, RECENT_WINDOW));
            } catch (SourceException e) {
                allGood = false;
                addOnce(problems, e.problem());
            }
        }
        if (allGood) {
            todayAsOf = started;
            todayDueAt = started.plus(settings.todayInterval());
        } else {
            // retry after at most 15 s (sooner if today's interval is shorter)
            todayDueAt = started.plus(min(settings.todayInterval(), Duration.ofSeconds(15)));
        }
    }

    @Override
    public List<QueueInfo> listQueues() throws SourceException {
        return directory.listAll().queues();
    }

    /** The API client (host and token), for the push feed that wraps this source. */
    public ApiClient api() { return api; }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean isDemo() {
        return demo;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            resources.close();
        } catch (Exception ignored) {
            // closing on the way out: nothing useful to do with a failure here
        }
    }

    /**
     * Finds the chosen queues. The first time a failure fails the refresh; at a re-check it keeps
     * the queues already known and tries again later.
     */
    private void resolve(Instant now) throws SourceException {
        QueueDirectory.Resolution resolution;
        try {
            resolution = directory.resolve(selection);
        } catch (SourceException e) {
            if (queues == null) throw e;
            LOG.log(Level.INFO, "Re-check of unresolved queues failed; trying again later: {0}", e.problem().message());
            recheckAt = now.plus(RECHECK_AFTER_FAILURE);
            return;
        }
        List<Problem> problems = new ArrayList<>(resolution.problems());
        List<QueueInfo> found = resolution.queues();
        if (demo && found.isEmpty() && !selection.ids().isEmpty() && selection.names().isEmpty()) {
            // Saved real-org queue ids mean nothing to the simulator: show the demo queues instead.
            // (Names are matched as asked: "--demo --queues Sales" is a fair request.)
            found = directory.resolve(QueueSelection.parse(List.of())).queues();
            problems.clear();
            problems.add(Problem.of(ProblemKind.CONFIG,
                    "The configured queue ids belong to a real org, not to the demo, so all demo queues are shown."));
        }
        if (queues != null && !problems.equals(resolutionProblems)) {
            LOG.info("Queue resolution changed: " + problems.size() + " problem(s), " + found.size() + " queue(s)");
        }
        queues = List.copyOf(found);
        resolutionProblems = List.copyOf(problems);
        // unknown ids, unmatched names, a short listing: look again, but rarely (not every refresh)
        recheckAt = problems.isEmpty() ? null : now.plus(RECHECK_UNRESOLVED);
    }

    private static List<List<String>> batches(List<String> all) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += QueueMetricsApi.MAX_QUEUES_PER_QUERY) {
            out.add(all.subList(i, Math.min(all.size(), i + QueueMetricsApi.MAX_QUEUES_PER_QUERY)));
        }
        return out;
    }

    private static List<String> ids(List<QueueInfo> queues) {
        return queues.stream().map(QueueInfo::id).toList();
    }

    private static Map<String, String> names(List<QueueInfo> queues) {
        Map<String, String> names = new HashMap<>(queues.size() * 2);
        queues.forEach(q -> names.put(q.id(), q.name()));
        return names;
    }

    private static void addOnce(List<Problem> problems, Problem p) {
        if (!problems.contains(p)) problems.add(p);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static <T> T await(Future<T> future) throws SourceException {
        return Futures.await(future, "reading Genesys data");
    }

    /**
     * Up to {@link #POOL_SIZE} threads, a new one only when none is idle: a fixed pool starts a
     * thread for every task until it is full, so a 13-queue board that never runs more than four
     * queries at once still ended up with all 30 (and a wall board's thread count crept for its
     * first minutes). A thread unused for {@link #IDLE_THREAD} ends. With all threads busy, the
     * refreshing thread runs the batch itself; after close, a task is refused as before.
     */
    static ThreadPoolExecutor queryPool() {
        return new ThreadPoolExecutor(0, POOL_SIZE, IDLE_THREAD.toSeconds(), TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads(), (task, executor) -> {
                    if (executor.isShutdown()) throw new RejectedExecutionException("the Genesys source is closed");
                    task.run();
                });
    }

    private static ThreadFactory daemonThreads() {
        return DaemonThreads.named("genesys-query");
    }
}
