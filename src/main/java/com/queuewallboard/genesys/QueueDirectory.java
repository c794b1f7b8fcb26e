package com.queuewallboard.genesys;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.QueueSelection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/** The org's queues via the routing API (genesys-api.md §5): listing, lookup, and name resolution. */
public final class QueueDirectory {
    static final String PERMISSION = "routing:queue:view";
    static final String LIST_PATH = "/api/v2/routing/queues";
    private static final int PAGE_SIZE = 100;
    /** A guard against a server whose pages never end. */
    private static final int MAX_PAGES = 1000;
    /** Up to this many ids (and no names) are looked up one by one instead of listing the org. */
    private static final int DIRECT_LOOKUP_MAX = 20;

    private final ApiClient api;
    private final ExecutorService pool;

    /** @param pool runs page and id requests in parallel; null = one after another */
    public QueueDirectory(ApiClient api, ExecutorService pool) {
        this.api = api;
        this.pool = pool;
    }

    /**
     * Every queue of the org, sorted by name. Pages after the first are fetched in parallel when
     * Genesys says how many there are; otherwise {@code nextUri} is followed. A list that ends short
     * of {@code total} comes with a problem instead of passing for complete.
     */
    public Listing listAll() throws SourceException {
        Map<String, QueueInfo> all = new LinkedHashMap<>();   // pages can overlap while queues change
        List<Problem> problems = new ArrayList<>();
        QueueJson.Page first = page(1);
        add(all, first);
        Integer pageCount = first.pageCount();
        if (pageCount != null && pageCount > 1) {
            List<Future<QueueJson.Page>> rest = new ArrayList<>();
            for (int n = 2; n <= Math.min(pageCount, MAX_PAGES); n++) {
                int number = n;
                rest.add(submit(() -> page(number)));
            }
            for (Future<QueueJson.Page> f : rest) add(all, await(f));
        } else {
            followNextUri(first, all);
        }
        if (first.total() != null && all.size() < first.total()) {
            problems.add(Problem.of(ProblemKind.SERVICE, "Only " + all.size() + " of the org's " + first.total()
                    + " queues could be listed; the board may be missing some. It tries again on the next start."));
        }
        if (all.isEmpty()) {
            problems.add(Problem.of(ProblemKind.PERMISSION, "The OAuth client can see no queues. Check the divisions "
                    + "its role covers (routing:queue:view) and that the org has queues."));
        }
        List<QueueInfo> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparing(QueueInfo::name, String.CASE_INSENSITIVE_ORDER));
        return new Listing(sorted, problems);
    }

    private void followNextUri(QueueJson.Page first, Map<String, QueueInfo> all) throws SourceException {
        Set<String> seen = new HashSet<>();
        Set<Integer> seenNumbers = new HashSet<>();
        seenNumbers.add(1);
        String next = first.nextUri();
        for (int page = 1; next != null && !next.isBlank() && page < MAX_PAGES && seen.add(next); page++) {
            QueueJson.Page p = api.get(next, QueueJson.Page.class, "the queue list", PERMISSION);
            // a nextUri that leads back to a page already read ends the walk
            if (p == null || p.entities() == null || (p.pageNumber() != null && !seenNumbers.add(p.pageNumber()))) break;
            add(all, p);
            next = p.nextUri();
        }
    }

    private QueueJson.Page page(int number) throws SourceException {
        QueueJson.Page p = api.get(LIST_PATH + "?pageSize=" + PAGE_SIZE + "&pageNumber=" + number, QueueJson.Page.class,
                "the queue list", PERMISSION);
        return p == null ? new QueueJson.Page(List.of(), null, null, null, null, null) : p;
    }

    private static void add(Map<String, QueueInfo> all, QueueJson.Page p) {
        if (p.entities() == null) return;
        for (QueueJson.Queue q : p.entities()) {
            if (q != null && q.id() != null) all.putIfAbsent(q.id(), info(q, q.id()));
        }
    }

    private static QueueInfo info(QueueJson.Queue q, String id) {
        String queueId = q.id() == null ? id : q.id();
        return new QueueInfo(queueId, q.name() == null || q.name().isBlank() ? queueId : q.name());
    }

    /** One queue by id; a 404 comes back as a NOT_FOUND problem with Genesys' own code and correlation id. */
    public QueueInfo find(String id) throws SourceException {
        return info(api.get(LIST_PATH + "/" + id, QueueJson.Queue.class, "queue " + id, PERMISSION), id);
    }

    /**
     * The queues to show, in the order asked for. Ids the org does not know and names that match
     * nothing are reported as problems, not fatal: the other queues still show.
     */
    public Resolution resolve(QueueSelection wanted) throws SourceException {
        if (wanted.names().isEmpty() && !wanted.ids().isEmpty() && wanted.ids().size() <= DIRECT_LOOKUP_MAX) {
            return lookUp(wanted.ids());
        }
        Listing listing;
        try {
            listing = listAll();
        } catch (SourceException e) {
            if (e.problem().kind() != ProblemKind.PERMISSION || !wanted.names().isEmpty() || wanted.ids().isEmpty()) throw e;
            // Without routing:queue:view the ids still work; only their names are missing.
            return new Resolution(wanted.ids().stream().map(id -> new QueueInfo(id, id)).toList(), List.of(e.problem()));
        }
        List<Problem> problems = new ArrayList<>(listing.problems());
        if (wanted.isEmpty()) return new Resolution(listing.queues(), problems);

        Map<String, QueueInfo> byId = new LinkedHashMap<>();
        listing.queues().forEach(q -> byId.put(q.id().toLowerCase(Locale.ROOT), q));
        Map<String, QueueInfo> chosen = new LinkedHashMap<>();
        List<String> notListed = wanted.ids().stream().filter(id -> !byId.containsKey(id)).toList();
        // maybe in a division the list does not show: ask for each directly
        Resolution direct = notListed.isEmpty() ? new Resolution(List.of(), List.of()) : lookUp(notListed);
        problems.addAll(direct.problems());
        Map<String, QueueInfo> found = new LinkedHashMap<>();
        direct.queues().forEach(q -> found.put(q.id().toLowerCase(Locale.ROOT), q));
        for (String id : wanted.ids()) {
            QueueInfo q = byId.getOrDefault(id, found.get(id));
            if (q != null) chosen.put(q.id(), q);
        }
        for (String name : wanted.names()) {
            Pattern pattern = wildcard(name);
            List<QueueInfo> matches = listing.queues().stream().filter(q -> pattern.matcher(q.name()).matches()).toList();
            if (matches.isEmpty()) {
                problems.add(Problem.of(ProblemKind.NOT_FOUND, "No queue is named '" + name + "'. Names are matched whole and "
                        + "without case; * is a wildcard (Sup*) and a comma separates names (use * for a comma in a name); "
                        + "--list-queues shows them all."));
            }
            matches.forEach(q -> chosen.putIfAbsent(q.id(), q));
        }
        return new Resolution(List.copyOf(chosen.values()), problems);
    }

    /** Looks each id up directly, in parallel; unknown ones become problems naming the id. */
    private Resolution lookUp(List<String> ids) throws SourceException {
        List<Future<QueueInfo>> lookups = new ArrayList<>();
        for (String id : ids) lookups.add(submit(() -> find(id)));
        List<QueueInfo> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                found.add(await(lookups.get(i)));
            } catch (SourceException e) {
                if (e.problem().kind() != ProblemKind.NOT_FOUND) throw e;
                Problem p = e.problem();
                problems.add(new Problem(ProblemKind.NOT_FOUND, "Queue " + ids.get(i) + " does not exist in this org. "
                        + "Remove it from the settings or check the region; --list-queues shows the queues.",
                        p.httpStatus(), p.code(), p.correlationId()));
            }
        }
        return new Resolution(found, problems);
    }

    private <T> Future<T> submit(java.util.concurrent.Callable<T> call) {
        if (pool != null) return pool.submit(call);
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(call);
        task.run();
        return task;
    }

    private static <T> T await(Future<T> f) throws SourceException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(Problem.of(ProblemKind.NETWORK, "Listing the queues was cancelled."), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SourceException se) throw se;
            throw new SourceException(Problem.of(ProblemKind.SERVICE,
                    "Unexpected error while listing the queues; details are in the log file."), e.getCause());
        }
    }

    /** Genesys-style name match: whole name, case-insensitive, {@code *} for any run of characters. */
    static Pattern wildcard(String name) {
        String[] parts = name.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) regex.append(".*");
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The org's queues, and what went wrong while listing them. */
    public record Listing(List<QueueInfo> queues, List<Problem> problems) {
        public Listing {
            queues = List.copyOf(queues);
            problems = List.copyOf(problems);
        }
    }

    /** The queues found, and what could not be found. */
    public record Resolution(List<QueueInfo> queues, List<Problem> problems) {
        public Resolution {
            queues = List.copyOf(queues);
            problems = List.copyOf(problems);
        }
    }
}
