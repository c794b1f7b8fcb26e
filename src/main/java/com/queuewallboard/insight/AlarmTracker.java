package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Edge-fired alarms per queue and reason. An alarm is RAISED when a condition reaches the
 * policy's level, escalates (RAISED again, unacknowledged) when it gets worse, and CLEARED only
 * with hysteresis: when its figure falls back past the margin, or after it stayed below the level
 * for the clear-after time. So a queue hovering at a level raises one alarm, not one per refresh.
 * Acknowledging silences an alarm but keeps it on the banner; snoozing a queue raises nothing new
 * for it and keeps it silent until the snooze ends. Every transition returns an {@link AlarmEvent}.
 *
 * <p>Time comes from the injected clock only. Methods are synchronized, so a sound timer on
 * another thread may call {@link #dueForSound()} safely.
 */
public final class AlarmTracker {
    /** The snooze lengths the banner offers. */
    public static final List<Duration> SNOOZE_CHOICES =
            List.of(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60));

    private final Clock clock;
    private final AlarmPolicy policy;
    private final Map<Key, Alarm> active = new LinkedHashMap<>();
    private final Map<String, Instant> snoozedUntil = new HashMap<>();
    private Instant lastSound;

    public AlarmTracker(Clock clock, AlarmPolicy policy) {
        if (clock == null || policy == null) throw new IllegalArgumentException("A clock and a policy are required.");
        this.clock = clock;
        this.policy = policy;
    }

    /** One refresh's word on one queue and reason. */
    public synchronized List<AlarmEvent> observe(AlarmCondition condition) {
        List<AlarmEvent> events = new ArrayList<>();
        observe(condition, clock.instant(), events);
        return List.copyOf(events);
    }

    /**
     * One whole refresh: every condition the board sees now. An active alarm that no condition
     * mentions counts as back to NORMAL (cleared after the clear-after time, not at once).
     */
    public synchronized List<AlarmEvent> update(Collection<AlarmCondition> conditions) {
        Instant now = clock.instant();
        List<AlarmEvent> events = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        for (AlarmCondition c : conditions) {
            seen.add(new Key(c.queueId(), c.reason()));
            observe(c, now, events);
        }
        for (Key key : List.copyOf(active.keySet())) {
            if (!seen.contains(key)) observe(AlarmCondition.of(key.queueId, key.reason, AlertLevel.NORMAL), now, events);
        }
        return List.copyOf(events);
    }

    private void observe(AlarmCondition c, Instant now, List<AlarmEvent> events) {
        Key key = new Key(c.queueId(), c.reason());
        Alarm alarm = active.get(key);
        boolean atLevel = c.level().compareTo(policy.raiseAt()) >= 0;
        if (alarm == null) {
            if (atLevel && !isSnoozed(c.queueId(), now)) {
                active.put(key, new Alarm(c.level(), now));
                events.add(new AlarmEvent(now, AlarmEvent.Kind.RAISED, c.queueId(), c.reason(), c.level()));
            }
            return;
        }
        if (atLevel) {
            alarm.belowSince = null;
            if (c.level().compareTo(alarm.level) > 0) {   // worse than when raised: sound and show again
                alarm.level = c.level();
                alarm.acknowledged = false;
                alarm.sounded = false;
                events.add(new AlarmEvent(now, AlarmEvent.Kind.RAISED, c.queueId(), c.reason(), c.level()));
            }
            return;
        }
        if (alarm.belowSince == null) alarm.belowSince = now;
        if (c.pastMargin() || !now.isBefore(alarm.belowSince.plus(policy.clearAfter()))) {
            active.remove(key);
            events.add(new AlarmEvent(now, AlarmEvent.Kind.CLEARED, c.queueId(), c.reason(), alarm.level));
        }
    }

    /** Acknowledges one alarm; nothing when it is not active or already acknowledged. */
    public synchronized List<AlarmEvent> acknowledge(String queueId, String reason) {
        return acknowledgeWhere(k -> k.queueId.equals(queueId) && k.reason.equals(reason));
    }

    /** Acknowledges every alarm of one queue. */
    public synchronized List<AlarmEvent> acknowledgeQueue(String queueId) {
        return acknowledgeWhere(k -> k.queueId.equals(queueId));
    }

    /** Acknowledges every active alarm (the banner's "acknowledge all"). */
    public synchronized List<AlarmEvent> acknowledgeAll() {
        return acknowledgeWhere(k -> true);
    }

    private List<AlarmEvent> acknowledgeWhere(Predicate<Key> which) {
        Instant now = clock.instant();
        List<AlarmEvent> events = new ArrayList<>();
        active.forEach((key, alarm) -> {
            if (!alarm.acknowledged && which.test(key)) {
                alarm.acknowledged = true;
                events.add(new AlarmEvent(now, AlarmEvent.Kind.ACKNOWLEDGED, key.queueId, key.reason, alarm.level));
            }
        });
        return List.copyOf(events);
    }

    /**
     * Snoozes a queue: no new alarm is raised for it and its alarms stay silent until
     * {@code now + length}. Snoozing again replaces the end time.
     */
    public synchronized AlarmEvent snooze(String queueId, Duration length) {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A snooze must last longer than 0 seconds.");
        }
        Instant now = clock.instant();
        snoozedUntil.put(queueId, now.plus(length));
        return new AlarmEvent(now, AlarmEvent.Kind.SNOOZED, queueId, "for " + DurationText.format(length), null);
    }

    /** Ends a queue's snooze early. */
    public synchronized void unsnooze(String queueId) {
        snoozedUntil.remove(queueId);
    }

    public synchronized boolean isSnoozed(String queueId) {
        return isSnoozed(queueId, clock.instant());
    }

    private boolean isSnoozed(String queueId, Instant now) {
        Instant until = snoozedUntil.get(queueId);
        if (until == null) return false;
        if (now.isBefore(until)) return true;
        snoozedUntil.remove(queueId);
        return false;
    }

    /** A queue left the board: its alarms clear at once and its snooze is forgotten. */
    public synchronized List<AlarmEvent> forget(String queueId) {
        Instant now = clock.instant();
        snoozedUntil.remove(queueId);
        List<AlarmEvent> events = new ArrayList<>();
        active.entrySet().removeIf(e -> {
            if (!e.getKey().queueId.equals(queueId)) return false;
            events.add(new AlarmEvent(now, AlarmEvent.Kind.CLEARED, queueId, e.getKey().reason, e.getValue().level));
            return true;
        });
        return List.copyOf(events);
    }

    /**
     * What should sound now, and notes it as sounded: the urgent cue if any sounding alarm is an
     * ALERT. An alarm sounds when it is raised or escalated, then every sound-repeat period while
     * it is unacknowledged and its queue not snoozed. Call it on every refresh or timer tick.
     */
    public synchronized SoundCue dueForSound() {
        Instant now = clock.instant();
        AlertLevel worst = null;
        boolean fresh = false;
        for (Map.Entry<Key, Alarm> e : active.entrySet()) {
            Alarm a = e.getValue();
            if (a.acknowledged || isSnoozed(e.getKey().queueId, now)) continue;
            fresh |= !a.sounded;
            if (worst == null || a.level.compareTo(worst) > 0) worst = a.level;
        }
        if (worst == null) return SoundCue.NONE;
        boolean repeatDue = lastSound == null || !now.isBefore(lastSound.plus(policy.soundRepeat()));
        if (!fresh && !repeatDue) return SoundCue.NONE;
        lastSound = now;
        for (Map.Entry<Key, Alarm> e : active.entrySet()) {
            if (!e.getValue().acknowledged && !isSnoozed(e.getKey().queueId, now)) e.getValue().sounded = true;
        }
        return worst == AlertLevel.ALERT ? SoundCue.ALERT : SoundCue.WARNING;
    }

    /** The active alarms, worst first, then oldest first: immutable, ages as of now. */
    public synchronized List<ActiveAlarm> active() {
        Instant now = clock.instant();
        List<ActiveAlarm> list = new ArrayList<>();
        active.forEach((key, a) -> list.add(new ActiveAlarm(key.queueId, key.reason, a.level, a.raisedAt,
                Math.max(0, Duration.between(a.raisedAt, now).toSeconds()), a.acknowledged,
                isSnoozed(key.queueId, now) ? snoozedUntil.get(key.queueId) : null)));
        list.sort(Comparator.comparing(ActiveAlarm::level).reversed()
                .thenComparing(ActiveAlarm::raisedAt)
                .thenComparing(ActiveAlarm::queueId)
                .thenComparing(ActiveAlarm::reason));
        return List.copyOf(list);
    }

    /** The queue's highest active alarm level, or null when it has none (for the tile's badge). */
    public synchronized AlertLevel levelOf(String queueId) {
        AlertLevel worst = null;
        for (Map.Entry<Key, Alarm> e : active.entrySet()) {
            if (e.getKey().queueId.equals(queueId) && (worst == null || e.getValue().level.compareTo(worst) > 0)) {
                worst = e.getValue().level;
            }
        }
        return worst;
    }

    public AlarmPolicy policy() {
        return policy;
    }

    private record Key(String queueId, String reason) {
    }

    /** Mutable state of one active alarm; only touched under the tracker's lock. */
    private static final class Alarm {
        AlertLevel level;
        final Instant raisedAt;
        boolean acknowledged;
        boolean sounded;
        Instant belowSince;

        Alarm(AlertLevel level, Instant raisedAt) {
            this.level = level;
            this.raisedAt = raisedAt;
        }
    }
}
