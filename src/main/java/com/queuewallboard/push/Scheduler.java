package com.queuewallboard.push;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs the feed's timed work; tests give one that follows a mutable clock instead of real time. */
public interface Scheduler {

    /** A scheduled task that can be called off. */
    interface Task {
        void cancel();
    }

    /** Runs {@code task} once after {@code delay} (zero: as soon as possible, on another thread). */
    Task schedule(Runnable task, Duration delay);

    /** Real time, on the given executor (one thread is plenty). */
    static Scheduler of(ScheduledExecutorService executor) {
        return (task, delay) -> {
            ScheduledFuture<?> f = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }
}
