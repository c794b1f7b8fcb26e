package com.queuewallboard.cli;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What --watch-on change waits for: the source's change signal (a pushed event, or push going
 * live or falling back), or the end of the interval, whichever comes first. A signal that came
 * while a snapshot was being printed is kept, so the next wait ends at once.
 */
final class ChangeWaiter implements Runnable {
    /** At most one snapshot a second, however often the figures change. */
    static final Duration MIN_GAP = Duration.ofSeconds(1);

    private boolean pending;

    /** The source's signal (its own thread). */
    @Override
    public synchronized void run() {
        pending = true;
        notifyAll();
    }

    /** Waits for a signal or {@code max}; false when interrupted (Ctrl+C). */
    synchronized boolean await(Duration max) {
        long end = System.nanoTime() + max.toNanos();
        try {
            while (!pending) {
                long left = end - System.nanoTime();
                if (left <= 0) return true;
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            pending = false;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
