package com.queuewallboard.cli;

import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;

import java.util.Locale;

/** --watch-on: print a snapshot on each pushed change (the default) or on each interval. */
enum WatchOn {
    CHANGE, INTERVAL;

    static WatchOn parse(String text) throws ConfigException {
        if (text == null) return CHANGE;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "change" -> CHANGE;
            case "interval" -> INTERVAL;
            default -> throw CommandLine.usage("--watch-on must be change or interval, not '" + text.strip() + "'.");
        };
    }
}
