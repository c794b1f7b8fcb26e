package com.queuewallboard.genesys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.queuewallboard.board.QueueFigures;

import java.io.IOException;
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
 * The observations reader as it was before the one-pass parser (records of the whole answer, then
 * a mapping over them), kept verbatim as the reference the one-pass reader must agree with
 * (ObservationEquivalenceTest), and as the data-binding baseline of the benchmark.
 */
final class ObservationReference {
    private ObservationReference() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(List<Result> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(Map<String, String> group, List<Datum> data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Datum(String metric, String qualifier, ObservationJson.Stats stats, List<Observation> observations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Observation(String observationDate) {
    }

    /** The old streaming parser into the records. */
    static final class Parser {
        private Parser() {
        }

    private static final JsonFactory FACTORY = new JsonFactory();

    

    static Response parse(byte[] body) throws IOException {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            List<Result> results = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("results") && p.currentToken() == JsonToken.START_ARRAY) {
                    results = new ArrayList<>();
                    while (nextElement(p)) results.add(result(p));
                } else {
                    p.skipChildren();
                }
            }
            return new Response(results);
        }
    }

    private static Result result(JsonParser p) throws IOException {
        Map<String, String> group = null;
        List<Datum> data = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("group") && t == JsonToken.START_OBJECT) {
                group = new HashMap<>(4);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    if (p.currentToken() == JsonToken.VALUE_STRING) group.put(key, p.getText());
                    else p.skipChildren();
                }
            } else if (field.equals("data") && t == JsonToken.START_ARRAY) {
                data = new ArrayList<>();
                while (nextElement(p)) data.add(datum(p));
            } else {
                p.skipChildren();
            }
        }
        return new Result(group, data);
    }

    private static Datum datum(JsonParser p) throws IOException {
        String metric = null;
        String qualifier = null;
        ObservationJson.Stats stats = null;
        List<Observation> observations = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "metric" -> metric = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "qualifier" -> qualifier = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "stats" -> stats = t == JsonToken.START_OBJECT ? stats(p) : skip(p);
                case "observations" -> observations = t == JsonToken.START_ARRAY ? observations(p) : skip(p);
                default -> p.skipChildren();
            }
        }
        return new Datum(metric, qualifier, stats, observations);
    }

    private static ObservationJson.Stats stats(JsonParser p) throws IOException {
        Double count = null, sum = null, max = null, min = null, ratio = null, numerator = null, denominator = null,
                target = null, calculated = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            Double v = t.isNumeric() ? p.getDoubleValue() : null;
            if (!t.isScalarValue()) p.skipChildren();
            switch (field) {
                case "count" -> count = v;
                case "sum" -> sum = v;
                case "max" -> max = v;
                case "min" -> min = v;
                case "ratio" -> ratio = v;
                case "numerator" -> numerator = v;
                case "denominator" -> denominator = v;
                case "target" -> target = v;
                case "calculatedMetricValue" -> calculated = v;
                default -> { /* unknown statistic */ }
            }
        }
        return new ObservationJson.Stats(count, sum, max, min, ratio, numerator, denominator, target, calculated);
    }

    private static List<Observation> observations(JsonParser p) throws IOException {
        List<Observation> out = new ArrayList<>();
        while (nextElement(p)) {
            String date = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("observationDate") && v == JsonToken.VALUE_STRING) date = p.getText();
                else p.skipChildren();
            }
            out.add(new Observation(date));
        }
        return out;
    }

    /** Moves to the next object in an array, skipping anything else; false at the array's end. */
    private static boolean nextElement(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) return true;
            p.skipChildren();
        }
        return false;
    }

    private static <T> T skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }
    }

    /** The old mapping of the records to figures. */
    static final class Mapper {

    private static final DateTimeFormatter LENIENT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    /** Above this, an oLongestWaiting value is an epoch timestamp, not a duration (belief: it is ms). */
    private static final double EPOCH_MS_FLOOR = 1e11;

    private final Set<String> mediaTypes;

    Mapper(List<String> mediaTypes) {
        this.mediaTypes = Set.copyOf(mediaTypes.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList());
    }

    Map<String, QueueFigures> map(Response response, Map<String, String> names, Instant now) {
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
                for (List<Observation> details : c.waitingDetails) oldestWaiting = oldest(oldestWaiting, details);
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

        private Instant oldest(Instant current, List<Observation> observations) {
            if (observations == null || observations.isEmpty()) return current;
            // Sorted oldest first (and when truncated the first half are the oldest), but take the
            // minimum anyway so an unsorted answer cannot hide the longest wait. ISO-8601 UTC
            // strings of one length sort as text, so only the earliest is parsed.
            String earliest = null;
            Instant oldest = current;
            for (Observation o : observations) {
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
        final List<List<Observation>> waitingDetails = new java.util.ArrayList<>(1);
    }
    }
}
