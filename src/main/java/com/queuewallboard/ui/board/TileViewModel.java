package com.queuewallboard.ui.board;

import com.queuewallboard.ui.common.Formats;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.Assessment;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdRule;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.board.TodayTotals;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One queue's tile, long-lived: each refresh writes the new figures into these properties in
 * place, so the tile's nodes stay and only changed texts fire. Plain class, no toolkit needed.
 */
public final class TileViewModel {

    private final String queueId;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyIntegerWrapper available = new ReadOnlyIntegerWrapper(this, "available");
    private final ReadOnlyStringWrapper waitingText = new ReadOnlyStringWrapper(this, "waitingText", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper availableText = new ReadOnlyStringWrapper(this, "availableText", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper inProgressText = new ReadOnlyStringWrapper(this, "inProgressText", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper abandonedText = new ReadOnlyStringWrapper(this, "abandonedText", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper longestWaitText = new ReadOnlyStringWrapper(this, "longestWaitText", Formats.UNKNOWN);
    private final ReadOnlyStringWrapper serviceLevelText = new ReadOnlyStringWrapper(this, "serviceLevelText", "");
    private final ReadOnlyBooleanWrapper serviceLevelKnown = new ReadOnlyBooleanWrapper(this, "serviceLevelKnown");
    private final ReadOnlyObjectWrapper<AlertLevel> level = new ReadOnlyObjectWrapper<>(this, "level", AlertLevel.NORMAL);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyBooleanWrapper noData = new ReadOnlyBooleanWrapper(this, "noData", true);
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(this, "badge", "NO DATA");
    private final ReadOnlyStringWrapper reasons = new ReadOnlyStringWrapper(this, "reasons", "");
    private final ReadOnlyIntegerWrapper crossings = new ReadOnlyIntegerWrapper(this, "crossings");

    private QueueFigures figures;
    private Instant dataAsOf;
    private boolean assessed;
    private boolean carriedOver;
    private Duration staleAge = Duration.ZERO;

    public TileViewModel(String queueId) {
        this.queueId = Objects.requireNonNull(queueId, "queueId");
    }

    public String queueId() {
        return queueId;
    }

    /** Writes one refresh's figures for this queue; judges the level with the queue's thresholds. */
    public void apply(QueueFigures next, Thresholds thresholds, Instant asOf) {
        apply(next, thresholds, asOf, false);
    }

    /**
     * As {@link #apply(QueueFigures, Thresholds, Instant)}; {@code carried} says the source could
     * not refresh this queue and handed its earlier figures on, so they keep their old age and show stale.
     */
    public void apply(QueueFigures next, Thresholds thresholds, Instant asOf, boolean carried) {
        figures = next;
        carriedOver = carried;
        if (!carried || dataAsOf == null) dataAsOf = asOf;
        name.set(next.queueName());
        boolean live = next.hasLiveData();
        noData.set(!live);
        available.set(next.availableAgents());
        waitingText.set(live ? Integer.toString(next.waitingCalls()) : Formats.UNKNOWN);
        availableText.set(live ? Integer.toString(next.availableAgents()) : Formats.UNKNOWN);
        inProgressText.set(live ? Integer.toString(next.inProgressCalls()) : Formats.UNKNOWN);
        longestWaitText.set(live ? Formats.waitTime(next.longestWaitSeconds()) : Formats.UNKNOWN);
        TodayTotals today = next.today();
        abandonedText.set(today != null ? Long.toString(today.abandoned()) : Formats.UNKNOWN);
        boolean slKnown = today != null && today.serviceLevel() != null;
        serviceLevelKnown.set(slKnown);
        serviceLevelText.set(slKnown ? Formats.percent(today.serviceLevel()) : "");
        reassess(thresholds);
    }

    /** Judges the level again, e.g. after the supervisor changed the thresholds. */
    public void reassess(Thresholds thresholds) {
        if (figures == null) return;
        Assessment assessment = ThresholdRule.assess(figures, thresholds);
        AlertLevel previous = level.get();
        level.set(assessment.level());
        reasons.set(String.join(", ", assessment.reasons()));
        // A flash marks the moment a level is crossed upwards, not every refresh spent above it,
        // and not the first figures a tile ever gets.
        if (assessed && assessment.level().compareTo(previous) > 0) crossings.set(crossings.get() + 1);
        assessed = true;
        updateBadge();
    }

    /**
     * Decides whether the figures on show are stale: the last refresh failed, the source carried
     * them over from an earlier refresh, or they are older than {@code staleAfter}. Called every second and after each refresh.
     */
    public void updateFreshness(Instant now, Duration staleAfter, boolean lastRefreshFailed) {
        Duration age = dataAsOf == null ? Duration.ZERO : Duration.between(dataAsOf, now);
        staleAge = age;
        stale.set(figures != null && (lastRefreshFailed || carriedOver || age.compareTo(staleAfter) > 0));
        updateBadge();
    }

    private void updateBadge() {
        String text;
        if (stale.get()) text = "STALE " + Formats.age(staleAge);
        else if (noData.get()) text = "NO DATA";
        else text = switch (level.get()) {
            case ALERT -> "ALERT";
            case WARNING -> "WARNING";
            case NORMAL -> "OK";
        };
        badge.set(text);
    }

    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyStringProperty waitingTextProperty() { return waitingText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty availableTextProperty() { return availableText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty inProgressTextProperty() { return inProgressText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty abandonedTextProperty() { return abandonedText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty longestWaitTextProperty() { return longestWaitText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty serviceLevelTextProperty() { return serviceLevelText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty serviceLevelKnownProperty() { return serviceLevelKnown.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<AlertLevel> levelProperty() { return level.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty noDataProperty() { return noData.getReadOnlyProperty(); }
    /** The state in words ("ALERT", "STALE 2m", "NO DATA", "OK"), so colour is never the only sign. */
    public ReadOnlyStringProperty badgeProperty() { return badge.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reasonsProperty() { return reasons.getReadOnlyProperty(); }
    /** Counts upward crossings of a level; a view flashes the tile when it changes. */
    public ReadOnlyIntegerProperty crossingsProperty() { return crossings.getReadOnlyProperty(); }

    public AlertLevel getLevel() { return level.get(); }
    public boolean isStale() { return stale.get(); }
    public boolean isNoData() { return noData.get(); }
    public String getBadge() { return badge.get(); }
}
