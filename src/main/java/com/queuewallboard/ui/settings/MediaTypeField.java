package com.queuewallboard.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The media-types field as the supervisor types it: "voice, chat" or "voice chat", any case. */
final class MediaTypeField {
    static final Set<String> MEDIA_TYPES = com.queuewallboard.config.SettingsLoader.MEDIA_TYPES;

    private MediaTypeField() {
    }

    /** Lower-case types in the order typed, without repeats. */
    static List<String> parse(String text) {
        List<String> list = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            String t = part.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !list.contains(t)) list.add(t);
        }
        return list;
    }

    /** The first problem in plain words, or "" when every type is known. */
    static String check(String text) {
        List<String> types = parse(text);
        if (types.isEmpty()) return "Enter at least one media type, e.g. voice.";
        for (String t : types) {
            if (!MEDIA_TYPES.contains(t)) {
                return "Unknown media type '" + t + "'. Use voice, chat, email, message or callback.";
            }
        }
        return "";
    }
}
