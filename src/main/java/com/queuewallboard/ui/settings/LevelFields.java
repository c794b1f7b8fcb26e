package com.queuewallboard.ui.settings;

import com.queuewallboard.ui.common.Formats;

/**
 * Warning/alert level fields as the supervisor types them: whole numbers for calls, seconds or
 * m:ss for waits, empty for "off"; and back to text for the fields and the overrides list.
 */
final class LevelFields {
    private LevelFields() {
    }

    /** Checks a warning/alert pair; empty means off. Waits take seconds or m:ss. */
    static String checkPair(String warning, String alert, boolean isTime, String what) {
        Integer w;
        Integer a;
        try {
            w = parseLevel(warning, isTime);
            a = parseLevel(alert, isTime);
        } catch (IllegalArgumentException e) {
            return isTime ? "Enter the " + what + " as seconds (90) or minutes:seconds (1:30), or leave it empty."
                    : "Enter a whole number of " + what + " (1 or more), or leave it empty.";
        }
        if (w != null && a != null && w > a) return "The warning level for " + what + " must not be above the alert level.";
        return "";
    }

    /** "" -> null (off); "90" or "1:30" -> seconds; whole numbers >= 1. */
    static Integer parseLevel(String text, boolean isTime) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) return null;
        int value;
        try {
            if (isTime && s.contains(":")) {
                String[] parts = s.split(":", -1);
                if (parts.length != 2 || parts[1].length() != 2) throw new IllegalArgumentException(s);
                int m = Integer.parseInt(parts[0]);
                int sec = Integer.parseInt(parts[1]);
                if (m < 0 || sec < 0 || sec > 59) throw new IllegalArgumentException(s);
                value = m * 60 + sec;
            } else {
                value = Integer.parseInt(s);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(s, e);
        }
        if (value < 1) throw new IllegalArgumentException(s);
        return value;
    }

    /** A level for the overrides list: "default" when the board-wide one applies. */
    static String describe(Integer v, boolean time) {
        return v == null ? "default" : time ? Formats.waitTime(v) : v.toString();
    }

    /** A level for a text field: empty when off. */
    static String text(Integer v) {
        return v == null ? "" : v.toString();
    }
}
