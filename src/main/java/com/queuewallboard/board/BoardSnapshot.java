package com.queuewallboard.board;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The result of one refresh: figures for every chosen queue, in the configured order, and the
 * problems of the parts that failed. A failed batch never blanks the others: its queues keep
 * their last good figures and are listed in {@code staleQueueIds}.
 *
 * @param asOf           when the live figures were taken
 * @param todayAsOf      when today's totals were last fetched, or null if never
 * @param queues         one entry per chosen queue
 * @param problems       failures of parts of this refresh (empty when all went well)
 * @param staleQueueIds  queues whose live figures could not be refreshed this time and are
 *                       carried over from an earlier refresh (or have none)
 * @param simulatedTime  the demo simulator's wall-clock time of day when it runs a shifted day
 *                       (a demo started outside opening hours); null for real data
 * @param transport      which path the live figures came by: {@code "push"} (Notifications API),
 *                       {@code "poll"} (the observations query), or null when the source does not say
 */
public record BoardSnapshot(Instant asOf, Instant todayAsOf, List<QueueFigures> queues, List<Problem> problems,
                            Set<String> staleQueueIds, LocalTime simulatedTime, String transport) {

    public BoardSnapshot {
        queues = List.copyOf(queues);
        problems = List.copyOf(problems);
        staleQueueIds = staleQueueIds == null ? Set.of() : Set.copyOf(staleQueueIds);
    }

    /** A snapshot that does not say how its live figures came. */
    public BoardSnapshot(Instant asOf, Instant todayAsOf, List<QueueFigures> queues, List<Problem> problems,
                         Set<String> staleQueueIds, LocalTime simulatedTime) {
        this(asOf, todayAsOf, queues, problems, staleQueueIds, simulatedTime, null);
    }

    /** A snapshot of real (or unshifted demo) data. */
    public BoardSnapshot(Instant asOf, Instant todayAsOf, List<QueueFigures> queues, List<Problem> problems,
                         Set<String> staleQueueIds) {
        this(asOf, todayAsOf, queues, problems, staleQueueIds, null);
    }

    /** A snapshot in which every queue was refreshed (or failed as a whole with problems). */
    public BoardSnapshot(Instant asOf, Instant todayAsOf, List<QueueFigures> queues, List<Problem> problems) {
        this(asOf, todayAsOf, queues, problems, Set.of());
    }

    /** The same snapshot stamped with the demo simulator's time of day. */
    public BoardSnapshot withSimulatedTime(LocalTime time) {
        return new BoardSnapshot(asOf, todayAsOf, queues, problems, staleQueueIds, time, transport);
    }

    /** The same snapshot saying which path its live figures came by ("push" or "poll"). */
    public BoardSnapshot withTransport(String how) {
        return new BoardSnapshot(asOf, todayAsOf, queues, problems, staleQueueIds, simulatedTime, how);
    }

    /**
     * The problems of this snapshot that the previous one did not have. A lasting problem (an
     * unknown queue id is worded the same while the set of unknown ids is the same) is carried
     * in every snapshot, so a window can show it, while a log or terminal reports it once per
     * change by printing only these.
     */
    public List<Problem> problemsNewSince(BoardSnapshot previous) {
        if (previous == null) return problems;
        return problems.stream().filter(p -> !previous.problems().contains(p)).toList();
    }

    public boolean isStale(String queueId) {
        return staleQueueIds.contains(queueId);
    }
}
