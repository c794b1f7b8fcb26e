package com.queuewallboard.genesys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Intervals for the aggregates query: "today" is local midnight to the next midnight in the
 * configured zone; "recent" is a window ending now.
 */
final class TodayInterval {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private TodayInterval() {
    }

    /**
     * The zone as an IANA name, which is what Genesys takes: a fixed offset such as +01:00 (a
     * machine's default can be one) becomes Etc/GMT-1 (POSIX signs are inverted), UTC becomes
     * Etc/UTC. Offsets that are not whole hours have no IANA name and are sent as they are.
     */
    static String zoneName(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (!(normal instanceof java.time.ZoneOffset offset)) return zone.getId();
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) return "Etc/UTC";
        if (seconds % 3600 != 0) return offset.getId();
        int hours = seconds / 3600;
        return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
    }

    static String of(Instant now, ZoneId zone) {
        ZonedDateTime start = now.atZone(zone).toLocalDate().atStartOfDay(zone);
        ZonedDateTime end = start.toLocalDate().plusDays(1).atStartOfDay(zone);
        return ISO_MILLIS.format(start) + "/" + ISO_MILLIS.format(end);
    }

    /** {@code now - window / now}, in the zone's offset, to the millisecond. */
    static String recent(Instant now, java.time.Duration window, ZoneId zone) {
        return ISO_MILLIS.format(now.minus(window).atZone(zone)) + "/" + ISO_MILLIS.format(now.atZone(zone));
    }
}
