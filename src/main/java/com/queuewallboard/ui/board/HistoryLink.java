package com.queuewallboard.ui.board;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.history.ConnectionEvent;
import com.queuewallboard.history.HistoryReader;
import com.queuewallboard.history.HistoryRecorder;
import com.queuewallboard.history.HistoryStatus;
import com.queuewallboard.history.HistoryUnavailable;
import com.queuewallboard.insight.TrendRegistry;
import com.queuewallboard.ui.common.BackgroundTasks;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The board's side of the history file: live snapshots, alarm transitions and connection changes
 * recorded into it, its status for the status bar, and the sparklines refilled from it at a start.
 */
final class HistoryLink {
    private static final Logger LOG = Logger.getLogger(HistoryLink.class.getName());
    /** How far back the sparklines are refilled from history at a start. */
    static final Duration REFILL_WINDOW = Duration.ofMinutes(60);

    private final Clock clock;
    private final BackgroundTasks background;
    /** Where live snapshots, alarms and connection changes are recorded (record only enqueues: FX-thread safe). */
    private volatile HistoryRecorder history = HistoryRecorder.disabled();
    private Path historyFile;
    private final ReadOnlyStringWrapper historyText = new ReadOnlyStringWrapper(this, "historyText", "");
    private boolean everConnected;
    private boolean failingRecorded;
    private boolean trendsRefilled;

    HistoryLink(Clock clock, BackgroundTasks background) {
        this.clock = clock;
        this.background = background;
    }

    /** See {@link BoardViewModel#recordInto}. */
    void recordInto(HistoryRecorder recorder, Path file, AlarmsViewModel alarms) {
        history = Objects.requireNonNull(recorder, "recorder");
        historyFile = file;
        alarms.setEventSink(e -> history.record(e));
        recorder.addStatusListener(s -> runOnFx(() -> showHistory(s)));   // called on the writer thread
        showHistory(recorder.status());
    }

    private void showHistory(HistoryStatus s) {
        historyText.set(s.on() && s.dropped() == 0 ? "" : s.text());
    }

    /** An applied live snapshot, after a "connected" or "recovered" event when it is the first or ends a failure. */
    void recordLive(BoardSnapshot snapshot, ThresholdSettings thresholds, String description, boolean demo) {
        Instant at = clock.instant();
        if (!everConnected) {
            everConnected = true;
            history.record(new ConnectionEvent(at, "connected", null));
        } else if (failingRecorded) {
            history.record(new ConnectionEvent(at, "recovered", null));
        }
        failingRecorded = false;
        history.record(snapshot, thresholds, description, demo);
    }

    /** The refreshes are failing: recorded once until one works again. */
    void recordFailing(Problem problem) {
        if (failingRecorded) return;
        failingRecorded = true;
        history.record(new ConnectionEvent(clock.instant(), "failed", problem.oneLine()));
    }

    /** True once, at the first start with a history file: the sparklines are then to be refilled from it. */
    boolean refillDue() {
        if (trendsRefilled || historyFile == null) return false;
        trendsRefilled = true;
        return true;
    }

    /**
     * The sparklines of the last hour from history, read off the FX thread into {@code refilled};
     * {@code then} is told on the FX thread whether any point was read.
     */
    void refillTrends(TrendRegistry refilled, Consumer<Boolean> then) {
        Path file = historyFile;
        Instant now = clock.instant();
        background.run(() -> {
            try (HistoryReader reader = HistoryReader.open(file)) {
                return reader.refillTrends(refilled, now, REFILL_WINDOW);
            } catch (HistoryUnavailable | SQLException e) {
                // a first start has no file yet; a damaged one says so in the status bar through the recorder
                LOG.log(Level.INFO, "Sparklines not refilled from history: " + e.getMessage());
                return 0;
            }
        }, points -> then.accept(points > 0), problem -> {
            LOG.log(Level.INFO, "Sparklines not refilled from history: {0}", problem.oneLine());
            then.accept(false);
        });
    }

    private static void runOnFx(Runnable r) {
        try {
            javafx.application.Platform.runLater(r);
        } catch (IllegalStateException noToolkit) {
            r.run();
        }
    }

    ReadOnlyStringProperty historyTextProperty() { return historyText.getReadOnlyProperty(); }
}
