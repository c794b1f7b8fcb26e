package com.queuewallboard.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.queuewallboard.board.Assessment;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdRule;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.TodayTotals;

import java.util.List;

/**
 * The CLI's JSON schema (stable; documented in the README): camelCase names as supervisors say
 * them. Kept apart from the domain records so renaming a field in code cannot break scripts.
 */
@JsonPropertyOrder({"asOf", "todayAsOf", "source", "demo", "transport", "simulatedTime", "replay", "queues", "errors"})
record SnapshotView(String asOf, String todayAsOf, String source, boolean demo, List<QueueView> queues,
                    List<ErrorView> errors, String simulatedTime,
                    @JsonInclude(JsonInclude.Include.NON_NULL) ReplayView replay,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String transport) {

    SnapshotView(String asOf, String todayAsOf, String source, boolean demo, List<QueueView> queues,
                 List<ErrorView> errors, String simulatedTime, ReplayView replay) {
        this(asOf, todayAsOf, source, demo, queues, errors, simulatedTime, replay, null);
    }

    SnapshotView(String asOf, String todayAsOf, String source, boolean demo, List<QueueView> queues,
                 List<ErrorView> errors, String simulatedTime) {
        this(asOf, todayAsOf, source, demo, queues, errors, simulatedTime, null);
    }

    /** A snapshot played back from history: the replay clock ("10:42:10") and the speed. Absent for live data. */
    @JsonPropertyOrder({"date", "at", "speed"})
    record ReplayView(String date, String at, Number speed) {
    }

    /** The same view marked as a replay (recorded figures came by no path now, so no transport). */
    SnapshotView replaying(ReplayView r) {
        return new SnapshotView(asOf, todayAsOf, source, demo, queues, errors, simulatedTime, r, null);
    }

    /** @param simulatedTime the demo's shifted time of day, "10:14:03"; null for real data */
    SnapshotView(String asOf, String todayAsOf, String source, boolean demo, List<QueueView> queues,
                 List<ErrorView> errors) {
        this(asOf, todayAsOf, source, demo, queues, errors, null);
    }

    static SnapshotView of(BoardSnapshot s, String source, boolean demo, ThresholdSettings levels) {
        return new SnapshotView(s.asOf().toString(), s.todayAsOf() == null ? null : s.todayAsOf().toString(), source, demo,
                s.queues().stream().map(q -> QueueView.of(q, s.isStale(q.queueId()), levels)).toList(),
                s.problems().stream().map(ErrorView::of).toList(),
                s.simulatedTime() == null ? null : SIMULATED.format(s.simulatedTime()), null,
                s.transport() == null ? "poll" : s.transport()); // "push" or "poll": which path the live figures came by
    }

    private static final java.time.format.DateTimeFormatter SIMULATED =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    @JsonPropertyOrder({"queueId", "queueName", "status", "alertLevel", "alertReasons", "waitingCalls", "availableAgents",
            "inProgressCalls", "alertingCalls", "longestWaitSeconds", "agentsOnQueue", "notRespondingAgents",
            "offQueueAgents", "activeAgents", "memberAgents", "offeredCalls", "answeredCalls", "abandonedCalls",
            "serviceLevel", "averageSpeedOfAnswerSeconds", "averageHandleSeconds"})
    record QueueView(String queueId, String queueName, String status, String alertLevel, List<String> alertReasons,
                     Integer waitingCalls, Integer availableAgents, Integer inProgressCalls, Integer alertingCalls,
                     Long longestWaitSeconds, Integer agentsOnQueue, Integer notRespondingAgents, Integer offQueueAgents,
                     Integer activeAgents, Integer memberAgents, Long offeredCalls, Long answeredCalls, Long abandonedCalls,
                     Double serviceLevel, Double averageSpeedOfAnswerSeconds, Double averageHandleSeconds) {

        static QueueView of(QueueFigures q, boolean stale, ThresholdSettings levels) {
            Assessment a = ThresholdRule.assess(q, levels.forQueue(q.queueId()));
            // "error": this refresh failed for the queue and there are no earlier figures to show
            String status = stale ? (q.hasLiveData() ? "stale" : "error") : q.hasLiveData() ? "ok" : "noData";
            TodayTotals t = q.today();
            boolean live = q.hasLiveData();
            return new QueueView(q.queueId(), q.queueName(), status, a.level().name(), a.reasons(),
                    live ? q.waitingCalls() : null, live ? q.availableAgents() : null, live ? q.inProgressCalls() : null,
                    live ? q.alertingCalls() : null, live ? q.longestWaitSeconds() : null, live ? q.agentsOnQueue() : null,
                    live ? q.notResponding() : null, live ? q.agentsOffQueue() : null, live ? q.activeAgents() : null,
                    live ? q.memberAgents() : null,
                    t == null ? null : t.offered(), t == null ? null : t.answered(), t == null ? null : t.abandoned(),
                    t == null ? null : t.serviceLevel(), t == null ? null : round1(t.averageSpeedOfAnswerSeconds()),
                    t == null ? null : round1(t.averageHandleSeconds()));
        }

        private static Double round1(Double d) {
            return d == null ? null : Math.round(d * 10) / 10.0;
        }
    }

    @JsonPropertyOrder({"kind", "message", "httpStatus", "code", "correlationId"})
    record ErrorView(String kind, String message, Integer httpStatus, String code, String correlationId) {
        static ErrorView of(Problem p) {
            return new ErrorView(p.kind().name(), p.message(), p.httpStatus() > 0 ? p.httpStatus() : null, p.code(),
                    p.correlationId());
        }
    }
}
