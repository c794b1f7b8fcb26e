package com.queuewallboard.ui.board;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.insight.QueueStanding;
import com.queuewallboard.insight.TrendRegistry;
import com.queuewallboard.insight.WorstFirstOrder;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The board's tiles: one long-lived {@link TileViewModel} per queue, kept in step with each
 * snapshot's queue list, and the display order (configured, or worst first).
 */
final class TileList {
    private final ObservableList<TileViewModel> tiles = FXCollections.observableArrayList();
    private final ObservableList<TileViewModel> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final Map<String, TileViewModel> tilesById = new HashMap<>();
    /** The tiles in the configured order (the snapshot's); {@link #tiles} is the display order. */
    private List<TileViewModel> configured = List.of();
    private final WorstFirstOrder worstFirst = new WorstFirstOrder();

    /** The tiles in display order, read-only. */
    ObservableList<TileViewModel> view() {
        return tilesView;
    }

    TileViewModel get(String queueId) {
        return tilesById.get(queueId);
    }

    /** Makes or drops tiles, only when the queue list changed; the tiles that remain are kept. */
    void match(List<QueueFigures> queues) {
        if (!sameQueues(queues)) rebuild(queues);
    }

    /**
     * Writes a snapshot into the tiles, in place (after {@link #match}), and records a trend point
     * per queue with fresh live figures; {@link #order} puts them in display order after.
     */
    void apply(BoardSnapshot snapshot, ThresholdSettings thresholds, String media, Instant at, TrendRegistry trends) {
        List<QueueFigures> queues = snapshot.queues();
        List<String> ids = new ArrayList<>(queues.size());
        for (int i = 0; i < queues.size(); i++) {
            QueueFigures q = queues.get(i);
            boolean carried = snapshot.isStale(q.queueId());
            TileViewModel tile = configured.get(i);
            tile.apply(q, thresholds.forQueue(q.queueId()), snapshot.asOf(), carried, media);
            ids.add(q.queueId());
            // one point per refresh with fresh live figures: a carried-over figure is no new point
            if (q.hasLiveData() && !carried) {
                trends.record(q.queueId(), at.getEpochSecond(), q.waitingCalls(), q.availableAgents());
                tile.setTrend(trends.get(q.queueId()));
            }
        }
        trends.retainOnly(ids);
    }

    /** New levels for the tiles on the board, judged on their current figures. */
    void reassess(ThresholdSettings thresholds) {
        for (TileViewModel tile : tiles) tile.reassess(thresholds.forQueue(tile.queueId()));
    }

    /** The worst-first order starts again (it was switched on or off). */
    void resetOrder() {
        worstFirst.reset();
    }

    /** Another connection: no tiles until its first snapshot. */
    void clear() {
        tiles.clear();
        configured = List.of();
        tilesById.clear();
    }

    private boolean sameQueues(List<QueueFigures> queues) {
        if (queues.size() != configured.size()) return false;
        for (int i = 0; i < queues.size(); i++) {
            if (!queues.get(i).queueId().equals(configured.get(i).queueId())) return false;
        }
        return true;
    }

    /**
     * Puts the tiles in display order: the configured one, or worst first when chosen. The
     * worst-first order is only recomputed when a level changes, so tiles do not jump around
     * the wall with every wiggle of a waiting count; the list is only touched when it differs.
     */
    void order(boolean worstFirstChosen) {
        List<TileViewModel> next = configured;
        if (worstFirstChosen) {
            List<QueueStanding> standings = new ArrayList<>(configured.size());
            for (TileViewModel t : configured) {
                QueueFigures f = t.figures();
                standings.add(new QueueStanding(t.queueId(), t.isNoData() ? null : t.getLevel(),
                        f == null || !f.hasLiveData() ? 0 : f.waitingCalls()));
            }
            List<String> ids = worstFirst.apply(standings);
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) rank.putIfAbsent(ids.get(i), i);
            next = new ArrayList<>(configured);
            next.sort(Comparator.comparingInt(t -> rank.getOrDefault(t.queueId(), Integer.MAX_VALUE)));
        }
        if (!next.equals(tiles)) tiles.setAll(next);
    }

    private void rebuild(List<QueueFigures> queues) {
        List<TileViewModel> next = new ArrayList<>(queues.size());
        Map<String, TileViewModel> nextById = new HashMap<>();
        for (QueueFigures q : queues) {
            TileViewModel tile = nextById.containsKey(q.queueId()) ? null : tilesById.get(q.queueId());
            if (tile == null) tile = new TileViewModel(q.queueId());
            nextById.putIfAbsent(q.queueId(), tile);
            next.add(tile);
        }
        tilesById.clear();
        tilesById.putAll(nextById);
        configured = List.copyOf(next);
        worstFirst.reset();
        tiles.setAll(next);
    }
}
