package com.queuewallboard.insight;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short durations as people type them on a command line: "30m", "1h", "900s", "1.5h". */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|sec|m|min|h|hr)?");

    private DurationText() {
    }

    /** A period, whose unit must be written ("30m", "1h", "900s"): a bare number is ambiguous. */
    public static Duration parsePeriod(String text) {
        return parse(text, null, "period", "30m, 1h or 900s");
    }

    /** An average handle time: a bare number means seconds ("180"), a unit may be given ("3m"). */
    public static Duration parseHandleTime(String text) {
        return parse(text, "s", "handle time", "180 (seconds) or 3m");
    }

    private static Duration parse(String text, String defaultUnit, String what, String examples) {
        String usage = "Write the " + what + " like " + examples;
        if (text == null || text.isBlank()) throw new IllegalArgumentException(usage + ".");
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new IllegalArgumentException(usage + ", not '" + text.strip() + "'.");
        String unit = m.group(2) != null ? m.group(2) : defaultUnit;
        if (unit == null) throw new IllegalArgumentException("Give the " + what + " a unit, e.g. " + examples + ".");
        double seconds = Double.parseDouble(m.group(1)) * switch (unit.charAt(0)) {
            case 'h' -> 3600;
            case 'm' -> 60;
            default -> 1;
        };
        if (seconds <= 0) throw new IllegalArgumentException("The " + what + " must be longer than 0 seconds.");
        if (seconds > 366 * 86_400.0) throw new IllegalArgumentException("The " + what + " must be a year or less.");
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The shortest of "1800s" / "30m" / "1h" that says a duration exactly, for echoing input back. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        if (d.toMillis() % 1000 != 0) return d.toMillis() / 1000.0 + "s";
        if (s % 3600 == 0) return s / 3600 + "h";
        if (s % 60 == 0) return s / 60 + "m";
        return s + "s";
    }
}
