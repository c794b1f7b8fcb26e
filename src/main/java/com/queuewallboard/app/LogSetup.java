package com.queuewallboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends all logging (ours, HttpClient's via SLF4J, JavaFX's) to a rotating file in the user's
 * folder and nowhere else: the terminal only ever shows what the user asked for.
 */
public final class LogSetup {
    private LogSetup() {
    }

    private static boolean done;

    /**
     * Lets go of the log file, for a launcher that hands the work to a second JVM (the window
     * with its JVM options): the log file stays {@code queue-wallboard-0.log} for the one that
     * works, instead of a {@code .1} beside a file held open by a waiting process.
     */
    public static synchronized void release() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
    }

    /** Idempotent: the launcher calls it first thing; the wallboard calls it again in case it was started another way. */
    public static synchronized void toFile() {
        if (done) return;
        done = true;
        LogManager.getLogManager().reset();   // removes the console handler
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        // HttpClient's DEBUG wire log would hold Authorization headers; keep it well above that.
        Logger.getLogger("org.apache.hc").setLevel(Level.WARNING);
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(AppPaths.home());
            Handler file = new FileHandler(AppPaths.home().resolve(AppPaths.LOG_PATTERN).toString(), 2_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No writable folder: run without a log rather than not at all (and say nothing on stdout).
        }
    }
}
