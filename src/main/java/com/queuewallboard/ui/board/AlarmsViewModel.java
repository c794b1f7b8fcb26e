package com.queuewallboard.ui.board;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.config.WallPreferences;
import com.queuewallboard.insight.ActiveAlarm;
import com.queuewallboard.insight.AlarmEvent;
import com.queuewallboard.insight.AlarmPolicy;
import com.queuewallboard.insight.AlarmSounds;
import com.queuewallboard.insight.AudioSink;
import com.queuewallboard.insight.BoardAlarms;
import com.queuewallboard.insight.SoundCue;
import com.queuewallboard.ui.common.Formats;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The board's alarms as the window shows and sounds them: the banner of unacknowledged alarms
 * with their age, the sound (raised, then every minute while unacknowledged), desktop
 * notifications of new alarms, acknowledging and snoozing. The decisions are the toolkit-free
 * {@link BoardAlarms}' and its tracker's; this class only shows them. FX thread only.
 */
public final class AlarmsViewModel {
    private static final Logger LOG = Logger.getLogger(AlarmsViewModel.class.getName());
    /** How long a condition must stay below the level before its alarm clears (unless past the margin). */
    static final Duration CLEAR_AFTER = Duration.ofSeconds(60);
    /** An unacknowledged alarm sounds again this often. */
    static final Duration SOUND_REPEAT = Duration.ofSeconds(60);
    /** Alarms named on the banner; the rest are counted. */
    static final int BANNER_MAX = 6;

    private final Clock clock;
    private final Function<String, TileViewModel> tiles;
    private BoardAlarms alarms;
    private WallPreferences prefs;
    private AudioSink sink = (wav, volume) -> { };
    private Consumer<List<String>> notifier = lines -> { };
    /** Every alarm transition (raised, cleared, acknowledged, snoozed), for the history; any thread. */
    private volatile Consumer<AlarmEvent> eventSink = e -> { };
    private final Map<String, Instant> snoozes = new HashMap<>();
    /** Where a snapshot's alarms are worked out: off the FX thread (500 queues' conditions take milliseconds). */
    private java.util.concurrent.Executor work;
    private java.util.concurrent.Executor fxThread = AlarmsViewModel::onFxThread;

    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper(this, "bannerText", "");
    private final ReadOnlyStringWrapper bannerTitle = new ReadOnlyStringWrapper(this, "bannerTitle", "");
    private final ReadOnlyBooleanWrapper bannerShown = new ReadOnlyBooleanWrapper(this, "bannerShown");
    private final ReadOnlyObjectWrapper<AlertLevel> bannerLevel = new ReadOnlyObjectWrapper<>(this, "bannerLevel", AlertLevel.NORMAL);
    private final ReadOnlyStringWrapper lastSound = new ReadOnlyStringWrapper(this, "lastSound", "");

    AlarmsViewModel(Clock clock, WallPreferences prefs, Function<String, TileViewModel> tiles, java.util.concurrent.Executor work) {
        this.work = work;
        this.clock = clock;
        this.tiles = tiles;
        this.prefs = prefs;
        this.alarms = new BoardAlarms(clock, policy(prefs));
    }

    private static AlarmPolicy policy(WallPreferences prefs) {
        return new AlarmPolicy(prefs.alarmAt(), CLEAR_AFTER, SOUND_REPEAT);
    }

    /** Where sounds go (the window plugs in javax.sound; tests a fake). */
    public void setAudioSink(AudioSink sink) {
        this.sink = sink == null ? (wav, volume) -> { } : sink;
    }

    /** Told of newly raised alarms, one line each (the window shows a desktop notification when not in front). */
    public void setNotifier(Consumer<List<String>> notifier) {
        this.notifier = notifier == null ? lines -> { } : notifier;
    }

    /** Told of every alarm transition, on the thread that made it (the work executor, or the FX thread for a user's action). */
    public void setEventSink(Consumer<AlarmEvent> sink) {
        this.eventSink = sink == null ? e -> { } : sink;
    }

    private void record(List<AlarmEvent> events) {
        Consumer<AlarmEvent> sink = eventSink;
        for (AlarmEvent e : events) {
            try {
                sink.accept(e);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Alarm event not recorded", ex);
            }
        }
    }

    /** New preferences: another alarm level starts the alarms afresh; volume and mute apply at the next sound. */
    void applyPreferences(WallPreferences next) {
        if (next.alarmAt() != prefs.alarmAt()) {
            LOG.info("Alarms now raised at " + next.alarmAt() + "; active alarms start afresh.");
            alarms = new BoardAlarms(clock, policy(next));
            snoozes.keySet().forEach(id -> note(id, ""));
            snoozes.clear();
        }
        prefs = next;
        show();
    }

    /** Where the alarms of a snapshot are worked out (tests: the calling thread). */
    public void setWorkExecutor(java.util.concurrent.Executor executor) {
        this.work = executor;
    }

    /** Both threads at once; a test without a stage passes the calling thread for both. */
    public void setExecutors(java.util.concurrent.Executor workExecutor, java.util.concurrent.Executor fx) {
        this.work = workExecutor;
        this.fxThread = fx;
    }

