package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ServiceLevelVerdict;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The board's alarms: turns each refresh's figures and levels into {@link AlarmCondition}s per
 * queue and reason, feeds them to one {@link AlarmTracker}, and logs every transition. The window
 * and the CLI's {@code --watch} share it, so both raise and clear alarms the same way.
 *
 * <p>Reasons are stable keys (the figure is not in them, so an alarm is recognised from refresh to
 * refresh): {@link #WAITING_OVER_AVAILABLE}, {@link #WAITING}, {@link #LONGEST_WAIT},
 * {@link #SERVICE_LEVEL}. Each carries its own hysteresis margin, so a figure that falls back
 * clearly clears its alarm at once, while one hovering at the level clears only after the policy's
 * clear-after time. Margins: waiting &gt; available clears at once at waiting &lt;= available - 1;
 * waiting by max(1 call, 20 % of the level) below the last count that does not raise; longest
 * wait 15 s below the level; service level 2 points above the level it was raised at (the target,
 * or target - margin when only alerts raise).
 *
 * <p>A queue shown without live data (the API said nothing about it) keeps its alarms as they are:
 * not knowing is not the same as being back to normal. A queue no longer on the board is forgotten.
 */
public final class BoardAlarms {
    public static final String WAITING_OVER_AVAILABLE = "waiting > available";
    public static final String WAITING = "waiting";
    public static final String LONGEST_WAIT = "longest wait";
    public static final String SERVICE_LEVEL = "service level";

    /** Margins of the hysteresis: how far a figure must fall back to clear at once. */
    static final double WAITING_MARGIN_FRACTION = 0.2;
    static final double LONGEST_WAIT_MARGIN_SECONDS = 15;
    static final double SERVICE_LEVEL_MARGIN_POINTS = 2;

    private static final Logger LOG = Logger.getLogger("com.queuewallboard.alarms");

    private final AlarmTracker tracker;
    private final AlarmPolicy policy;
    private final Set<String> shown = new HashSet<>();
    private final Map<String, String> names = new HashMap<>();

    public BoardAlarms(Clock clock, AlarmPolicy policy) {
        this.tracker = new AlarmTracker(clock, policy);
        this.policy = policy;
    }

    /**
     * Feeds one refresh: builds the alarm conditions of every queue with live data from its
     * figures and levels, updates the tracker, forgets queues no longer shown; returns the
     * transitions (to log and record). Every returned event is already logged.
     */
    public synchronized List<AlarmEvent> update(BoardSnapshot snapshot, ThresholdSettings levels) {
        ThresholdSettings settings = levels == null ? ThresholdSettings.DEFAULT : levels;
        List<AlarmEvent> events = new ArrayList<>();
        Set<String> nowShown = new LinkedHashSet<>();
        for (QueueFigures q : snapshot.queues()) {
            nowShown.add(q.queueId());
            names.put(q.queueId(), q.queueName());
        }
        for (String gone : shown) {
            if (!nowShown.contains(gone)) events.addAll(tracker.forget(gone));
        }
        // Alarms of queues that left the board before this object saw them shown (none normally).
        for (ActiveAlarm a : tracker.active()) {
            if (!nowShown.contains(a.queueId())) events.addAll(tracker.forget(a.queueId()));
        }
        List<AlarmCondition> conditions = new ArrayList<>();
        Set<String> withoutData = new HashSet<>();
        for (QueueFigures q : snapshot.queues()) {
            if (q.hasLiveData()) conditions.addAll(conditionsOf(q, settings.forQueue(q.queueId()), policy));
            else withoutData.add(q.queueId());
        }
        // Hold the alarms of queues without data at their level: the tracker would count silence as NORMAL.
        for (ActiveAlarm a : tracker.active()) {
            if (withoutData.contains(a.queueId())) conditions.add(AlarmCondition.of(a.queueId(), a.reason(), a.level()));
        }
        events.addAll(tracker.update(conditions));
        shown.clear();
        shown.addAll(nowShown);
        names.keySet().retainAll(nowShown);
        log(events);
        return List.copyOf(events);
    }

    public AlarmTracker tracker() {
        return tracker;
    }

    /** The name the board last showed for a queue, else its id (for log lines and banners). */
    public synchronized String queueName(String queueId) {
        return names.getOrDefault(queueId, queueId);
    }

    /**
     * Writes transitions the caller caused on the tracker (acknowledge, snooze) to the alarm log,
     * as {@link #update} does for its own; returns them for chaining.
     */
    public List<AlarmEvent> log(List<AlarmEvent> events) {
        if (LOG.isLoggable(Level.INFO)) {
            for (AlarmEvent e : events) LOG.info(e + " name=" + queueName(e.queueId()));
        }
        return events;
    }

    /** The alarm conditions of one queue with live data, each with its hysteresis margin. */
    static List<AlarmCondition> conditionsOf(QueueFigures q, Thresholds levels, AlarmPolicy policy) {
        String id = q.queueId();
        List<AlarmCondition> list = new ArrayList<>(4);
        int waiting = q.waitingCalls();
        int available = q.availableAgents();
        list.add(new AlarmCondition(id, WAITING_OVER_AVAILABLE,
                waiting > available ? AlertLevel.ALERT : AlertLevel.NORMAL, waiting <= available - 1));

        Integer waitingAt = raiseLevel(levels.waitingWarning(), levels.waitingAlert(), policy);
        if (waitingAt != null) {
            AlertLevel level = level(waiting, levels.waitingWarning(), levels.waitingAlert());
            double margin = Math.max(1, WAITING_MARGIN_FRACTION * waitingAt);
            // Counts step by whole calls: the margin is measured from the last count that does not
            // raise (level - 1), as for "waiting > available", so level 3 with margin 1 clears at once at 1.
            list.add(AlarmCondition.rising(id, WAITING, level, waiting, waitingAt - 1, margin));
        }
        Integer longestAt = raiseLevel(levels.longestWaitWarningSeconds(), levels.longestWaitAlertSeconds(), policy);
        if (longestAt != null) {
            AlertLevel level = level(q.longestWaitSeconds(), levels.longestWaitWarningSeconds(),
                    levels.longestWaitAlertSeconds());
            list.add(AlarmCondition.rising(id, LONGEST_WAIT, level, q.longestWaitSeconds(), longestAt,
                    LONGEST_WAIT_MARGIN_SECONDS));
        }
        ServiceLevelVerdict sl = ServiceLevelVerdict.of(q, levels);
        if (sl.serviceLevel() == null) {
            // Too few calls to judge: no word either way, so the clear-after time decides.
            list.add(AlarmCondition.of(id, SERVICE_LEVEL, AlertLevel.NORMAL));
        } else {
            // Raised below the target (WARNING) or below target - margin (ALERT), in points.
            double raisedAt = sl.target().percentage()
                    - (policy.raiseAt() == AlertLevel.ALERT ? Math.max(0, levels.marginPoints()) : 0);
            list.add(AlarmCondition.falling(id, SERVICE_LEVEL, sl.level(), sl.serviceLevel() * 100, raisedAt,
                    SERVICE_LEVEL_MARGIN_POINTS));
        }
        return list;
    }

    /** The figure at which this policy raises: the warning level (else the alert) or the alert level. */
    private static Integer raiseLevel(Integer warning, Integer alert, AlarmPolicy policy) {
        if (policy.raiseAt() == AlertLevel.ALERT) return alert;
        return warning != null ? warning : alert;
    }

    private static AlertLevel level(long value, Integer warning, Integer alert) {
        if (alert != null && value >= alert) return AlertLevel.ALERT;
        if (warning != null && value >= warning) return AlertLevel.WARNING;
        return AlertLevel.NORMAL;
    }
}
