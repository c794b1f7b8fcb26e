package com.queuewallboard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The queues a user asked for, split into ids and names, checked before any call: an entry that
 * looks like a queue id but is not a valid one is a typo, and is reported as such.
 */
public record QueueSelection(List<String> ids, List<String> names) {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Shaped like an id (8-4-4-4-12, any letters, maybe braces) or a long run of hex: meant as an id. */
    private static final Pattern ID_LIKE = Pattern.compile(
            "\\{?[0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12}}?|[0-9a-fA-F-]{16,}");

    public QueueSelection {
        ids = List.copyOf(ids);
        names = List.copyOf(names);
    }

    /** Everything (ids and names), in the order given; a problem names where the list came from. */
    public static QueueSelection parse(List<String> entries, String source) throws ConfigException {
        try {
            return parse(entries);
        } catch (ConfigException e) {
            throw new ConfigException(source + ": " + e.getMessage());
        }
    }

    /** Everything (ids and names), in the order given. */
    public static QueueSelection parse(List<String> entries) throws ConfigException {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.strip();
            if (entry.isEmpty()) continue;
            // {uuid}, as some tools copy it: the id inside is what was meant
            if (entry.startsWith("{") && entry.endsWith("}") && isQueueId(entry.substring(1, entry.length() - 1))) {
                entry = entry.substring(1, entry.length() - 1);
            }
            if (isQueueId(entry)) {
                if (!ids.contains(entry.toLowerCase())) ids.add(entry.toLowerCase());
            } else if (ID_LIKE.matcher(entry).matches()) {
                throw malformed(entry);
            } else if (!names.contains(entry)) {
                names.add(entry);
            }
        }
        return new QueueSelection(ids, names);
    }

    /** For settings that only take ids (GENESYS_QUEUE_ID / GENESYS_QUEUE_IDS). */
    public static void requireIds(List<String> entries, String source) throws ConfigException {
        for (String entry : entries) {
            String e = entry.strip();
            if (!e.isEmpty() && !isQueueId(e)) {
                throw new ConfigException(source + ": '" + e + "' is not a queue id. Queue ids look like "
                        + "1b2c3d4e-0000-4000-8000-123456789abc; use --list-queues to see them, or --queues to give names.");
            }
        }
    }

    public static boolean isQueueId(String text) {
        return UUID.matcher(text.strip()).matches();
    }

    public boolean isEmpty() {
        return ids.isEmpty() && names.isEmpty();
    }

    private static ConfigException malformed(String entry) {
        return new ConfigException("'" + entry + "' is not a valid queue id (a queue id has 36 characters, like "
                + "1b2c3d4e-0000-4000-8000-123456789abc). Check for a typo, or use --list-queues to see the ids.");
    }
}
