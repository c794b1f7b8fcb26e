package com.queuewallboard.genesys;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.QueueSelection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** 100 queue ids make a query of about 4,000 characters; proxies commonly take 8 KB. */
    static final int MAX_ID_QUERY_CHARS = 4_200;
    /** Unknown ids named in the problem; the rest are counted. */
    private static final int UNKNOWN_NAMED = 5;

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
        return listAll(page(1));
    }

    private Listing listAll(QueueJson.Page first) throws SourceException {
        Map<String, QueueInfo> all = new LinkedHashMap<>();   // pages can overlap while queues change
        List<Problem> problems = new ArrayList<>();
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
        // a name is server text that reaches a terminal and the window: no controls in it
        String name = q.name() == null ? null : TerminalText.strip(q.name());
        return new QueueInfo(queueId, name == null || name.isBlank() ? queueId : name, q.serviceLevelTargets());
    }

    /**
     * The queues to show, in the order asked for. Ids the org does not know and names that match
     * nothing are reported (one problem for all unknown ids, worded the same while the set is the
     * same), never fatal: the queues that do resolve always show.
     */
    public Resolution resolve(QueueSelection wanted) throws SourceException {
        if (wanted.names().isEmpty() && !wanted.ids().isEmpty()) {
            try {
                return byIds(wanted.ids(), lookUp(wanted.ids()), List.of());
            } catch (SourceException e) {
                if (e.problem().kind() != ProblemKind.PERMISSION) throw e;
                // Without routing:queue:view the ids still work; only their names are missing.
                return new Resolution(wanted.ids().stream().map(id -> new QueueInfo(id, id)).toList(), List.of(e.problem()), List.of());
            }
        }
        Listing listing;
        try {
            listing = listAll();
        } catch (SourceException e) {
            if (e.problem().kind() != ProblemKind.PERMISSION || !wanted.names().isEmpty() || wanted.ids().isEmpty()) throw e;
            return new Resolution(wanted.ids().stream().map(id -> new QueueInfo(id, id)).toList(), List.of(e.problem()), List.of());
        }
        if (wanted.isEmpty()) return new Resolution(listing.queues(), listing.problems(), List.of());

        Map<String, QueueInfo> known = new LinkedHashMap<>();
        listing.queues().forEach(q -> known.put(q.id().toLowerCase(Locale.ROOT), q));
        List<String> notListed = wanted.ids().stream().filter(id -> !known.containsKey(id)).toList();
        // a listing that came up short may have missed them: ask for those ids directly, in batches
        if (!notListed.isEmpty()) known.putAll(lookUp(notListed));
        List<Problem> problems = new ArrayList<>(listing.problems());
        Resolution ids = byIds(wanted.ids(), known, problems);
        Map<String, QueueInfo> chosen = new LinkedHashMap<>();
        ids.queues().forEach(q -> chosen.put(q.id(), q));
        problems = new ArrayList<>(ids.problems());
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
        return new Resolution(List.copyOf(chosen.values()), problems, ids.unknownIds());
    }

    /** The wanted ids in order: those found, and one problem naming those that are not. */
    private static Resolution byIds(List<String> wanted, Map<String, QueueInfo> found, List<Problem> earlier) {
        List<QueueInfo> queues = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : wanted) {
            QueueInfo q = found.get(id.toLowerCase(Locale.ROOT));
            if (q != null) queues.add(q);
            else unknown.add(id);
        }
        List<Problem> problems = new ArrayList<>(earlier);
        if (!unknown.isEmpty()) problems.add(unknownIdsProblem(unknown));
        return new Resolution(queues, problems, unknown);
    }

    /**
     * One problem for all unknown ids. It carries no status or correlation id, so it is equal from
     * one refresh to the next while the set is the same, and a caller can report it once per change.
     */
    static Problem unknownIdsProblem(List<String> unknown) {
        String shown = String.join(", ", unknown.subList(0, Math.min(unknown.size(), UNKNOWN_NAMED)));
        String more = unknown.size() > UNKNOWN_NAMED ? " and " + (unknown.size() - UNKNOWN_NAMED) + " more" : "";
        String head = unknown.size() == 1 ? "Queue " + shown + " does not exist in this org. "
                : unknown.size() + " configured queue ids do not exist in this org: " + shown + more + ". ";
        return Problem.of(ProblemKind.NOT_FOUND, head
                + "Remove them from the settings or check the region; --list-queues shows the queues. The other queues are shown.");
    }

    /**
     * Looks ids up in batches ({@code GET /routing/queues?id=a&id=b...}, in parallel); returns those
     * the org knows, by lower-case id. A server that ignores the id filter (it answers with queues
     * not asked for) is read by listing the org instead, so nothing is called unknown by mistake.
     */
    Map<String, QueueInfo> lookUp(List<String> ids) throws SourceException {
        List<List<String>> batches = lookupBatches(ids);
        List<Future<QueueJson.Page>> pages = new ArrayList<>();
        for (List<String> batch : batches) pages.add(submit(() -> api.get(lookupPath(batch), QueueJson.Page.class,
                "the queue lookup by id", PERMISSION)));
        Map<String, QueueInfo> found = new LinkedHashMap<>();
        QueueJson.Page filterIgnored = null;
        for (int i = 0; i < batches.size(); i++) {
            QueueJson.Page page = await(pages.get(i));
            if (page == null || page.entities() == null) continue;
            Set<String> asked = new HashSet<>(batches.get(i));
            for (QueueJson.Queue q : page.entities()) {
                if (q == null || q.id() == null) continue;
                String id = q.id().toLowerCase(Locale.ROOT);
                if (asked.contains(id)) found.putIfAbsent(id, info(q, q.id()));
                else filterIgnored = page;
            }
            if (filterIgnored != null) break;
        }
        if (filterIgnored == null) return found;
        Futures.cancel(pages);
        // its answer was page 1 of the whole list (pageSize and pageNumber were in the query): go on from there
        Set<String> wanted = new HashSet<>(ids);
        Map<String, QueueInfo> listed = new LinkedHashMap<>();
        for (QueueInfo q : listAll(filterIgnored).queues()) {
            String id = q.id().toLowerCase(Locale.ROOT);
            if (wanted.contains(id)) listed.put(id, q);
        }
        return listed;
    }

    /** At most a page of ids per request, and a query short enough for any proxy. */
    static List<List<String>> lookupBatches(List<String> ids) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int chars = 0;
        for (String id : ids) {
            int more = "&id=".length() + encode(id).length();
            if (!current.isEmpty() && (current.size() == PAGE_SIZE || chars + more > MAX_ID_QUERY_CHARS)) {
                out.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(id.toLowerCase(Locale.ROOT));
            chars += more;
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    static String lookupPath(List<String> batch) {
        StringBuilder path = new StringBuilder(LIST_PATH).append("?pageSize=").append(PAGE_SIZE).append("&pageNumber=1");
        for (String id : batch) path.append("&id=").append(encode(id));
        return path.toString();
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private <T> Future<T> submit(java.util.concurrent.Callable<T> call) {
        if (pool != null) return pool.submit(call);
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(call);
        task.run();
        return task;
    }

    private static <T> T await(Future<T> f) throws SourceException {
        return Futures.await(f, "listing the queues");
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

    /**
     * The queues found, and what could not be found.
     *
     * @param unknownIds the asked-for ids the org does not know, in the order asked
     */
    public record Resolution(List<QueueInfo> queues, List<Problem> problems, List<String> unknownIds) {
        public Resolution {
            queues = List.copyOf(queues);
            problems = List.copyOf(problems);
            unknownIds = List.copyOf(unknownIds);
        }
    }
}
