package com.queuewallboard.ui.board;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Settings;
import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.common.SourceOpener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Worker;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The current {@link SourceSession} and the {@link RefreshService} that polls it: started,
 * paused, run now, pointed at a new session when the settings change, and run once more when a
 * push source says its figures changed. FX thread.
 */
final class RefreshControl {
    private static final Logger LOG = Logger.getLogger(RefreshControl.class.getName());

    /** Told on the FX thread when a whole refresh failed. */
    interface FailureListener {
        /** @param nextTryIn the wait before the next try */
        void refreshFailed(Problem problem, int inARow, Duration nextTryIn);
    }

    private final SourceOpener opener;
    private final Executor executor;
    private final Consumer<BoardSnapshot> onResult;
    private final FailureListener onFailure;
    private SourceSession session;
    private RefreshService service;
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    /** A push change came while a refresh ran: refresh once more when it is done. */
    private boolean changeWhileRunning;

    RefreshControl(Settings settings, SourceOpener opener, Executor executor,
                   Consumer<BoardSnapshot> onResult, FailureListener onFailure) {
        this.opener = opener;
        this.executor = executor;
        this.onResult = onResult;
        this.onFailure = onFailure;
        this.session = newSession(settings);
    }

    SourceSession session() {
        return session;
    }

    /** Whether {@link #start} made the service (the board is polling or paused). */
    boolean started() {
        return service != null;
    }

    /** Makes the service on the first call, sets its period and ends a pause; runs nothing yet. */
    void start(Duration period) {
        if (service == null) {
            service = new RefreshService(session, executor, snapshot -> {
                onResult.accept(snapshot);
                if (changeWhileRunning) {
                    changeWhileRunning = false;
                    sourceChanged();
                }
            }, this::failed);
        }
        setPeriod(period);
        paused.set(false);
    }

    void setPeriod(Duration period) {
        service.setPeriod(javafx.util.Duration.millis(period.toMillis()));
        service.setMaximumCumulativePeriod(maxBackoff(period));
    }

    /** A refresh now, unless not started or paused. */
    void runNowUnlessPaused() {
        if (service != null && !paused.get()) service.runNow();
    }

    /** A refresh now (after {@link #start}). */
    void runNow() {
        service.runNow();
    }

    /** Ends a pause (a refresh is asked for apart). */
    void unpause() {
        paused.set(false);
    }

    /** Stops polling; the figures stay. */
    void pause() {
        paused.set(true);
        if (service != null) service.cancel();
    }

    boolean isPaused() {
        return paused.get();
    }

    /** A session whose push changes ask for a refresh on the FX thread. */
    private SourceSession newSession(Settings forSettings) {
        SourceSession[] self = new SourceSession[1];
        self[0] = new SourceSession(forSettings, opener, () -> javafx.application.Platform.runLater(() -> {
            if (self[0] == session) sourceChanged();
        }));
        return self[0];
    }

    /** A new source for {@code next}; the old one is closed in the background. */
    void switchTo(Settings next) {
        SourceSession old = session;
        session = newSession(next);
        executor.execute(old::close);
        if (service != null) service.setSession(session);
    }

    /**
     * Push brought a change (or push went live or fell back): show it now rather than at the next
     * interval. A refresh under way is left to finish, then one more runs. FX thread.
     */
    void sourceChanged() {
        if (service == null || paused.get()) return;
        if (service.getState() == Worker.State.RUNNING) {
            changeWhileRunning = true;
        } else {
            service.runNow();
        }
    }

    /** Stops polling and closes the source. */
    void shutdown() {
        if (service != null) service.cancel();
        session.close();
    }

    private void failed(RefreshService.Failure failure) {
        Problem problem = BackgroundTasks.problemOf(failure.error());
        if (problem.kind() == ProblemKind.SERVICE && !(failure.error() instanceof SourceException)) {
            LOG.log(Level.WARNING, "Refresh failed unexpectedly", failure.error());
        } else {
            LOG.log(Level.INFO, "Refresh failed: {0}", problem.oneLine());
        }
        onFailure.refreshFailed(problem, failure.failuresInARow(), Duration.ofMillis((long) failure.nextTryIn().toMillis()));
    }

    private static javafx.util.Duration maxBackoff(Duration period) {
        long periodMs = period.toMillis();
        return javafx.util.Duration.millis(Math.max(periodMs, RefreshService.MAX_BACKOFF.toMillis()));
    }

    ReadOnlyBooleanProperty pausedProperty() { return paused.getReadOnlyProperty(); }
}
