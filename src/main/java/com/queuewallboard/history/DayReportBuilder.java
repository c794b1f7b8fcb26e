package com.queuewallboard.history;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.insight.AlarmEvent;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link DayReport} in one streaming pass over the day's rows (no per-row objects). */
public final class DayReportBuilder {
    /** An ALERT refresh counts at most this long: a longer gap is a stop of the board, not an alert. */
    public static final Duration ALERT_GAP_CAP = Duration.ofMinutes(15);
    private static final long HALF_HOUR_MS = Duration.ofMinutes(30).toMillis();
    /** A DST day has up to 25 hours. */
    private static final int BUCKETS = 50;

    private DayReportBuilder() {
    }

    /** Per queue, what the pass keeps. */
    private static final class Acc {
        final int key;
        int order;
        boolean hasToday;
        long offered;
        long answered;
        long abandoned;
        double serviceLevel = Double.NaN;
        int peakWaiting = -1;
        long peakWaitingAt;
        long longestWait = -1;
        long longestWaitAt;
        long alertMillis;
        long lastAt = Long.MIN_VALUE;
        int lastLevel;
        final long[] bOffered = new long[BUCKETS];
        final long[] bAnswered = new long[BUCKETS];
        final long[] bAbandoned = new long[BUCKETS];
        final double[] bSl = new double[BUCKETS];
        final boolean[] bToday = new boolean[BUCKETS];
        final int[] bPeak = new int[BUCKETS];

        Acc(int key) {
            this.key = key;
            Arrays.fill(bPeak, -1);
            Arrays.fill(bSl, Double.NaN);
        }
    }

    public static DayReport build(HistoryReader reader, LocalDate date, ZoneId zone, double slTarget) throws SQLException {
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        long dayStart = from.toEpochMilli();
        long cap = ALERT_GAP_CAP.toMillis();
        Map<Integer, Acc> accs = new HashMap<>();
        List<Acc> order = new ArrayList<>();
        long[] refreshCount = {0, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};   // count, first, last, previous at
        reader.scanSamples(from, to, (at, key, status, level, waiting, longestWait, hasToday, offered, answered, abandoned, sl) -> {
            if (at != refreshCount[3]) {
                refreshCount[0]++;
                refreshCount[1] = Math.min(refreshCount[1], at);
                refreshCount[2] = Math.max(refreshCount[2], at);
                refreshCount[3] = at;
            }
            Acc a = accs.get(key);
            if (a == null) {
                a = new Acc(key);
                a.order = order.size();
                accs.put(key, a);
                order.add(a);
            }
            if (a.lastAt != Long.MIN_VALUE && a.lastLevel == AlertLevel.ALERT.ordinal()) {
                a.alertMillis += Math.min(at - a.lastAt, cap);
            }
            a.lastAt = at;
            a.lastLevel = level;
            int b = (int) Math.min(BUCKETS - 1, (at - dayStart) / HALF_HOUR_MS);
            // peaks from fresh live figures only: a stale row repeats an older refresh
            if (status == StoredStatus.OK.ordinal()) {
                if (waiting > a.peakWaiting) {
                    a.peakWaiting = waiting;
                    a.peakWaitingAt = at;
                }
                if (longestWait > a.longestWait) {
                    a.longestWait = longestWait;
                    a.longestWaitAt = at;
                }
                if (waiting > a.bPeak[b]) a.bPeak[b] = waiting;
            }
            if (hasToday) {
                a.hasToday = true;
                a.offered = offered;
                a.answered = answered;
                a.abandoned = abandoned;
                a.serviceLevel = sl;
                a.bToday[b] = true;
                a.bOffered[b] = offered;
                a.bAnswered[b] = answered;
                a.bAbandoned[b] = abandoned;
                a.bSl[b] = sl;
            }
        });
        Map<String, List<DayReport.Alarm>> alarms = alarms(reader.alarms(from, to));
        List<DayReport.QueueDay> queues = new ArrayList<>();
        for (Acc a : order) {
            String id = reader.queueId(a.key);
            queues.add(new DayReport.QueueDay(id, reader.queueName(a.key),
                    a.hasToday ? a.offered : null, a.hasToday ? a.answered : null, a.hasToday ? a.abandoned : null,
                    a.hasToday && !Double.isNaN(a.serviceLevel) ? a.serviceLevel : null,
                    a.peakWaiting < 0 ? null : a.peakWaiting, a.peakWaiting < 0 ? null : Instant.ofEpochMilli(a.peakWaitingAt),
                    a.longestWait < 0 ? null : a.longestWait, a.longestWait < 0 ? null : Instant.ofEpochMilli(a.longestWaitAt),
                    a.alertMillis / 60_000.0, alarms.getOrDefault(id, List.of()), halfHours(a, dayStart, to.toEpochMilli())));
        }
        return new DayReport(date, zone, slTarget, (int) refreshCount[0],
                refreshCount[0] == 0 ? null : Instant.ofEpochMilli(refreshCount[1]),
                refreshCount[0] == 0 ? null : Instant.ofEpochMilli(refreshCount[2]), queues);
    }

