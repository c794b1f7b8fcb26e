package com.queuewallboard.push;

import com.queuewallboard.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Scheduler} on a {@link MutableClock}: "now" tasks run at once on one worker thread,
 * later ones only when the test advances the clock past them. No real-time sleeping.
 */
final class TestScheduler implements Scheduler, AutoCloseable {

    private record Pending(Instant due, Runnable task, boolean[] cancelled) {
    }

    final MutableClock clock;
    private final List<Pending> pending = new ArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-scheduler");
        t.setDaemon(true);
        return t;
    });

    TestScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Task schedule(Runnable task, Duration delay) {
        boolean[] cancelled = {false};
        if (delay.isZero() || delay.isNegative()) {
            worker.execute(() -> {
                if (!cancelled[0]) {
                    task.run();
                }
            });
        } else {
            pending.add(new Pending(clock.instant().plus(delay), task, cancelled));
        }
        return () -> cancelled[0] = true;
    }

    /** Moves the clock in steps of at most {@code step}, running what falls due, and waits for it. */
    void advance(Duration total, Duration step) throws Exception {
        Duration left = total;
        while (!left.isZero() && !left.isNegative()) {
            Duration d = left.compareTo(step) < 0 ? left : step;
            clock.advance(d);
            left = left.minus(d);
            runDue();
        }
    }

    void runDue() throws Exception {
        List<Pending> due = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            pending.removeIf(p -> {
                if (!p.due.isAfter(now)) {
                    due.add(p);
                    return true;
                }
                return false;
            });
        }
        for (Pending p : due) {
            if (!p.cancelled[0]) {
                worker.submit(p.task).get(30, TimeUnit.SECONDS);
            }
        }
        worker.submit(() -> { }).get(30, TimeUnit.SECONDS); // whatever "now" work they queued
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
