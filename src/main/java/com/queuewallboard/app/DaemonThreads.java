package com.queuewallboard.app;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the program makes background threads: daemon threads (they never keep the program
 * or a test JVM alive), named for the thread dumps of a board that has run for weeks, whose
 * uncaught errors go to the log file instead of the terminal.
 */
public final class DaemonThreads {
    private static final Logger LOG = Logger.getLogger(DaemonThreads.class.getName());

    private DaemonThreads() {
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}, ... */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, error) ->
                    LOG.log(Level.SEVERE, "Uncaught on " + thread.getName(), error));
            return t;
        };
    }
}
