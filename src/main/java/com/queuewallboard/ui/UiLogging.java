package com.queuewallboard.ui;

import com.queuewallboard.config.AppPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging to the log file in the settings folder and away from the console, so
 * the board never prints stack traces to stdout/stderr. Leaves alone a set-up that already has a
 * file handler (the launcher's).
 */
final class UiLogging {
    private UiLogging() {
    }

    static void ensureLogFile() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileHandler) return;
        }
        try {
            Files.createDirectories(AppPaths.home());
            FileHandler file = new FileHandler(AppPaths.logFile().toString(), 2_000_000, 1, true);
            file.setFormatter(new SimpleFormatter());
            for (Handler h : root.getHandlers()) root.removeHandler(h);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No log file possible (read-only home): keep quiet rather than spill onto the console.
            for (Handler h : root.getHandlers()) root.removeHandler(h);
        }
    }
}
