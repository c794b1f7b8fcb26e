package com.queuewallboard.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Local days of the simulated contact centre. Agents' shifts and the call waves follow the
 * local clock in the configured zone; this turns model milliseconds into "which day, how far
 * into it" and caches the current day, since the model asks thousands of times a second.
 * Only ever used under the contact centre's lock.
 */
final class DayCalendar {

    private final ZoneId zone;
    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;
    private long epochDay;

    DayCalendar(ZoneId zone) {
        this.zone = zone;
    }

    /** Epoch ms of the local midnight that starts the day holding {@code ms}. */
    long dayStart(long ms) {
        locate(ms);
        return dayStart;
    }

    /** Local calendar day number (epoch day) holding {@code ms}; seeds the agents' day plans. */
    long epochDay(long ms) {
        locate(ms);
        return epochDay;
    }

    /** Seconds since local midnight; DST days just run a little short or long. */
    double secondsIntoDay(long ms) {
        locate(ms);
        return (ms - dayStart) / 1000.0;
    }

    private void locate(long ms) {
        if (ms >= dayStart && ms < dayEnd) {
            return;
        }
        LocalDate date = Instant.ofEpochMilli(ms).atZone(zone).toLocalDate();
        dayStart = date.atStartOfDay(zone).toInstant().toEpochMilli();
        dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        epochDay = date.toEpochDay();
    }
}
