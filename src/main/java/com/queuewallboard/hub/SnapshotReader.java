package com.queuewallboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.TodayTotals;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a hub's snapshot document (the CLI's JSON, {@code cli.SnapshotView}) back into the board's
 * domain snapshot, so a screen following a hub shows it through the same code as a direct one.
 * Lenient about fields it does not know (a newer hub may add some).
 */
public final class SnapshotReader {
    /** The snapshot, plus what only the document says: the hub's source, demo flag and Genesys state. */
    public record Read(BoardSnapshot snapshot, String source, boolean demo, String genesysState) {
    }

    private SnapshotReader() {
    }

    /** The target the hub judged the queue by; a screen judges by the hub's levels, so the same one. */
    private static ServiceLevelTarget target(JsonNode q) {
        if (!q.hasNonNull("serviceLevelTarget") || !q.hasNonNull("serviceLevelTargetSeconds")) return null;
        try {
            return new ServiceLevelTarget((int) Math.round(q.get("serviceLevelTarget").asDouble() * 100),
                    q.get("serviceLevelTargetSeconds").asInt());
        } catch (IllegalArgumentException e) {
            return null;   // a target this version cannot hold: the screen falls back to the default
        }
    }

    /** The hub's recent window (the last 30 minutes), so a screen's forecast equals the hub's. */
    private static RecentTotals recent(JsonNode q) {
        if (!q.hasNonNull("recentOfferedCalls")) return null;
        return new RecentTotals(RECENT_WINDOW, q.path("recentOfferedCalls").asLong(), q.path("recentAnsweredCalls").asLong(),
                q.path("recentAbandonedCalls").asLong(), dbl(q, "intervalServiceLevel"), dbl(q, "recentAverageHandleSeconds"));
    }

    private static final java.time.Duration RECENT_WINDOW = java.time.Duration.ofMinutes(30);

    public static Read read(String json) throws IOException {
        JsonNode root = HubJson.MAPPER.readTree(json);
        if (root == null || !root.isObject() || !root.hasNonNull("asOf")) throw new IOException("not a snapshot document");
        List<QueueFigures> queues = new ArrayList<>();
        Set<String> stale = new HashSet<>();
        for (JsonNode q : root.path("queues")) {
            String id = q.path("queueId").asText();
            String status = q.path("status").asText("ok");
            if (status.equals("stale") || status.equals("error")) stale.add(id);
            TodayTotals today = q.hasNonNull("offeredCalls")
                    ? new TodayTotals(q.path("offeredCalls").asLong(), q.path("answeredCalls").asLong(),
                    q.path("abandonedCalls").asLong(), dbl(q, "serviceLevel"), dbl(q, "averageSpeedOfAnswerSeconds"),
                    dbl(q, "averageHandleSeconds"))
                    : null;
            boolean live = q.hasNonNull("waitingCalls");
            queues.add(new QueueFigures(id, q.path("queueName").asText(id), live, i(q, "waitingCalls"),
                    i(q, "availableAgents"), i(q, "inProgressCalls"), i(q, "alertingCalls"), i(q, "agentsOnQueue"),
                    i(q, "notRespondingAgents"), i(q, "offQueueAgents"), i(q, "activeAgents"), i(q, "memberAgents"),
                    q.path("longestWaitSeconds").asLong(0), today, target(q), recent(q)));
        }
        List<Problem> problems = new ArrayList<>();
        for (JsonNode e : root.path("errors")) {
            problems.add(new Problem(kind(e.path("kind").asText()), e.path("message").asText(""),
                    e.path("httpStatus").asInt(0), text(e, "code"), text(e, "correlationId")));
        }
        LocalTime simulated = root.hasNonNull("simulatedTime") ? LocalTime.parse(root.get("simulatedTime").asText()) : null;
        BoardSnapshot snapshot = new BoardSnapshot(Instant.parse(root.get("asOf").asText()),
                root.hasNonNull("todayAsOf") ? Instant.parse(root.get("todayAsOf").asText()) : null, queues, problems, stale,
                simulated, root.hasNonNull("transport") ? root.get("transport").asText() : null);   // how the hub gets its figures
        return new Read(snapshot, root.path("source").asText(""), root.path("demo").asBoolean(false),
                text(root, "genesysState"));
    }

    private static int i(JsonNode q, String field) {
        return q.path(field).asInt(0);
    }

    private static Double dbl(JsonNode q, String field) {
        return q.hasNonNull(field) ? q.get(field).asDouble() : null;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static ProblemKind kind(String name) {
        try {
            return ProblemKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ProblemKind.SERVICE;
        }
    }
}
