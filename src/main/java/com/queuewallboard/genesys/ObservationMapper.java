package com.queuewallboard.genesys;

import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.genesys.ObservationJson.Datum;
import com.queuewallboard.genesys.ObservationJson.Result;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a queue observations response into per-queue figures (genesys-api.md §3). Missing metrics
 * count as 0; a queue absent from the results gets no entry (the caller shows "no data").
 * Unknown metrics and qualifiers are ignored.
 */
final class ObservationMapper {
    private static final DateTimeFormatter LENIENT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    /** Above this, an oLongestWaiting value is an epoch timestamp, not a duration (belief: it is ms). */
    private static final double EPOCH_MS_FLOOR = 1e11;

    private final Set<String> mediaTypes;

    ObservationMapper(List<String> mediaTypes) {
        this.mediaTypes = Set.copyOf(mediaTypes.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList());
    }

    Map<String, QueueFigures> map(ObservationJson.Response response, Map<String, String> names, Instant now) {
        Map<String, Tally> tallies = new HashMap<>();
        if (response != null && response.results() != null) {
            for (Result result : response.results()) {
                if (result == null || result.group() == null) continue;
                String queueId = result.group().get("queueId");
                if (queueId == null || !names.containsKey(queueId)) continue;
                String media = result.group().get("mediaType");
                Tally tally = tallies.computeIfAbsent(queueId, id -> new Tally());
                // the same group twice (a repeated page, a proxy's retry) must not count twice
                if (!tally.groupsSeen.add(media == null ? "" : media.toLowerCase(Locale.ROOT))) continue;
                // the queue exists and is live, just not in our media: it has data, all of it 0
                if (media != null && !mediaTypes.contains(media.toLowerCase(Locale.ROOT))) continue;
                tally.add(result.data(), media != null, now);
            }
        }
        Map<String, QueueFigures> out = new HashMap<>(tallies.size() * 2);
        tallies.forEach((id, t) -> out.put(id, t.toFigures(id, names.get(id), now)));
        return out;
    }

    /** Sums for one queue. Conversation figures from media groups win over an all-media group. */
    private static final class Tally {
        final java.util.Set<String> groupsSeen = new java.util.HashSet<>(4);
        boolean usersFromMedia;
        final Conversations allMedia = new Conversations();
        final Conversations perMedia = new Conversations();
        boolean sawPerMedia;
        boolean sawUserGroup;
        int idle, onQueue, notResponding, offQueue, active, members;

        void add(List<Datum> data, boolean mediaGroup, Instant now) {
            if (data == null) return;
            Conversations conv = mediaGroup ? perMedia : allMedia;
            if (mediaGroup) sawPerMedia = true;
            // User metrics belong to the {queueId} group; only fall back to ONE media group's copy
            // (agents are per queue: voice and chat groups would report the same people twice).
            boolean takeUsers = !mediaGroup || (!sawUserGroup && !usersFromMedia);
            if (mediaGroup && takeUsers && hasUserMetrics(data)) usersFromMedia = true;
            if (!mediaGroup && !sawUserGroup) {
                sawUserGroup = true;
                idle = onQueue = notResponding = offQueue = active = members = 0;
            }
            for (Datum d : data) {
                if (d == null || d.metric() == null) continue;
                int count = count(d);
                switch (d.metric()) {
                    case "oWaiting" -> {
                        conv.waiting += count;
                        // read only if oLongestWaiting does not say (dates are dear to parse)
                        if (d.observations() != null && !d.observations().isEmpty()) conv.waitingDetails.add(d.observations());
                    }
                    case "oInteracting" -> conv.interacting += count;
                    case "oAlerting" -> conv.alerting += count;
                    case "oLongestWaiting" -> conv.longestWaitMs = Math.max(conv.longestWaitMs, longestMs(d, now));
                    case "oOnQueueUsers" -> {
                        if (takeUsers) addOnQueue(d.qualifier(), count);
                    }
                    case "oOffQueueUsers" -> {
                        if (takeUsers) offQueue += count;
                    }
                    case "oActiveUsers" -> {
                        if (takeUsers) active = Math.max(active, count);
                    }
                    case "oMemberUsers" -> {
                        if (takeUsers) members = Math.max(members, count);
                    }
                    default -> { /* unknown or unused metric: ignore */ }
                }
            }
        }

