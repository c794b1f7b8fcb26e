package com.queuewallboard.config;

import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.Thresholds;

/**
 * The one check of warning and alert levels, whatever their source: in range, and warning not
 * above alert; the service-level margin in its option's range, the target readable.
 */
final class Levels {
    /** The options whose ranges the four levels share, in {@link Thresholds}' order. */
    static final Option[] OPTIONS = {Option.WARN_WAITING, Option.ALERT_WAITING, Option.WARN_WAIT, Option.ALERT_WAIT};

    private Levels() {
    }

    /** The field names of the four levels in the settings file. */
    static final String[] FILE_FIELDS = {"waitingWarning", "waitingAlert", "longestWaitWarningSeconds",
            "longestWaitAlertSeconds"};
    /** The settings file's names of the service-level target and margin. */
    static final String TARGET_FIELD = "serviceLevelTarget";
    static final String MARGIN_FIELD = "serviceLevelMarginPoints";

    /**
     * In range by the options' own ranges (a negative level would turn every queue amber), and
     * in order.
     *
     * @param source where the levels came from, e.g. "settings file /p: thresholds."
     * @param names  the four levels' names there
     */
    static Thresholds checked(Thresholds t, String source, String[] names) throws ConfigException {
        Integer[] v = {t.waitingWarning(), t.waitingAlert(), t.longestWaitWarningSeconds(), t.longestWaitAlertSeconds()};
        for (int i = 0; i < 4; i++) {
            if (v[i] != null) OPTIONS[i].intValue(String.valueOf(v[i]), source + names[i]);
        }
        checkOrder(t, source, names);
        if (t.serviceLevelMarginPoints() != null) {
            Option.SL_MARGIN.intValue(String.valueOf(t.serviceLevelMarginPoints()), source + MARGIN_FIELD);
        }
        return t;
    }

    /** The target as written in a file ("80/20"), or null when absent. */
    static ServiceLevelTarget target(String text, String source) throws ConfigException {
        return text == null || text.isBlank() ? null : Option.serviceLevelTarget(text, source + TARGET_FIELD);
    }

    /** A queue would turn red before amber: that is a typo, not a wish. */
    static void checkOrder(Thresholds t, String source, String[] names) throws ConfigException {
        pair(t.waitingWarning(), t.waitingAlert(), source, names[0], names[1]);
        pair(t.longestWaitWarningSeconds(), t.longestWaitAlertSeconds(), source, names[2], names[3]);
    }

    private static void pair(Integer warn, Integer alert, String source, String warnName, String alertName)
            throws ConfigException {
        if (warn != null && alert != null && warn > alert) {
            throw new ConfigException(source + warnName + " (" + warn + ") is above " + alertName + " (" + alert
                    + "): a queue would turn red before amber. Lower the warning level or raise the alert level.");
        }
    }
}
