package com.queuewallboard.board;

import java.time.Instant;
import java.util.List;

/**
 * The result of one refresh: figures for every chosen queue, in the configured order, and the
 * problems of the parts that failed. A failed batch never blanks the others.
 *
 * @param asOf      when the live figures were taken
 * @param todayAsOf when today's totals were last fetched, or null if never
 * @param queues    one entry per chosen queue
 * @param problems  failures of parts of this refresh (empty when all went well)
 */
public record BoardSnapshot(Instant asOf, Instant todayAsOf, List<QueueFigures> queues, List<Problem> problems) {

    public BoardSnapshot {
        queues = List.copyOf(queues);
        problems = List.copyOf(problems);
    }
}
