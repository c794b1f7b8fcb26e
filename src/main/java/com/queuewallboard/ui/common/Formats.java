package com.queuewallboard.ui.common;

import java.time.Duration;

/** How figures read on the board: waits as m:ss, ages as "45s" / "2m" / "1h 5m", missing as a dash. */
public final class Formats {
    /** Shown instead of a figure that is not known (never a misleading 0). */
    public static final String UNKNOWN = "\u2014";

    private Formats() {
    }

    /** 0:00, 4:32, 1:02:03. */
    public static String waitTime(long seconds) {
        if (seconds < 0) seconds = 0;
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        // Called for every tile on every refresh: plain appends, not String.format.
        StringBuilder out = new StringBuilder(8);
        if (h > 0) {
            out.append(h).append(':');
            if (m < 10) out.append('0');
        }
        out.append(m).append(':');
        if (s < 10) out.append('0');
        return out.append(s).toString();
    }

    /** A short age for badges and the status bar: 45s, 2m, 1h 5m, 3d. */
    public static String age(Duration age) {
        long s = Math.max(0, age.getSeconds());
        if (s < 60) return s + "s";
        if (s < 3600) return (s / 60) + "m";
        if (s < 86_400) {
            long m = (s % 3600) / 60;
            return (s / 3600) + "h" + (m > 0 ? " " + m + "m" : "");
        }
        return (s / 86_400) + "d";
    }

    /** 0.823 -> "82%". */
    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /** A period for people: "10 s", "2 min". */
    public static String period(Duration d) {
        long s = d.getSeconds();
        return s % 60 == 0 && s >= 60 ? (s / 60) + " min" : s + " s";
    }
}
