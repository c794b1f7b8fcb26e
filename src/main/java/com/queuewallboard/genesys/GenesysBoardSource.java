package com.queuewallboard.genesys;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.QueueInfo;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Board snapshots from Genesys Cloud: live observations every refresh, today's totals when due.
 * The queries of one refresh run in parallel batches of at most 100 queues; a failed batch
 * leaves its queues with their last good figures (marked stale) and its problem in the snapshot.
 */
public final class GenesysBoardSource implements BoardSource {
    /** Enough parallel batches for 1,000 queues in one round trip, small enough to be polite. */
    static final int MAX_PARALLEL_QUERIES = 10;

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

    private List<QueueInfo> queues;
    private List<Problem> resolutionProblems = List.of();
    private final Map<String, QueueFigures> lastLive = new HashMap<>();
    private final Map<String, TodayTotals> today = new HashMap<>();
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
        this.pool = Executors.newFixedThreadPool(MAX_PARALLEL_QUERIES, daemonThreads());
        this.directory = new QueueDirectory(api, pool);
        this.metrics = new QueueMetricsApi(api);
        this.observationMapper = new ObservationMapper(settings.mediaTypes());
        this.aggregateMapper = new AggregateMapper(settings.mediaTypes());
        this.clock = clock;
        this.description = description;
        this.demo = demo;
        this.resources = resources;
    }

    @Override
    public synchronized BoardSnapshot refresh() throws SourceException {
        List<QueueInfo> shown = resolvedQueues();
        Instant started = clock.instant();
        List<List<QueueInfo>> batches = batches(shown);
        boolean todayDue = !started.isBefore(todayDueAt);

        List<Future<ObservationJson.Response>> live = new ArrayList<>();
        List<Future<AggregateJson.Response>> totals = new ArrayList<>();
        for (List<QueueInfo> batch : batches) {
            List<String> ids = ids(batch);
            live.add(pool.submit(() -> metrics.observations(ids)));
            if (todayDue) totals.add(pool.submit(() -> metrics.today(ids, started, settings.timeZone())));
        }

        List<Problem> problems = new ArrayList<>(resolutionProblems);
        Set<String> stale = new LinkedHashSet<>();
        SourceException firstLiveFailure = null;
        int failedBatches = 0;
        Instant now = started;
        for (int i = 0; i < batches.size(); i++) {
            List<QueueInfo> batch = batches.get(i);
            try {
                ObservationJson.Response response = await(live.get(i));
                now = clock.instant();
                Map<String, QueueFigures> figures = observationMapper.map(response, names(batch), now);
                for (QueueInfo q : batch) {
                    QueueFigures f = figures.get(q.id());
                    lastLive.put(q.id(), f != null ? f : QueueFigures.noData(q.id(), q.name(), null));
                }
            } catch (SourceException e) {
                if (firstLiveFailure == null) firstLiveFailure = e;
                failedBatches++;
                addOnce(problems, e.problem());
                batch.forEach(q -> stale.add(q.id()));
            }
        }
        if (!batches.isEmpty() && failedBatches == batches.size()) {
            cancel(totals);
            throw firstLiveFailure;   // nothing fresh at all: the refresh as a whole failed
        }
        if (todayDue) collectToday(batches, totals, started, problems);

        List<QueueFigures> out = new ArrayList<>(shown.size());
        for (QueueInfo q : shown) {
            QueueFigures f = lastLive.getOrDefault(q.id(), QueueFigures.noData(q.id(), q.name(), null));
            out.add(f.withToday(today.get(q.id())));
        }
        return new BoardSnapshot(now, todayAsOf, out, problems, stale);
    }

    private void collectToday(List<List<QueueInfo>> batches, List<Future<AggregateJson.Response>> totals,
                              Instant started, List<Problem> problems) {
        boolean allGood = true;
        for (int i = 0; i < batches.size(); i++) {
            List<String> ids = ids(batches.get(i));
            try {
                today.putAll(aggregateMapper.map(await(totals.get(i)), ids));
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

    private List<QueueInfo> resolvedQueues() throws SourceException {
        if (queues != null) return queues;
        QueueDirectory.Resolution resolution = directory.resolve(selection);
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
        queues = found;
        resolutionProblems = List.copyOf(problems);
        return queues;
    }

    private static List<List<QueueInfo>> batches(List<QueueInfo> all) {
        List<List<QueueInfo>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += QueueMetricsApi.MAX_QUEUES_PER_QUERY) {
            out.add(all.subList(i, Math.min(all.size(), i + QueueMetricsApi.MAX_QUEUES_PER_QUERY)));
        }
        return out;
    }

    private static List<String> ids(List<QueueInfo> batch) {
        return batch.stream().map(QueueInfo::id).toList();
    }

    private static Map<String, String> names(List<QueueInfo> batch) {
        Map<String, String> names = new HashMap<>(batch.size() * 2);
        batch.forEach(q -> names.put(q.id(), q.name()));
        return names;
    }

    private static void addOnce(List<Problem> problems, Problem p) {
        if (!problems.contains(p)) problems.add(p);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static <T> T await(Future<T> future) throws SourceException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException(Problem.of(ProblemKind.NETWORK, "The refresh was cancelled."), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SourceException se) throw se;
            throw new SourceException(Problem.of(ProblemKind.SERVICE,
                    "Unexpected error while reading Genesys data; details are in the log file."), e.getCause());
        }
    }

    private static void cancel(List<? extends Future<?>> futures) {
        futures.forEach(f -> f.cancel(true));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "genesys-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
