package com.queuewallboard.ui.board;

import com.queuewallboard.ui.common.Formats;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.QueueFigures;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import com.queuewallboard.insight.TrendBuffer;

import java.time.Instant;
import java.util.List;

/** Totals across the board's queues for the summary strip. */
public final class SummaryViewModel {
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper(this, "waiting", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper available = new ReadOnlyStringWrapper(this, "available", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper inProgress = new ReadOnlyStringWrapper(this, "inProgress", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper abandoned = new ReadOnlyStringWrapper(this, "abandoned", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper longestWait = new ReadOnlyStringWrapper(this, "longestWait", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper queuesText = new ReadOnlyStringWrapper(this, "queuesText", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final javafx.beans.property.ReadOnlyIntegerWrapper trendStamp = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "trendStamp");
    /** Total waiting (and total available) across the board over the last hour. */
    private TrendBuffer trend;

    /** A fresh trend of the given number of points (at start, after a period change or a new connection). */
    void useTrend(int capacity) {
        trend = new TrendBuffer(capacity);
        trendStamp.set(trendStamp.get() + 1);
    }

    /** One point of the board's totals; none when no queue has fresh live figures. */
    void recordTrend(Instant at, List<QueueFigures> queues) {
        int w = 0, a = 0, live = 0;
        for (QueueFigures q : queues) {
            if (!q.hasLiveData()) continue;
            live++;
            w += q.waitingCalls();
            a += q.availableAgents();
        }
        if (live == 0 || trend == null) return;
        trend.add(at.getEpochSecond(), w, a);
        trendStamp.set(trendStamp.get() + 1);
    }

    public TrendBuffer trend() { return trend; }
    public javafx.beans.property.ReadOnlyIntegerProperty trendStampProperty() { return trendStamp.getReadOnlyProperty(); }

    /** Sums the queues with live data; abandoned counts only queues whose today's totals are known. */
    void apply(List<QueueFigures> queues, List<TileViewModel> tiles) {
        int w = 0, a = 0, p = 0, live = 0;
        long abandonedSum = 0, longest = 0;
        boolean anyToday = false;
        for (QueueFigures q : queues) {
            if (q.today() != null) {
                anyToday = true;
                abandonedSum += q.today().abandoned();
            }
            if (!q.hasLiveData()) continue;
            live++;
            w += q.waitingCalls();
            a += q.availableAgents();
            p += q.inProgressCalls();
            longest = Math.max(longest, q.longestWaitSeconds());
        }
        boolean anyLive = live > 0;
        waiting.set(anyLive ? Integer.toString(w) : Formats.UNKNOWN);
        available.set(anyLive ? Integer.toString(a) : Formats.UNKNOWN);
        inProgress.set(anyLive ? Integer.toString(p) : Formats.UNKNOWN);
        longestWait.set(anyLive ? Formats.waitTime(longest) : Formats.UNKNOWN);
        abandoned.set(anyToday ? Long.toString(abandonedSum) : Formats.UNKNOWN);
        updateQueueCount(tiles);
    }

    /** "12 queues · 2 in alert · 1 warning", recounted after thresholds change too. */
    void updateQueueCount(List<TileViewModel> tiles) {
        int alerts = 0, warnings = 0;
        for (TileViewModel t : tiles) {
            if (t.getLevel() == AlertLevel.ALERT) alerts++;
            else if (t.getLevel() == AlertLevel.WARNING) warnings++;
        }
        StringBuilder text = new StringBuilder();
        if (stale.get()) text.append("STALE \u00b7 ");
        text.append(tiles.size()).append(tiles.size() == 1 ? " queue" : " queues");
        if (alerts > 0) text.append(" \u00b7 ").append(alerts).append(" in alert");
        if (warnings > 0) text.append(" \u00b7 ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        queuesText.set(text.toString());
    }

    /** The totals are as stale as the figures they add up: grey them when every tile is stale. */
    void updateFreshness(List<TileViewModel> tiles) {
        boolean allStale = !tiles.isEmpty() && tiles.stream().allMatch(TileViewModel::isStale);
        if (allStale != stale.get()) {
            stale.set(allStale);
            updateQueueCount(tiles);
        }
    }

    /** Back to "no figures" (a new connection: the old totals belong to another org or the demo). */
    void clear() {
        for (ReadOnlyStringWrapper w : List.of(waiting, available, inProgress, abandoned, longestWait)) w.set(Formats.UNKNOWN);
        stale.set(false);
        queuesText.set("");
    }

    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
    public ReadOnlyStringProperty waitingProperty() { return waiting.getReadOnlyProperty(); }
    public ReadOnlyStringProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyStringProperty inProgressProperty() { return inProgress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty abandonedProperty() { return abandoned.getReadOnlyProperty(); }
    public ReadOnlyStringProperty longestWaitProperty() { return longestWait.getReadOnlyProperty(); }
    public ReadOnlyStringProperty queuesTextProperty() { return queuesText.getReadOnlyProperty(); }
}
