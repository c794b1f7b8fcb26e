package com.queuewallboard.ui.board;

import com.queuewallboard.ui.Fixtures;

import com.queuewallboard.ui.common.Formats;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.Thresholds;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.queuewallboard.ui.Fixtures.T0;
import static com.queuewallboard.ui.Fixtures.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TileViewModelTest {
    private static final Duration STALE_AFTER = Duration.ofSeconds(20);

    @Test
    void alertExactlyWhenMoreWaitThanAreAvailable() {
        TileViewModel tile = new TileViewModel("q1");
        tile.apply(queue("q1", 3, 3), Thresholds.NONE, T0);
        assertEquals(AlertLevel.NORMAL, tile.getLevel());
        assertEquals("OK", tile.getBadge());
        tile.apply(queue("q1", 4, 3), Thresholds.NONE, T0);
        assertEquals(AlertLevel.ALERT, tile.getLevel());
        assertEquals("ALERT", tile.getBadge());
        assertTrue(tile.reasonsProperty().get().contains("waiting > available"));
        tile.apply(queue("q1", 3, 3), Thresholds.NONE, T0);
        assertEquals(AlertLevel.NORMAL, tile.getLevel());
    }

    @Test
    void warningFromThresholds() {
        TileViewModel tile = new TileViewModel("q1");
        tile.apply(queue("q1", 3, 10), Thresholds.DEFAULTS, T0);
        assertEquals(AlertLevel.WARNING, tile.getLevel());
        assertEquals("WARNING", tile.getBadge());
    }

    @Test
    void flashesOnlyWhenALevelIsCrossedUpwards() {
        TileViewModel tile = new TileViewModel("q1");
        tile.apply(queue("q1", 5, 1), Thresholds.NONE, T0);   // first figures: no flash
        assertEquals(0, tile.crossingsProperty().get());
        tile.apply(queue("q1", 6, 1), Thresholds.NONE, T0);   // still alert: no flash
        assertEquals(0, tile.crossingsProperty().get());
        tile.apply(queue("q1", 0, 1), Thresholds.NONE, T0);   // down: no flash
        assertEquals(0, tile.crossingsProperty().get());
        tile.apply(queue("q1", 2, 1), Thresholds.NONE, T0);   // up: flash
        assertEquals(1, tile.crossingsProperty().get());
        tile.apply(queue("q1", 2, 1), Thresholds.NONE, T0);
        assertEquals(1, tile.crossingsProperty().get());
    }

    @Test
    void figuresReadAsOnTheBoard() {
        TileViewModel tile = new TileViewModel("q1");
        tile.apply(queue("q1", "Sales", 7, 2, 5, 272, 3), Thresholds.NONE, T0);
        assertEquals("Sales", tile.nameProperty().get());
        assertEquals("7", tile.waitingTextProperty().get());
        assertEquals("2", tile.availableTextProperty().get());
        assertEquals("5", tile.inProgressTextProperty().get());
        assertEquals("4:32", tile.longestWaitTextProperty().get());
        assertEquals("3", tile.abandonedTextProperty().get());
        assertEquals("82%", tile.serviceLevelTextProperty().get());
        assertTrue(tile.serviceLevelKnownProperty().get());
    }

    @Test
    void noDataShowsDashesNotZeros() {
        TileViewModel tile = new TileViewModel("q1");
        tile.apply(QueueFigures.noData("q1", "Empty", null), Thresholds.DEFAULTS, T0);
        assertTrue(tile.isNoData());
        assertEquals("NO DATA", tile.getBadge());
        assertEquals(Formats.UNKNOWN, tile.waitingTextProperty().get());
        assertEquals(Formats.UNKNOWN, tile.abandonedTextProperty().get());
        assertFalse(tile.serviceLevelKnownProperty().get());
        assertEquals(AlertLevel.NORMAL, tile.getLevel());
    }

    @Test
    void staleAfterAFailedRefreshWithTheFiguresKept() {
        TileViewModel tile = new TileViewModel("q1");
        tile.apply(queue("q1", 4, 3), Thresholds.NONE, T0);
        tile.updateFreshness(T0.plusSeconds(125), STALE_AFTER, true);
        assertTrue(tile.isStale());
        assertEquals("STALE 2m", tile.getBadge());
        assertEquals("4", tile.waitingTextProperty().get());
        assertEquals(AlertLevel.ALERT, tile.getLevel());
        tile.apply(queue("q1", 1, 3), Thresholds.NONE, T0.plusSeconds(130));
        tile.updateFreshness(T0.plusSeconds(131), STALE_AFTER, false);
        assertFalse(tile.isStale());
        assertEquals("OK", tile.getBadge());
    }

    @Test
    void staleWhenOlderThanTwoIntervalsEvenWithoutAFailure() {
        TileViewModel tile = new TileViewModel("q1");
        tile.apply(queue("q1", 1, 3), Thresholds.NONE, T0);
        tile.updateFreshness(T0.plusSeconds(20), STALE_AFTER, false);
        assertFalse(tile.isStale());
        tile.updateFreshness(T0.plusSeconds(21), STALE_AFTER, false);
        assertTrue(tile.isStale());
        assertEquals("STALE 21s", tile.getBadge());
    }

    @Test
    void carriedOverFiguresKeepTheirAgeAndShowStale() {
        TileViewModel tile = new TileViewModel("q1");
        tile.apply(queue("q1", 1, 3), Thresholds.NONE, T0);
        tile.apply(queue("q1", 1, 3), Thresholds.NONE, T0.plusSeconds(60), true);
        tile.updateFreshness(T0.plusSeconds(61), STALE_AFTER, false);
        assertTrue(tile.isStale());
        assertEquals("STALE 1m", tile.getBadge());
    }
}
