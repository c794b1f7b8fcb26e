package com.queuewallboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueFigures;
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
                    q.path("longestWaitSeconds").asLong(0), today));
        }
        List<Problem> problems = new ArrayList<>();
        for (JsonNode e : root.path("errors")) {
            problems.add(new Problem(kind(e.path("kind").asText()), e.path("message").asText(""),
                    e.path("httpStatus").asInt(0), text(e, "code"), text(e, "correlationId")));
        }
        LocalTime simulated = root.hasNonNull("simulatedTime") ? LocalTime.parse(root.get("simulatedTime").asText()) : null;
        BoardSnapshot snapshot = new BoardSnapshot(Instant.parse(root.get("asOf").asText()),
                root.hasNonNull("todayAsOf") ? Instant.parse(root.get("todayAsOf").asText()) : null, queues, problems, stale,
                simulated);
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