    /**
     * After each applied snapshot: the toolkit-free {@link BoardAlarms} judge it on the work
     * executor (the snapshot is immutable), then the banner, notification and sound follow on the FX thread.
     */
    void update(BoardSnapshot snapshot, ThresholdSettings thresholds) {
        BoardAlarms judge = alarms;
        work.execute(() -> {
            List<AlarmEvent> events = judge.update(snapshot, thresholds);
            record(events);
            fxThread.execute(() -> {
                if (judge == alarms) shown(events);
            });
        });
    }

    /**
     * Runs on the FX thread; inline where no toolkit runs (plain view-model tests), so the model
     * works the same without a stage.
     */
    private static void onFxThread(Runnable r) {
        try {
            javafx.application.Platform.runLater(r);
        } catch (IllegalStateException noToolkit) {
            r.run();
        }
    }

    private void shown(List<AlarmEvent> events) {
        List<String> raised = new ArrayList<>();
        for (AlarmEvent e : events) {
            if (e.kind() == AlarmEvent.Kind.RAISED) raised.add(e.level() + " \u00b7 " + alarms.queueName(e.queueId()) + " \u00b7 " + e.reason());
        }
        if (!raised.isEmpty()) {
            try {
                notifier.accept(raised);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Desktop notification failed", ex);
            }
        }
        tick();
    }

    /** Once a second and after each refresh: ages on the banner, snoozes ending, the sound when due. */
    void tick() {
        Instant now = clock.instant();
        snoozes.entrySet().removeIf(e -> {
            if (now.isBefore(e.getValue())) {
                note(e.getKey(), "SNOOZED " + Formats.age(Duration.between(now, e.getValue())));
                return false;
            }
            note(e.getKey(), "");
            return true;
        });
        show();
        SoundCue cue = alarms.tracker().dueForSound();
        if (cue != SoundCue.NONE && !prefs.muted() && prefs.soundVolume() > 0) {
            try {
                AlarmSounds.play(cue, sink, prefs.soundVolume());
                lastSound.set(cue.name());
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Alarm sound failed", ex);
            }
        }
    }

    /** A or a click on the banner: every alarm acknowledged; the sound stops, tiles keep their colour. */
    public void acknowledgeAll() {
        record(alarms.log(alarms.tracker().acknowledgeAll()));
        show();
    }

    /** The tile menu's Acknowledge. */
    public void acknowledge(String queueId) {
        record(alarms.log(alarms.tracker().acknowledgeQueue(queueId)));
        show();
    }

    /** The tile menu's Snooze: no new alarm and no sound for the queue until the time is up. */
    public void snooze(String queueId, Duration length) {
        record(alarms.log(List.of(alarms.tracker().snooze(queueId, length))));
        snoozes.put(queueId, clock.instant().plus(length));
        tick();
    }

    private void note(String queueId, String text) {
        TileViewModel tile = tiles.apply(queueId);
        if (tile != null) tile.setAlarmNote(text);
    }

    private void show() {
        List<ActiveAlarm> open = new ArrayList<>();
        for (ActiveAlarm a : alarms.tracker().active()) if (!a.acknowledged() && !a.snoozed()) open.add(a);
        bannerShown.set(!open.isEmpty());
        if (open.isEmpty()) {
            bannerText.set("");
            bannerLevel.set(AlertLevel.NORMAL);
            return;
        }
        bannerLevel.set(open.get(0).level());   // worst first
        bannerTitle.set("\u26a0 " + (open.size() == 1 ? "ALARM" : open.size() + " ALARMS"));
        StringBuilder text = new StringBuilder();
        int listed = 0;
        for (ActiveAlarm a : open) {
            // more than fit on one line are counted, not listed: the wall shows the worst ones
            if (++listed > BANNER_MAX) {
                text.append("   \u2022   and ").append(open.size() - BANNER_MAX).append(" more");
                break;
            }
            if (text.length() > 0) text.append("   \u2022   ");
            text.append(alarms.queueName(a.queueId())).append(": ").append(a.reason())
                    .append(" (").append(a.level()).append(", ").append(Formats.age(Duration.ofSeconds(a.ageSeconds()))).append(')');
        }
        bannerText.set(text.toString());
    }

    /** The active alarms as the tracker keeps them (for tests and the CLI-like views). */
    public List<ActiveAlarm> active() {
        return alarms.tracker().active();
    }

    /** "Sales: waiting > available (ALERT, 2m)  •  ...", the unacknowledged alarms, worst first. */
    public ReadOnlyStringProperty bannerTextProperty() { return bannerText.getReadOnlyProperty(); }
    /** "⚠ 3 ALARMS". */
    public ReadOnlyStringProperty bannerTitleProperty() { return bannerTitle.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty bannerShownProperty() { return bannerShown.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<AlertLevel> bannerLevelProperty() { return bannerLevel.getReadOnlyProperty(); }
    /** The last cue played ("ALERT", "WARNING"), for the status line and tests. */
    public ReadOnlyStringProperty lastSoundProperty() { return lastSound.getReadOnlyProperty(); }
}
