package com.queuewallboard.ui.board;

import com.queuewallboard.board.BoardSnapshot;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Polls the current {@link SourceSession} every period on the owned executor. Failures back off
 * (one period, then doubling up to {@link #MAX_BACKOFF}) and never stop the polling: a wall board
 * that gives up after a night's network outage is worse than one that keeps trying.
 */
final class RefreshService extends ScheduledService<BoardSnapshot> {
    static final Duration MAX_BACKOFF = Duration.seconds(60);

    /** What a failed run reports: the error, how many runs failed in a row, and the wait before the next. */
    record Failure(Throwable error, int failuresInARow, Duration nextTryIn) {
    }

    private volatile SourceSession session;
    private final Consumer<BoardSnapshot> onResult;
    private final Consumer<Failure> onFailure;

    RefreshService(SourceSession session, Executor executor, Consumer<BoardSnapshot> onResult, Consumer<Failure> onFailure) {
        this.session = session;
        this.onResult = onResult;
        this.onFailure = onFailure;
        setExecutor(executor);
        setDelay(Duration.ZERO);
        setRestartOnFailure(true);
        setMaximumFailureCount(Integer.MAX_VALUE);
        setBackoffStrategy(RefreshService::backoff);
    }

    static Duration backoff(ScheduledService<?> service) {
        Duration period = service.getPeriod() == null ? Duration.seconds(10) : service.getPeriod();
        int failures = Math.max(1, service.getCurrentFailureCount());
        double factor = Math.pow(2, Math.min(failures - 1, 10));
        Duration next = period.multiply(factor);
        Duration cap = MAX_BACKOFF.greaterThan(period) ? MAX_BACKOFF : period;
        return next.greaterThan(cap) ? cap : next;
    }

    /**
     * Runs a refresh now. {@code Service.restart()} cancels the task but not a pending back-off
     * timer, which then fires a cancelled task later; {@link #cancel()} clears both.
     */
    void runNow() {
        cancel();
        reset();
        start();
    }

    void setSession(SourceSession next) {
        session = next;
    }

    @Override
    protected Task<BoardSnapshot> createTask() {
        SourceSession current = session;
        return new Task<>() {
            @Override
            protected BoardSnapshot call() throws Exception {
                return current.refresh();
            }
        };
    }

    @Override
    protected void succeeded() {
        // Read the value before super.succeeded() reschedules and clears it.
        BoardSnapshot snapshot = getValue();
        super.succeeded();
        if (snapshot != null) onResult.accept(snapshot);
    }

    @Override
    protected void failed() {
        Throwable error = getException();
        super.failed();
        Duration next = getCumulativePeriod() == null ? getPeriod() : getCumulativePeriod();
        onFailure.accept(new Failure(error, getCurrentFailureCount(), next));
    }
}
