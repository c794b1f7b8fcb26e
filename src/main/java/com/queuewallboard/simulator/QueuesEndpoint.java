package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code GET /api/v2/routing/queues} (paged, name filter) and {@code GET .../queues/{id}}. */
final class QueuesEndpoint {

    static final String PATH = "/api/v2/routing/queues";
    private static final int DEFAULT_PAGE_SIZE = 25;
    /** Larger pages are cut to this (belief: Genesys caps rather than refuses). */
    private static final int MAX_PAGE_SIZE = 500;

    private final ContactCentre centre;
    private final FaultKnobs knobs;
    private final long seed;

    QueuesEndpoint(ContactCentre centre, FaultKnobs knobs, long seed) {
        this.centre = centre;
        this.knobs = knobs;
        this.seed = seed;
    }

    /**
     * @param ids the repeatable {@code id} parameter: only these queues (unknown ids are simply
     *            absent, as in Genesys); empty for all
     */
    JsonNode list(Map<String, String> params, List<String> ids) throws ApiException {
        int pageSize = Math.min(MAX_PAGE_SIZE, number(params, "pageSize", DEFAULT_PAGE_SIZE));
        int pageNumber = number(params, "pageNumber", 1);
        String name = params.get("name");
        Pattern pattern = name == null || name.isEmpty() ? null : glob(name);
        java.util.Set<String> wanted = ids.isEmpty() ? null : new java.util.HashSet<>(ids);
        List<QueueModel> matching = new ArrayList<>();
        for (QueueModel queue : centre.queues()) {
            if (!knobs.isUnknown(queue.id) && (pattern == null || pattern.matcher(queue.profile.name()).matches())
                    && (wanted == null || wanted.contains(queue.id))) {
                matching.add(queue);
            }
        }
        matching.sort(Comparator.comparing((QueueModel q) -> q.profile.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(q -> q.id)); // Genesys lists queues by name
        int total = matching.size();
        int pageCount = (total + pageSize - 1) / pageSize;
        ObjectNode page = Json.object();
        ArrayNode entities = page.putArray("entities");
        long from = (long) (pageNumber - 1) * pageSize;
        for (long i = from; i < Math.min(total, from + pageSize); i++) {
            entities.add(entity(matching.get((int) i)));
        }
        page.put("pageSize", pageSize);
        page.put("pageNumber", pageNumber);
        page.put("total", total);
        page.put("pageCount", pageCount);
        page.put("firstUri", uri(pageSize, 1, name, ids));
        page.put("selfUri", uri(pageSize, pageNumber, name, ids));
        if (pageCount > 0) {
            page.put("lastUri", uri(pageSize, pageCount, name, ids));
        }
        if (pageNumber < pageCount) {
            page.put("nextUri", uri(pageSize, pageNumber + 1, name, ids));
        }
        if (pageNumber > 1 && pageNumber <= pageCount) {
            page.put("previousUri", uri(pageSize, pageNumber - 1, name, ids));
        }
        return page;
    }

    JsonNode one(String id) throws ApiException {
        QueueModel queue = centre.queue(id);
        if (queue == null || knobs.isUnknown(id)) {
            throw new ApiException(404, "not.found", "The requested queue " + id + " could not be found.");
        }
        return entity(queue);
    }

    private ObjectNode entity(QueueModel queue) {
        QueueProfile p = queue.profile;
        ObjectNode q = Json.object();
        q.put("id", queue.id);
        q.put("name", p.name());
        ObjectNode division = q.putObject("division");
        String divisionId = Ids.stable(seed, "division:home");
        division.put("id", divisionId);
        division.put("name", "Home");
        division.put("selfUri", "/api/v2/authorization/divisions/" + divisionId);
        q.put("description", p.name() + " queue (simulated)");
        q.put("dateCreated", "2024-03-04T09:15:00.000Z");
        int joined = (int) queue.agents.stream().filter(a -> a.joined).count();
        q.put("memberCount", queue.agents.size());
        q.put("userMemberCount", queue.agents.size());
        q.put("joinedMemberCount", joined);
        ObjectNode media = q.putObject("mediaSettings");
        for (MediaStream stream : queue.streams) {
            ObjectNode settings = media.putObject(stream.kind.settingsKey());
            settings.put("alertingTimeoutSeconds", stream.kind.alertSeconds() * 2);
            ObjectNode sl = settings.putObject("serviceLevel");
            sl.put("percentage", stream.serviceLevel);
            sl.put("durationMs", stream.serviceMs);
        }
        ObjectNode acw = q.putObject("acwSettings");
        acw.put("wrapupPrompt", "MANDATORY_TIMEOUT");
        acw.put("timeoutMs", p.wrapSeconds() * 2000L);
        q.put("skillEvaluationMethod", "BEST");
        q.put("autoAnswerOnly", false);
        q.put("selfUri", PATH + "/" + queue.id);
        return q;
    }

    private static String uri(int pageSize, int pageNumber, String name, List<String> ids) {
        String uri = PATH + "?pageSize=" + pageSize + "&pageNumber=" + pageNumber;
        for (String id : ids) {
            uri += "&id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        }
        if (name != null && !name.isEmpty()) {
            uri += "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("%2A", "*");
        }
        return uri;
    }

    /**
     * Genesys name filter: case-insensitive, the whole name. The API documents "leading and
     * trailing asterisks allowed", so only a {@code *} at either end is a wildcard; one in the
     * middle is taken as a literal character (our choice: no documented error for it).
     */
    static Pattern glob(String name) {
        boolean leading = name.startsWith("*");
        String rest = leading ? name.substring(1) : name;
        boolean trailing = rest.endsWith("*");
        String core = trailing ? rest.substring(0, rest.length() - 1) : rest;
        String regex = (leading ? ".*" : "") + (core.isEmpty() ? "" : Pattern.quote(core)) + (trailing ? ".*" : "");
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static int number(Map<String, String> params, String name, int fallback) throws ApiException {
        String raw = params.get(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < 1) {
                throw ApiException.badRequest(name + " must be at least 1");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Invalid " + name + " '" + raw + "'");
        }
    }
}
