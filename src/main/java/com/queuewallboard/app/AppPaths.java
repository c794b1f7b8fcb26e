package com.queuewallboard.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user folder for settings, the secret and the log file. Tests and portable installs
 * point it elsewhere with {@code -Dqueuewallboard.home=DIR} or {@code QUEUE_WALLBOARD_HOME}.
 */
public final class AppPaths {
    private AppPaths() {
    }

    public static Path home() {
        String override = System.getProperty("queuewallboard.home");
        if (override == null || override.isBlank()) override = System.getenv("QUEUE_WALLBOARD_HOME");
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : userHome, "QueueWallboard");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "QueueWallboard");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(userHome, ".config").toString(), "queue-wallboard");
    }

    /** java.util.logging's pattern: %g is the rotation number, 0 for the current file. */
    static final String LOG_PATTERN = "queue-wallboard-%g.log";

    public static Path logFile() {
        return home().resolve(LOG_PATTERN.replace("%g", "0"));
    }
}
