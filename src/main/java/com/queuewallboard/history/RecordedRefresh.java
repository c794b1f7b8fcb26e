package com.queuewallboard.history;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.ThresholdSettings;

import java.time.Instant;

/**
 * One recorded refresh, its row in the refresh table: when, and the levels in force.
 *
 * @param id     the row id (increases with time within one file)
 * @param at     the snapshot's asOf
 * @param source where the figures came from ("DEMO", a region)
 * @param demo   true for the embedded simulator
 * @param levels the levels in force then, so a replay judges each tile as on the day
 */
public record RecordedRefresh(long id, Instant at, String source, boolean demo, ThresholdSettings levels) {

    /** A refresh with its figures, as the board got them. */
    public record WithFigures(RecordedRefresh refresh, BoardSnapshot snapshot) {
    }
}
