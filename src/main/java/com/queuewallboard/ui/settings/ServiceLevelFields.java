package com.queuewallboard.ui.settings;

import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Option;

/**
 * The service-level target ("80/20") and margin (points) as the supervisor types them, checked by
 * the very rules the settings file is read with ({@link ServiceLevelTarget#parse},
 * {@link Option#SL_MARGIN}); empty means "not set".
 */
final class ServiceLevelFields {
    private ServiceLevelFields() {
    }

    /** "" when the text is empty or a readable target, else what is wrong and what to type. */
    static String checkTarget(String text) {
        if (text == null || text.isBlank()) return "";
        try {
            ServiceLevelTarget.parse(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage() + " Leave it empty for the queue's own target.";
        }
    }

    /** "" -> null (each queue's own target from Genesys, else 80/20). Only for checked text. */
    static ServiceLevelTarget parseTarget(String text) {
        return text == null || text.isBlank() ? null : ServiceLevelTarget.parse(text);
    }

    /** "" when the text is empty or a whole number in the margin's range (0-99). */
    static String checkMargin(String text) {
        if (text == null || text.isBlank()) return "";
        try {
            Option.SL_MARGIN.intValue(text, "The margin");
            return "";
        } catch (ConfigException e) {
            return e.getMessage();
        }
    }

    /** "" -> null (the default margin). Only for checked text. */
    static Integer parseMargin(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    /** A target for a text field: empty when none is set. */
    static String text(ServiceLevelTarget target) {
        return target == null ? "" : target.toString();
    }
}