    /**
     * Half hours with data: differences of the running totals between the last row of the half
     * hour and the last row before it. The half hour's service level comes from the running ratio
     * weighted by calls that ended (answered + abandoned), the ratio's usual denominator.
     */
    private static List<DayReport.HalfHour> halfHours(Acc a, long dayStart, long dayEnd) {
        List<DayReport.HalfHour> out = new ArrayList<>();
        long pOffered = 0;
        long pAnswered = 0;
        long pAbandoned = 0;
        double pSl = 0;
        for (int b = 0; b < BUCKETS; b++) {
            long start = dayStart + b * HALF_HOUR_MS;
            if (start >= dayEnd) break;
            if (!a.bToday[b] && a.bPeak[b] < 0) continue;
            long offered = 0;
            long answered = 0;
            long abandoned = 0;
            Double sl = null;
            if (a.bToday[b]) {
                // the running totals restart at midnight: a drop means a new count from 0
                if (a.bOffered[b] < pOffered) {
                    pOffered = 0;
                    pAnswered = 0;
                    pAbandoned = 0;
                    pSl = 0;
                }
                offered = a.bOffered[b] - pOffered;
                answered = Math.max(0, a.bAnswered[b] - pAnswered);
                abandoned = Math.max(0, a.bAbandoned[b] - pAbandoned);
                double ended = a.bAnswered[b] + a.bAbandoned[b];
                double endedBefore = pAnswered + pAbandoned;
                if (!Double.isNaN(a.bSl[b]) && ended > endedBefore) {
                    double inTime = a.bSl[b] * ended - (Double.isNaN(pSl) ? 0 : pSl) * endedBefore;
                    sl = Math.max(0, Math.min(1, inTime / (ended - endedBefore)));
                }
                pOffered = a.bOffered[b];
                pAnswered = a.bAnswered[b];
                pAbandoned = a.bAbandoned[b];
                pSl = Double.isNaN(a.bSl[b]) ? pSl : a.bSl[b];
            }
            out.add(new DayReport.HalfHour(Instant.ofEpochMilli(start), offered, answered, abandoned, sl,
                    a.bPeak[b] < 0 ? null : a.bPeak[b]));
        }
        return out;
    }

    /** Each RAISED with the time to the first ACKNOWLEDGED of the same queue and reason after it. */
    static Map<String, List<DayReport.Alarm>> alarms(List<AlarmEvent> events) {
        Map<String, List<DayReport.Alarm>> out = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            AlarmEvent e = events.get(i);
            if (e.kind() != AlarmEvent.Kind.RAISED) continue;
            Long ack = null;
            for (int j = i + 1; j < events.size(); j++) {
                AlarmEvent later = events.get(j);
                if (!later.queueId().equals(e.queueId()) || !java.util.Objects.equals(later.reason(), e.reason())) continue;
                if (later.kind() == AlarmEvent.Kind.ACKNOWLEDGED) {
                    ack = Duration.between(e.at(), later.at()).toSeconds();
                    break;
                }
                if (later.kind() == AlarmEvent.Kind.CLEARED) break;
            }
            out.computeIfAbsent(e.queueId(), k -> new ArrayList<>())
                    .add(new DayReport.Alarm(e.at(), e.reason(), e.level() == null ? null : e.level().name(), ack));
        }
        return out;
    }
}