        private static boolean hasUserMetrics(List<Datum> data) {
            for (Datum d : data) {
                if (d != null && d.metric() != null && d.metric().startsWith("o") && d.metric().endsWith("Users")) return true;
            }
            return false;
        }

        private void addOnQueue(String qualifier, int count) {
            onQueue += count;
            if (qualifier == null) return;
            switch (qualifier.toUpperCase(Locale.ROOT)) {
                case "IDLE" -> idle += count;
                case "NOT_RESPONDING" -> notResponding += count;
                default -> { /* INTERACTING, COMMUNICATING, new ones: on queue, not free */ }
            }
        }

        QueueFigures toFigures(String id, String name, Instant now) {
            Conversations c = sawPerMedia ? perMedia : allMedia;
            long longestSeconds = c.longestWaitMs > 0 ? Math.round(c.longestWaitMs / 1000.0) : 0;
            if (longestSeconds == 0 && c.waiting > 0) {
                Instant oldestWaiting = null;
                for (List<ObservationJson.Observation> details : c.waitingDetails) oldestWaiting = oldest(oldestWaiting, details);
                if (oldestWaiting != null) longestSeconds = Math.max(0, (now.toEpochMilli() - oldestWaiting.toEpochMilli()) / 1000);
            }
            if (c.waiting == 0) longestSeconds = 0;
            return new QueueFigures(id, name, true, c.waiting, idle, c.interacting, c.alerting, onQueue,
                    notResponding, offQueue, active, members, longestSeconds, null);
        }

        private static int count(Datum d) {
            return d.stats() == null || d.stats().count() == null ? 0 : (int) Math.round(d.stats().count());
        }

        private double longestMs(Datum d, Instant now) {
            if (d.stats() == null) return 0;
            Double v = d.stats().calculatedMetricValue() != null ? d.stats().calculatedMetricValue() : d.stats().max();
            if (v == null || v <= 0) return 0;
            return v > EPOCH_MS_FLOOR ? Math.max(0, now.toEpochMilli() - v) : v;
        }

        private Instant oldest(Instant current, List<ObservationJson.Observation> observations) {
            if (observations == null || observations.isEmpty()) return current;
            // Sorted oldest first (and when truncated the first half are the oldest), but take the
            // minimum anyway so an unsorted answer cannot hide the longest wait. ISO-8601 UTC
            // strings of one length sort as text, so only the earliest is parsed.
            String earliest = null;
            Instant oldest = current;
            for (ObservationJson.Observation o : observations) {
                String d = o == null ? null : o.observationDate();
                if (d == null) continue;
                if (earliest == null || (d.length() == earliest.length() && d.endsWith("Z") && d.compareTo(earliest) < 0)) {
                    earliest = d;
                } else if (d.length() != earliest.length() || !d.endsWith("Z")) {
                    oldest = min(oldest, parse(d));
                }
            }
            return earliest == null ? oldest : min(oldest, parse(earliest));
        }

        private static Instant parse(String date) {
            try {
                return Instant.parse(date);
            } catch (DateTimeParseException notUtc) {
                try {
                    return OffsetDateTime.parse(date, LENIENT_OFFSET).toInstant();   // +00:00 or +0000
                } catch (DateTimeParseException unreadable) {
                    return null;   // an unreadable date says nothing about the wait
                }
            }
        }

        private static Instant min(Instant a, Instant b) {
            if (a == null) return b;
            if (b == null) return a;
            return b.isBefore(a) ? b : a;
        }
    }

    private static final class Conversations {
        int waiting, interacting, alerting;
        double longestWaitMs;
        /** oWaiting detail observations, kept unread until needed. */
        final List<List<ObservationJson.Observation>> waitingDetails = new java.util.ArrayList<>(1);
    }
}
