package com.queuewallboard.genesys;

import com.queuewallboard.board.QueueFigures;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

    private final Set<String> mediaTypes;

    ObservationMapper(List<String> mediaTypes) {
        this.mediaTypes = Set.copyOf(mediaTypes.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList());
    }

    Map<String, QueueFigures> map(ObservationJson.Response response, Map<String, String> names, Instant now) {
        List<ObservationGroup> groups = response == null || response.groups() == null ? List.of() : response.groups();
        Map<String, Tally> tallies = new HashMap<>(groups.size());   // sized once: a queue has one group or more
        for (ObservationGroup group : groups) {
            String queueId = group.queueId();
            if (queueId == null || !names.containsKey(queueId)) continue;
            String media = group.mediaType();
            Tally tally = tallies.computeIfAbsent(queueId, id -> new Tally());
            String mediaKey = media == null ? "" : media.toLowerCase(Locale.ROOT);
            // the same group twice (a repeated page, a proxy's retry) must not count twice
            if (!tally.firstSighting(mediaKey)) continue;
            // the queue exists and is live, just not in our media: it has data, all of it 0
            if (media != null && !mediaTypes.contains(mediaKey)) continue;
            tally.add(group, media != null);
        }
        Map<String, QueueFigures> out = new HashMap<>(tallies.size() * 2);
        tallies.forEach((id, t) -> out.put(id, t.toFigures(id, names.get(id), now)));
        return out;
    }

    /** Sums for one queue. Conversation figures from media groups win over an all-media group. */
    private static final class Tally {
        /** Media types of the groups seen ("" for {queueId}): a queue has one to three, so no set. */
        private String firstGroup, secondGroup;
        private List<String> moreGroups;
        boolean usersFromMedia;
        /** Conversations: from the all-media group until a media group with data comes, then from media groups only. */
        boolean sawPerMedia;
        int waiting, interacting, alerting;
        double longestDurationMs;
        double oldestEpochMs = Double.POSITIVE_INFINITY;
        /** Candidate oldest oWaiting dates, kept unparsed until needed. */
        List<List<String>> waitingSince;
        boolean sawUserGroup;
        int idle, onQueue, notResponding, offQueue, active, members;

        void add(ObservationGroup group, boolean mediaGroup) {
            if (!group.hasData()) return;
            if (mediaGroup && !sawPerMedia) {
                // media groups' conversations win over the all-media group's: drop what it gave
                sawPerMedia = true;
                waiting = interacting = alerting = 0;
                longestDurationMs = 0;
                oldestEpochMs = Double.POSITIVE_INFINITY;
                waitingSince = null;
            }
            // User metrics belong to the {queueId} group; only fall back to ONE media group's copy
            // (agents are per queue: voice and chat groups would report the same people twice).
            boolean takeUsers = !mediaGroup || (!sawUserGroup && !usersFromMedia);
            if (mediaGroup && takeUsers && group.hasUserMetrics()) usersFromMedia = true;
            if (!mediaGroup && !sawUserGroup) {
                sawUserGroup = true;
                idle = onQueue = notResponding = offQueue = active = members = 0;
            }
            if (mediaGroup || !sawPerMedia) {
                waiting += group.waiting();
                interacting += group.interacting();
                alerting += group.alerting();
                longestDurationMs = Math.max(longestDurationMs, group.longestDurationMs());
                oldestEpochMs = Math.min(oldestEpochMs, group.oldestEpochMs());
                // read only if oLongestWaiting does not say (dates are dear to parse)
                if (!group.waitingSince().isEmpty()) {
                    if (waitingSince == null) waitingSince = new ArrayList<>(2);
                    waitingSince.add(group.waitingSince());
                }
            }
            if (takeUsers) {
                onQueue += group.onQueue();
                idle += group.idle();
                notResponding += group.notResponding();
                offQueue += group.offQueue();
                active = Math.max(active, group.active());
                members = Math.max(members, group.members());
            }
        }

        /** Whether this is the first group of the queue with this media key. */
        boolean firstSighting(String mediaKey) {
            if (firstGroup == null) {
                firstGroup = mediaKey;
                return true;
            }
            if (firstGroup.equals(mediaKey) || mediaKey.equals(secondGroup)) return false;
            if (secondGroup == null) {
                secondGroup = mediaKey;
                return true;
            }
            if (moreGroups == null) moreGroups = new ArrayList<>(2);
            else if (moreGroups.contains(mediaKey)) return false;
            moreGroups.add(mediaKey);
            return true;
        }

        QueueFigures toFigures(String id, String name, Instant now) {
            // an epoch oLongestWaiting is when the wait began; the wait is now minus that
            double longestWaitMs = Math.max(longestDurationMs, Math.max(0, now.toEpochMilli() - oldestEpochMs));
            long longestSeconds = longestWaitMs > 0 ? Math.round(longestWaitMs / 1000.0) : 0;
            if (longestSeconds == 0 && waiting > 0 && waitingSince != null) {
                Instant oldestWaiting = null;
                for (List<String> dates : waitingSince) {
                    for (String date : dates) oldestWaiting = min(oldestWaiting, parse(date));
                }
                if (oldestWaiting != null) longestSeconds = Math.max(0, (now.toEpochMilli() - oldestWaiting.toEpochMilli()) / 1000);
            }
            if (waiting == 0) longestSeconds = 0;
            return new QueueFigures(id, name, true, waiting, idle, interacting, alerting, onQueue,
                    notResponding, offQueue, active, members, longestSeconds, null);
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
}
