package com.queuewallboard.genesys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** "Today" for the aggregates query: local midnight to the next midnight in the configured zone. */
final class TodayInterval {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private TodayInterval() {
    }

    static String of(Instant now, ZoneId zone) {
        ZonedDateTime start = now.atZone(zone).toLocalDate().atStartOfDay(zone);
        ZonedDateTime end = start.toLocalDate().plusDays(1).atStartOfDay(zone);
        return ISO_MILLIS.format(start) + "/" + ISO_MILLIS.format(end);
    }
}
