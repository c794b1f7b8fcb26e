package com.queuewallboard.document;


import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.queuewallboard.board.Assessment;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdRule;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.insight.BoardAlarms;
import com.queuewallboard.insight.QueueOutlook;
import com.queuewallboard.insight.StaffingForecast;

import java.util.List;

/**
 * The CLI's JSON schema (stable; documented in the README): camelCase names as supervisors say
 * them. Kept apart from the domain records so renaming a field in code cannot break scripts.
 * The hub serves this same document ({@code GET /v1/snapshot}, {@code /v1/stream}).
 *
 * @param genesysState only in a hub's documents: "ok", or "retrying" while the hub's own refresh
 *                     from Genesys fails (its figures are then the last good ones, all stale);
 *                     left out of the CLI's own output
 */
@JsonPropertyOrder({"asOf", "todayAsOf", "source", "demo", "transport", "simulatedTime", "genesysState", "replay", "queues",
        "alarms", "errors"})
public record SnapshotView(String asOf, String todayAsOf, String source, boolean demo, List<QueueView> queues,
                           List<ErrorView> errors, String simulatedTime,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String genesysState,
                           @JsonInclude(JsonInclude.Include.NON_NULL) ReplayView replay, List<AlarmView> alarms,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String transport) {

    public SnapshotView {
        alarms = alarms == null ? List.of() : List.copyOf(alarms);
    }

    public SnapshotView(String asOf, String todayAsOf, String source, boolean demo, List<QueueView> queues,
                        List<ErrorView> errors, String simulatedTime) {
        this(asOf, todayAsOf, source, demo, queues, errors, simulatedTime, null, null, List.of(), null);
    }

    /** The same view carrying the board's active alarms (worst first, then oldest first). */
    public SnapshotView withAlarms(List<AlarmView> active) {
        return new SnapshotView(asOf, todayAsOf, source, demo, queues, errors, simulatedTime, genesysState, replay, active,
                transport);
    }

    /**
     * An active alarm, as a script forwarding alarms needs it.
     *
     * @param reason       stable key: "waiting > available", "waiting", "longest wait", "service level"
     * @param level        WARNING or ALERT (the worst reached while active)
     * @param raisedAt     ISO-8601 instant
     * @param ageSeconds   seconds since it was raised
     * @param acknowledged whether a person acknowledged it (always false in the CLI, where nobody can)
     */
    @JsonPropertyOrder({"queueId", "queueName", "reason", "level", "raisedAt", "ageSeconds", "acknowledged"})
    public record AlarmView(String queueId, String queueName, String reason, String level, String raisedAt, long ageSeconds,
                            boolean acknowledged) {
        public static List<AlarmView> of(BoardAlarms alarms) {
            return alarms.tracker().active().stream().map(a -> new AlarmView(a.queueId(), alarms.queueName(a.queueId()),
                    a.reason(), a.level().name(), a.raisedAt().toString(), a.ageSeconds(), a.acknowledged())).toList();
        }
    }

    /** A snapshot played back from history: the replay clock ("10:42:10") and the speed. Absent for live data. */
    @JsonPropertyOrder({"date", "at", "speed"})
    public record ReplayView(String date, String at, Number speed) {
    }

    /** The same view marked as a replay. */
    public SnapshotView replaying(ReplayView r) {
        // recorded figures came by no path now, so a replay has no transport
        return new SnapshotView(asOf, todayAsOf, source, demo, queues, errors, simulatedTime, genesysState, r, alarms, null);
    }

    /** The same document as a hub serves it, with the hub's Genesys state. */
    public SnapshotView withGenesysState(String state) {
        return new SnapshotView(asOf, todayAsOf, source, demo, queues, errors, simulatedTime, state, replay, alarms, transport);
    }

    /** @param simulatedTime the demo's shifted time of day, "10:14:03"; null for real data */
    public SnapshotView(String asOf, String todayAsOf, String source, boolean demo, List<QueueView> queues,
                 List<ErrorView> errors) {
        this(asOf, todayAsOf, source, demo, queues, errors, null);
    }

    /** @param mediaType the first chosen media type: the one targets and the staffing forecast are for */
    public static SnapshotView of(BoardSnapshot s, String source, boolean demo, ThresholdSettings levels, String mediaType) {
        return new SnapshotView(s.asOf().toString(), s.todayAsOf() == null ? null : s.todayAsOf().toString(), source, demo,
                s.queues().stream().map(q -> QueueView.of(q, s.isStale(q.queueId()), levels, mediaType)).toList(),
                s.problems().stream().map(ErrorView::of).toList(),
                s.simulatedTime() == null ? null : SIMULATED.format(s.simulatedTime()), null, null, List.of(),
                s.transport() == null ? "poll" : s.transport());   // "push" or "poll": which path the live figures came by
    }

    private static final java.time.format.DateTimeFormatter SIMULATED =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * One queue. Besides the figures: the service-level target in force ({@code serviceLevelTarget}
     * as a fraction, like {@code serviceLevel}), the last 30 minutes' service level
     * ({@code intervalServiceLevel}) and the Erlang C staffing forecast; its figures are null with
     * the reason in {@code staffingNote} when there is none (too few calls, chat/email, no data).
     * {@code staffingNote} is also set, with the figures, when the agents on queue cannot keep up
     * at all ({@code predictedAsaSeconds} is then null: the queue only grows).
     */
    @JsonPropertyOrder({"queueId", "queueName", "status", "alertLevel", "alertReasons", "waitingCalls", "availableAgents",
            "inProgressCalls", "alertingCalls", "longestWaitSeconds", "agentsOnQueue", "notRespondingAgents",
            "offQueueAgents", "activeAgents", "memberAgents", "offeredCalls", "answeredCalls", "abandonedCalls",
            "serviceLevel", "averageSpeedOfAnswerSeconds", "averageHandleSeconds", "serviceLevelTarget",
            "serviceLevelTargetSeconds", "intervalServiceLevel", "agentsNeeded", "staffingGap", "predictedServiceLevel",
            "predictedAsaSeconds", "staffingNote", "recentOfferedCalls", "recentAnsweredCalls", "recentAbandonedCalls",
            "recentAverageHandleSeconds"})
    public record QueueView(String queueId, String queueName, String status, String alertLevel, List<String> alertReasons,
                     Integer waitingCalls, Integer availableAgents, Integer inProgressCalls, Integer alertingCalls,
                     Long longestWaitSeconds, Integer agentsOnQueue, Integer notRespondingAgents, Integer offQueueAgents,
                     Integer activeAgents, Integer memberAgents, Long offeredCalls, Long answeredCalls, Long abandonedCalls,
                     Double serviceLevel, Double averageSpeedOfAnswerSeconds, Double averageHandleSeconds,
                     Double serviceLevelTarget, Integer serviceLevelTargetSeconds, Double intervalServiceLevel,
                     Integer agentsNeeded, Integer staffingGap, Double predictedServiceLevel, Double predictedAsaSeconds,
                     String staffingNote, Long recentOfferedCalls, Long recentAnsweredCalls, Long recentAbandonedCalls,
                     Double recentAverageHandleSeconds) {

        /** The figures without the target and forecast (tests of the table). */
        public QueueView(String queueId, String queueName, String status, String alertLevel, List<String> alertReasons,
                  Integer waitingCalls, Integer availableAgents, Integer inProgressCalls, Integer alertingCalls,
                  Long longestWaitSeconds, Integer agentsOnQueue, Integer notRespondingAgents, Integer offQueueAgents,
                  Integer activeAgents, Integer memberAgents, Long offeredCalls, Long answeredCalls, Long abandonedCalls,
                  Double serviceLevel, Double averageSpeedOfAnswerSeconds, Double averageHandleSeconds) {
            this(queueId, queueName, status, alertLevel, alertReasons, waitingCalls, availableAgents, inProgressCalls,
                    alertingCalls, longestWaitSeconds, agentsOnQueue, notRespondingAgents, offQueueAgents, activeAgents,
                    memberAgents, offeredCalls, answeredCalls, abandonedCalls, serviceLevel, averageSpeedOfAnswerSeconds,
                    averageHandleSeconds, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public static QueueView of(QueueFigures q, boolean stale, ThresholdSettings levels, String mediaType) {
            Thresholds own = levels.forQueue(q.queueId());
            Assessment a = ThresholdRule.assess(q, own);
            // "error": this refresh failed for the queue and there are no earlier figures to show
            String status = stale ? (q.hasLiveData() ? "stale" : "error") : q.hasLiveData() ? "ok" : "noData";
            TodayTotals t = q.today();
            RecentTotals r = q.recent();
            boolean live = q.hasLiveData();
            QueueOutlook outlook = QueueOutlook.of(q, own, mediaType);
            StaffingForecast f = outlook.forecast();
            boolean keepsUp = f.available() && Double.isFinite(f.predictedAsaSeconds());
            String note = !f.available() ? f.unavailableReason()
                    : keepsUp ? null : "the agents on queue cannot keep up: the queue only grows";
            return new QueueView(q.queueId(), q.queueName(), status, a.level().name(), a.reasons(),
                    live ? q.waitingCalls() : null, live ? q.availableAgents() : null, live ? q.inProgressCalls() : null,
                    live ? q.alertingCalls() : null, live ? q.longestWaitSeconds() : null, live ? q.agentsOnQueue() : null,
                    live ? q.notResponding() : null, live ? q.agentsOffQueue() : null, live ? q.activeAgents() : null,
                    live ? q.memberAgents() : null,
                    t == null ? null : t.offered(), t == null ? null : t.answered(), t == null ? null : t.abandoned(),
                    t == null ? null : t.serviceLevel(), t == null ? null : round1(t.averageSpeedOfAnswerSeconds()),
                    t == null ? null : round1(t.averageHandleSeconds()),
                    outlook.target().fraction(), outlook.target().seconds(),
                    r == null ? null : r.serviceLevel(),
                    f.agentsNeeded(), f.staffingGap(),
                    f.predictedServiceLevel() == null ? null : round4(f.predictedServiceLevel()),
                    keepsUp ? round1(f.predictedAsaSeconds()) : null, note,
                    r == null ? null : r.offered(), r == null ? null : r.answered(), r == null ? null : r.abandoned(),
                    r == null ? null : round1(r.averageHandleSeconds()));
        }

        private static Double round1(Double d) {
            return d == null ? null : Math.round(d * 10) / 10.0;
        }

        private static Double round4(double d) {
            return Math.round(d * 10_000) / 10_000.0;
        }
    }

    @JsonPropertyOrder({"kind", "message", "httpStatus", "code", "correlationId"})
    public record ErrorView(String kind, String message, Integer httpStatus, String code, String correlationId) {
        public static ErrorView of(Problem p) {
            return new ErrorView(p.kind().name(), p.message(), p.httpStatus() > 0 ? p.httpStatus() : null, p.code(),
                    p.correlationId());
        }
    }
}
