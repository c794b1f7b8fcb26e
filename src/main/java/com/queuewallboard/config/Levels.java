package com.queuewallboard.config;

import com.queuewallboard.board.Thresholds;

/** The one check of warning and alert levels, whatever their source: in range, and warning not above alert. */
final class Levels {
    /** The options whose ranges the four levels share, in {@link Thresholds}' order. */
    static final Option[] OPTIONS = {Option.WARN_WAITING, Option.ALERT_WAITING, Option.WARN_WAIT, Option.ALERT_WAIT};

    private Levels() {
    }

    /** Names of the four levels in one source, e.g. "settings file /p: thresholds.waitingWarning". */
    static String[] names(String prefix, String... fields) {
        String[] out = new String[4];
        for (int i = 0; i < 4; i++) out[i] = prefix + (fields.length == 4 ? fields[i] : " " + OPTIONS[i].name + " level");
        return out;
    }

    /** In range by the options' own ranges (a negative level would turn every queue amber). */
    static Thresholds checked(Thresholds t, String[] names) throws ConfigException {
        Integer[] v = {t.waitingWarning(), t.waitingAlert(), t.longestWaitWarningSeconds(), t.longestWaitAlertSeconds()};
        for (int i = 0; i < 4; i++) {
            if (v[i] != null) OPTIONS[i].intValue(String.valueOf(v[i]), names[i]);
        }
        checkOrder(t, names);
        return t;
    }

    /** A queue would turn red before amber: that is a typo, not a wish. */
    static void checkOrder(Thresholds t, String[] names) throws ConfigException {
        pair(t.waitingWarning(), t.waitingAlert(), names[0], names[1]);
        pair(t.longestWaitWarningSeconds(), t.longestWaitAlertSeconds(), names[2], names[3]);
    }

    private static void pair(Integer warn, Integer alert, String warnName, String alertName) throws ConfigException {
        if (warn != null && alert != null && warn > alert) {
            throw new ConfigException(warnName + " (" + warn + ") is above " + alertName + " (" + alert
                    + "): a queue would turn red before amber. Lower the warning level or raise the alert level.");
        }
    }
}
