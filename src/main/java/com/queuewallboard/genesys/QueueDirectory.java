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
import java.util.regex.Pattern;

/** The org's queues via the routing API (genesys-api.md §5): listing, lookup, and name resolution. */
public final class QueueDirectory {
    static final String PERMISSION = "routing:queue:view";
    private static final int PAGE_SIZE = 100;
    /** A guard against a server whose nextUri never ends. */
    private static final int MAX_PAGES = 1000;

    private final ApiClient api;

    public QueueDirectory(ApiClient api) {
        this.api = api;
    }

    /** Every queue of the org, following {@code nextUri} through all pages, sorted by name. */
    public List<QueueInfo> listAll() throws SourceException {
        Map<String, QueueInfo> all = new LinkedHashMap<>();   // pages can overlap while queues change
        String next = "/api/v2/routing/queues?pageSize=" + PAGE_SIZE + "&pageNumber=1";
        Set<String> seenPages = new HashSet<>();
        for (int page = 0; next != null && page < MAX_PAGES && seenPages.add(next); page++) {
            QueueJson.Page p = api.get(next, QueueJson.Page.class, "the queue list", PERMISSION);
            if (p == null || p.entities() == null) break;
            for (QueueJson.Queue q : p.entities()) {
                if (q != null && q.id() != null) all.putIfAbsent(q.id(), new QueueInfo(q.id(), q.name() == null ? q.id() : q.name()));
            }
            next = p.nextUri() == null || p.nextUri().isBlank() ? null : p.nextUri();
        }
        List<QueueInfo> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparing(QueueInfo::name, String.CASE_INSENSITIVE_ORDER));
        return sorted;
    }

    /** One queue by id, or null when Genesys says it does not exist (404). */
    public QueueInfo find(String id) throws SourceException {
        QueueJson.Queue q = api.getOrNull("/api/v2/routing/queues/" + id, QueueJson.Queue.class, "queue " + id, PERMISSION);
        return q == null ? null : new QueueInfo(q.id() == null ? id : q.id(), q.name() == null ? id : q.name());
    }

    /**
     * The queues to show, in the order asked for. Ids the org does not know and names that match
     * nothing are reported as problems, not fatal: the other queues still show.
     */
    public Resolution resolve(QueueSelection wanted) throws SourceException {
        List<Problem> problems = new ArrayList<>();
        List<QueueInfo> all;
        try {
            all = listAll();
        } catch (SourceException e) {
            if (e.problem().kind() != ProblemKind.PERMISSION || !wanted.names().isEmpty() || wanted.ids().isEmpty()) throw e;
            // Without routing:queue:view the ids still work; only their names are missing.
            problems.add(e.problem());
            return new Resolution(wanted.ids().stream().map(id -> new QueueInfo(id, id)).toList(), problems);
        }
        if (wanted.isEmpty()) return new Resolution(all, problems);

        Map<String, QueueInfo> byId = new LinkedHashMap<>();
        all.forEach(q -> byId.put(q.id().toLowerCase(Locale.ROOT), q));
        Map<String, QueueInfo> chosen = new LinkedHashMap<>();
        for (String id : wanted.ids()) {
            QueueInfo known = byId.get(id);
            if (known == null) known = find(id);   // maybe in a division the list does not show
            if (known == null) {
                problems.add(new Problem(ProblemKind.NOT_FOUND, "Queue " + id + " does not exist in this org. "
                        + "Remove it from the settings or check the region; --list-queues shows the queues.", 404, "not.found", null));
            } else {
                chosen.put(known.id(), known);
            }
        }
        for (String name : wanted.names()) {
            Pattern pattern = wildcard(name);
            List<QueueInfo> matches = all.stream().filter(q -> pattern.matcher(q.name()).matches()).toList();
            if (matches.isEmpty()) {
                problems.add(Problem.of(ProblemKind.NOT_FOUND, "No queue is named '" + name
                        + "'. Names are matched whole and without case; use * as a wildcard (Sup*), or --list-queues."));
            }
            matches.forEach(q -> chosen.putIfAbsent(q.id(), q));
        }
        return new Resolution(List.copyOf(chosen.values()), problems);
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

    /** The queues found, and what could not be found. */
    public record Resolution(List<QueueInfo> queues, List<Problem> problems) {
        public Resolution {
            queues = List.copyOf(queues);
            problems = List.copyOf(problems);
        }
    }
}
