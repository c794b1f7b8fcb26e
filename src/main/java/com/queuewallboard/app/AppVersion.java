package com.queuewallboard.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build, from version.properties, which Maven fills in from the pom when it
 * copies the resources; so --version and the HTTP user agent always say what was built.
 */
public final class AppVersion {
    private static final String UNKNOWN = "unknown";
    private static volatile String current;

    private AppVersion() {
    }

    public static String current() {
        String v = current;
        if (v == null) current = v = read();
        return v;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) return UNKNOWN;
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            // an unfiltered copy (run from an IDE that skips Maven's resource step) still says ${...}
            return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
