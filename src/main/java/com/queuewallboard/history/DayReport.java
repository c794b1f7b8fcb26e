package com.queuewallboard.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The end-of-day report of one recorded day: per queue the day's totals (the last recorded
 * "today" figures), service level against the target, per half hour, the peaks, minutes in ALERT
 * and the alarms with their time to acknowledge.
 *
 * @param slTarget  the service-level target as a fraction (0.8 for 80 %)
 * @param refreshes how many refreshes were recorded that day (0: nothing recorded)
 */
public record DayReport(LocalDate date, ZoneId zone, double slTarget, int refreshes, Instant first, Instant last,
                        List<QueueDay> queues) {

    /**
     * One queue's day. Totals are null when today's figures were never fetched that day.
     *
     * @param alertMinutes minutes the queue's level was ALERT: each ALERT refresh counts until the
     *                     next refresh, at most {@link DayReportBuilder#ALERT_GAP_CAP} (a gap in
     *                     the recording is not counted as alert)
     */
    public record QueueDay(String queueId, String queueName, Long offered, Long answered, Long abandoned,
                           Double serviceLevel, Integer peakWaiting, Instant peakWaitingAt, Long longestWaitSeconds,
                           Instant longestWaitAt, double alertMinutes, List<Alarm> alarms, List<HalfHour> halfHours) {

        public long alarmsRaised() {
            return alarms.size();
        }

        public long alarmsAcknowledged() {
            return alarms.stream().filter(a -> a.acknowledgedAfterSeconds() != null).count();
        }

        /** The median time to acknowledge (s), or null when none was acknowledged. */
        public Long medianAckSeconds() {
            List<Long> acks = alarms.stream().map(Alarm::acknowledgedAfterSeconds).filter(java.util.Objects::nonNull)
                    .sorted().toList();
            return acks.isEmpty() ? null : acks.get((acks.size() - 1) / 2);
        }

        public Long maxAckSeconds() {
            return alarms.stream().map(Alarm::acknowledgedAfterSeconds).filter(java.util.Objects::nonNull)
                    .max(Long::compare).orElse(null);
        }
    }

    /** Calls that arrived and ended in one half hour (differences of the running totals). */
    public record HalfHour(Instant start, long offered, long answered, long abandoned, Double serviceLevel,
                           Integer peakWaiting) {
    }

    /** An alarm raised that day; {@code acknowledgedAfterSeconds} null when nobody acknowledged it. */
    public record Alarm(Instant raised, String reason, String level, Long acknowledgedAfterSeconds) {
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** ISO 8601 with the zone's offset, whole seconds: "2026-12-01T10:42:10+01:00". */
    public String iso(Instant t) {
        return t == null ? null : ZonedDateTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), zone).format(ISO);
    }

    /** "10:42" in the report's zone. */
    public String hhmm(Instant t) {
        return t == null ? "" : ZonedDateTime.ofInstant(t, zone).format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
