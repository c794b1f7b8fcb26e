package com.queuewallboard.ui.board;

import com.queuewallboard.ui.common.Formats;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.Assessment;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdRule;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelJudge;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.ServiceLevelVerdict;
import com.queuewallboard.insight.QueueOutlook;
import com.queuewallboard.insight.StaffingForecast;
import com.queuewallboard.insight.TrendBuffer;
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
    /** "SL 78 % · 80/20": today's service level against the target in force. */
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper(this, "targetText", "");
    private final ReadOnlyObjectWrapper<AlertLevel> targetLevel = new ReadOnlyObjectWrapper<>(this, "targetLevel", AlertLevel.NORMAL);
    /** "30m 74 %": the service level of the recent window, judged against the same target. */
    private final ReadOnlyStringWrapper recentText = new ReadOnlyStringWrapper(this, "recentText", "");
    private final ReadOnlyObjectWrapper<AlertLevel> recentLevel = new ReadOnlyObjectWrapper<>(this, "recentLevel", AlertLevel.NORMAL);
    /** "need +3" when the forecast says the queue is short of agents, else empty. */
    private final ReadOnlyStringWrapper needText = new ReadOnlyStringWrapper(this, "needText", "");
    /** The forecast in words: predicted SL and ASA with the agents on queue now, or why there is none. */
    private final ReadOnlyStringWrapper forecastText = new ReadOnlyStringWrapper(this, "forecastText", "");
    /** Bumped after each new trend point, so a shown sparkline redraws. */
    private final ReadOnlyIntegerWrapper trendStamp = new ReadOnlyIntegerWrapper(this, "trendStamp");
    /** "SNOOZED until 11:05" while the queue's alarms are snoozed, else empty. */
    private final ReadOnlyStringWrapper alarmNote = new ReadOnlyStringWrapper(this, "alarmNote", "");
    private TrendBuffer trend;
    private String mediaType;
    private QueueOutlook outlook;

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
        apply(next, thresholds, asOf, carried, mediaType);
    }

    /** As above, with the media the board shows for the queue (its forecast depends on it; null = voice). */
    public void apply(QueueFigures next, Thresholds thresholds, Instant asOf, boolean carried, String media) {
        mediaType = media;
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
        judgeTarget(thresholds);
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

    /** Service levels against the target in force, and the staffing forecast, from the toolkit-free domain. */
    private void judgeTarget(Thresholds thresholds) {
        outlook = QueueOutlook.of(figures, thresholds, mediaType);
        ServiceLevelTarget target = outlook.target();
        ServiceLevelJudge judge = new ServiceLevelJudge(target, thresholds.marginPoints());
        TodayTotals today = figures.today();
        Double todaySl = today == null ? null : today.serviceLevel();
        // as in the domain's verdict: a service level of a handful of calls is shown, not judged
        boolean judgeToday = today != null && today.offered() >= ServiceLevelVerdict.MINIMUM_OFFERED;
        targetText.set("SL " + (todaySl == null ? Formats.UNKNOWN : points(todaySl) + " %") + " \u00b7 " + target);
        targetLevel.set(judgeToday ? judge.judge(todaySl).level() : null);   // null: shown, not judged
        RecentTotals recent = figures.recent();
        Double recentSl = recent == null ? null : recent.serviceLevel();
        recentText.set(recentSl == null ? "" : minutes(recent) + " " + points(recentSl) + " %");
        recentLevel.set(recent != null && recent.offered() >= ServiceLevelVerdict.MINIMUM_OFFERED
                ? judge.judge(recentSl).level() : null);
        StaffingForecast f = outlook.forecast();
        needText.set(f.available() && f.staffingGap() > 0 ? "need +" + f.staffingGap() : "");
        forecastText.set(describe(f, figures.agentsOnQueue(), target));
    }

    /** Floored, like the domain's reasons: 79.6 % below an 80 % target never reads as "80". */
    private static String points(double fraction) {
        return Integer.toString((int) Math.floor(Math.max(0, fraction) * 100 + 1e-9));
    }

    private static String minutes(RecentTotals recent) {
        return recent.window() == null ? "30m" : recent.window().toMinutes() + "m";
    }

    static String describe(StaffingForecast f, int onQueue, ServiceLevelTarget target) {
        if (!f.available()) return "Staffing forecast: " + f.unavailableReason();
        String asa = f.keepsUp() ? Formats.waitTime(Math.round(f.predictedAsaSeconds())) : "never (the queue keeps growing)";
        return "Staffing forecast for " + target + ": " + f.agentsNeeded() + " agents needed, " + onQueue + " on queue"
                + (f.staffingGap() > 0 ? " (need +" + f.staffingGap() + ")" : "")
                + "\nWith " + onQueue + " on queue now: SL " + points(f.predictedServiceLevel()) + " %, ASA " + asa;
    }

    /** The queue's trend for its sparkline (null until its first point). */
    void setTrend(TrendBuffer buffer) {
        trend = buffer;
        trendStamp.set(trendStamp.get() + 1);
    }

    public TrendBuffer trend() {
        return trend;
    }

    void setAlarmNote(String text) {
        alarmNote.set(text == null ? "" : text);
    }

    /** The figures last applied (null before the first). */
    public QueueFigures figures() {
        return figures;
    }

    public QueueOutlook outlook() {
        return outlook;
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

    public ReadOnlyStringProperty targetTextProperty() { return targetText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<AlertLevel> targetLevelProperty() { return targetLevel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty recentTextProperty() { return recentText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<AlertLevel> recentLevelProperty() { return recentLevel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty needTextProperty() { return needText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty forecastTextProperty() { return forecastText.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty trendStampProperty() { return trendStamp.getReadOnlyProperty(); }
    public ReadOnlyStringProperty alarmNoteProperty() { return alarmNote.getReadOnlyProperty(); }

    public AlertLevel getLevel() { return level.get(); }
    public boolean isStale() { return stale.get(); }
    public boolean isNoData() { return noData.get(); }
    public String getBadge() { return badge.get(); }
}
