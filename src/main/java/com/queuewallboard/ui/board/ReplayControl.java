package com.queuewallboard.ui.board;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.history.ReplaySource;
import com.queuewallboard.ui.common.BackgroundTasks;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Playing back a recorded day instead of live figures: the replay keys move the replay clock, and
 * each snapshot read from the history file shows as a refresh would.
 */
final class ReplayControl {
    /** The replay keys, for the status bar's tooltip (and the README). */
    static final String KEYS = "Replay keys: Space pause/resume \u00b7 \u2192 step forward \u00b7 \u2190 step back"
            + " \u00b7 \u2191/\u2193 speed \u00d72/\u00f72 \u00b7 J jump +10 min \u00b7 Shift+J jump \u221210 min";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final BackgroundTasks background;
    private final Consumer<BoardSnapshot> apply;
    private final Consumer<String> showError;
    private final Consumer<String> showSource;
    /** Non-null when the board plays back a recorded day instead of live figures. */
    private ReplaySource replay;
    private final ReadOnlyStringWrapper replayText = new ReadOnlyStringWrapper(this, "replayText", "");

    /**
     * @param apply      shows a snapshot read from the history file (FX thread)
     * @param showError  shows why the history file could not be read
     * @param showSource shows the replay text where the source is named
     */
    ReplayControl(BackgroundTasks background, Consumer<BoardSnapshot> apply, Consumer<String> showError, Consumer<String> showSource) {
        this.background = background;
        this.apply = apply;
        this.showError = showError;
        this.showSource = showSource;
    }

    void use(ReplaySource source) {
        replay = Objects.requireNonNull(source, "source");
    }

    boolean isOn() {
        return replay != null;
    }

    /** The levels in force when the day was recorded. */
    ThresholdSettings levels() {
        return replay.levels();
    }

    /** Space: pause or resume the replay clock (the figures stay). */
    void togglePause() {
        act(() -> {
            replay.togglePause();
            return replay.current();
        });
    }

    /** Right / Left: to the next or the previous recorded refresh. */
    void step(boolean forward) {
        act(() -> forward ? replay.step() : replay.stepBack());
    }

    /** Up / Down: twice or half the speed, within ×1 .. ×3600. */
    void speed(boolean faster) {
        act(() -> {
            double next = faster ? replay.speed() * 2 : replay.speed() / 2;
            replay.setSpeed(Math.max(ReplaySource.MIN_SPEED, Math.min(ReplaySource.MAX_SPEED, next)));
            return replay.current();
        });
    }

    /** J / Shift+J: the replay clock ten minutes on or back. */
    void jump(Duration by) {
        act(() -> replay.jump(by));
    }

    /** The history file is read off the FX thread; the snapshot then shows as a refresh would. */
    private void act(BackgroundTasks.Call<BoardSnapshot> action) {
        if (replay == null) return;
        background.run(action, apply, problem -> showError.accept(problem.oneLine()));
    }

    /** "REPLAY 10:42:10 ×10", with "paused" while the replay clock stands. */
    void show() {
        String speed = replay.speed() == Math.rint(replay.speed()) ? String.valueOf((long) replay.speed()) : String.valueOf(replay.speed());
        String text = "REPLAY " + CLOCK.format(replay.replayTime()) + " \u00d7" + speed + (replay.isPaused() ? " \u00b7 paused" : "");
        replayText.set(text);
        showSource.accept(text);
    }

    ReadOnlyStringProperty replayTextProperty() { return replayText.getReadOnlyProperty(); }
}
