package com.queuewallboard.genesys;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads an observations response with Jackson's streaming parser in one pass, summing each
 * result's data as it streams by: a 1,000-queue answer is about 1 MB, and building records of it
 * first (a list per result, a record per metric, boxed numbers, a string per metric name) cost
 * as much again as reading it. Metric names and qualifiers are matched on the parser's own
 * characters, so only queue ids, media types and candidate oldest-waiting dates become strings.
 * Unknown fields, metrics and qualifiers are skipped; as with data binding, a repeated key's last
 * value wins and a value of the wrong type counts as absent.
 */
final class ObservationParser {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ObservationParser() {
    }

    static ObservationJson.Response parse(byte[] body) throws IOException {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            List<ObservationGroup> groups = List.of();
            Reader reader = new Reader(p, body);
            for (String field; (field = p.nextFieldName()) != null; ) {
                if (p.nextToken() == JsonToken.START_ARRAY && field.equals("results")) {
                    groups = new ArrayList<>();
                    while (nextElement(p)) {
                        ObservationGroup g = reader.result();
                        if (g != null) groups.add(g);
                    }
                } else {
                    p.skipChildren();
                }
            }
            return new ObservationJson.Response(groups);
        }
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

    private static final int NO_METRIC = 0, UNKNOWN = 1, WAITING = 2, INTERACTING = 3, ALERTING = 4,
            LONGEST_WAITING = 5, ON_QUEUE_USERS = 6, OFF_QUEUE_USERS = 7, ACTIVE_USERS = 8, MEMBER_USERS = 9;
    private static final String[] METRICS = {null, null, "oWaiting", "oInteracting", "oAlerting", "oLongestWaiting",
            "oOnQueueUsers", "oOffQueueUsers", "oActiveUsers", "oMemberUsers"};
    private static final SerializedString METRIC_NAME = new SerializedString("metric"), COUNT_NAME = new SerializedString("count");
    private static final int NO_QUALIFIER = 0, OTHER_QUALIFIER = 1, IDLE = 2, NOT_RESPONDING = 3;

    /** Above this, an oLongestWaiting value is an epoch timestamp, not a duration (belief: it is ms). */
    static final double EPOCH_MS_FLOOR = 1e11;

    /** One parse's scratch state: the sums of the result being read and of the datum being read. */
    private static final class Reader {
        private final JsonParser p;
        private final byte[] body;
        // last strings made, reused when the next group names the same (a queue's groups come together)
        private String lastQueueId, lastMedia;

        // the result being read
        private boolean hasData, hasUserMetrics;
        private int waiting, interacting, alerting, onQueue, idle, notResponding, offQueue, active, members;
        private double longestDurationMs, oldestEpochMs;
        private List<String> waitingSince;
        private int[] observationsAt = new int[4];   // where the oWaiting observations arrays start
        private int observationsCount;

        // the datum being read: its fields may come in any order, so it is applied at its end
        private int metric, qualifier;
        private boolean userMetric, hasStats, hasCount, hasCalculated, hasMax;
        private double count, calculated, max;
        private int observations;           // where its observations array starts, or -1
        private String earliest;            // of an observations array: the earliest date of the common form
        private List<String> otherDates;    // ... and those of another form, each a candidate

        // the observation being read
        private char[] date = new char[32];
        private int dateLength;

        Reader(JsonParser p, byte[] body) {
            this.p = p;
            this.body = body;
        }

        /** Reads one result object; null when it names no queue. */
        ObservationGroup result() throws IOException {
            boolean hasGroup = false;
            String queueId = null, media = null;
            resetResult();
            for (String field; (field = p.nextFieldName()) != null; ) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY && field.equals("data")) {
                    resetResult();   // the last data array wins
                    hasData = true;
                    while (nextElement(p)) datum();
                } else if (t == JsonToken.START_OBJECT && field.equals("group")) {
                    hasGroup = true;
                    queueId = media = null;
                    for (String key; (key = p.nextFieldName()) != null; ) {
                        if (p.nextToken() != JsonToken.VALUE_STRING) p.skipChildren();
                        else if (key.equals("queueId")) queueId = lastQueueId = text(lastQueueId);
                        else if (key.equals("mediaType")) media = lastMedia = text(lastMedia);
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!hasGroup || queueId == null) return null;
            // dates are read only when the group's own oLongestWaiting does not already say (when
            // it says a second or more, the queue's longest wait is at least that)
            if (observationsCount > 0 && Math.round(longestDurationMs / 1000.0) <= 0) readWaitingSince();
            return new ObservationGroup(queueId, media, hasData, waiting, interacting, alerting, longestDurationMs,
                    oldestEpochMs, waitingSince == null ? List.of() : waitingSince, hasUserMetrics, onQueue, idle,
                    notResponding, offQueue, active, members);
        }

        private void resetResult() {
            hasData = hasUserMetrics = false;
            waiting = interacting = alerting = onQueue = idle = notResponding = offQueue = active = members = 0;
            longestDurationMs = 0;
            oldestEpochMs = Double.POSITIVE_INFINITY;
            waitingSince = null;
            observationsCount = 0;
        }

        private void readWaitingSince() throws IOException {
            for (int i = 0; i < observationsCount; i++) {
                int at = observationsAt[i];
                try (JsonParser q = FACTORY.createParser(body, at, body.length - at)) {
                    q.nextToken();   // the array, already read once in full, so well formed
                    earliest = null;
                    otherDates = null;
                    observations(q);
                }
                if (earliest != null) candidate(earliest);
                if (otherDates != null) for (String d : otherDates) candidate(d);
            }
        }

        private void datum() throws IOException {
            metric = NO_METRIC;
            qualifier = NO_QUALIFIER;
            userMetric = hasStats = false;
            observations = -1;
            for (String field = firstField(METRIC_NAME); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (field) {
                    case "metric" -> readMetric(t);
                    case "qualifier" -> qualifier = t == JsonToken.VALUE_STRING ? qualifier() : NO_QUALIFIER;
                    case "stats" -> {
                        hasStats = t == JsonToken.START_OBJECT;
                        if (hasStats) stats();
                        else p.skipChildren();
                    }
                    case "observations" -> {
                        // the last one wins; kept unread, as dates are seldom needed
                        observations = t == JsonToken.START_ARRAY ? (int) p.currentTokenLocation().getByteOffset() : -1;
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
            apply();
        }

        /** Adds the datum just read to the result's sums (what the mapper did per datum). */
        private void apply() {
            if (metric == NO_METRIC) return;
            if (userMetric) hasUserMetrics = true;
            int n = hasStats && hasCount ? (int) Math.round(count) : 0;
            switch (metric) {
                case WAITING -> {
                    waiting += n;
                    if (observations >= 0) {
                        if (observationsCount == observationsAt.length) observationsAt = Arrays.copyOf(observationsAt, observationsCount * 2);
                        observationsAt[observationsCount++] = observations;
                    }
                }
                case INTERACTING -> interacting += n;
                case ALERTING -> alerting += n;
                case LONGEST_WAITING -> {
                    if (!hasStats || !(hasCalculated || hasMax)) return;
                    double v = hasCalculated ? calculated : max;
                    if (v <= 0) return;
                    if (v > EPOCH_MS_FLOOR) oldestEpochMs = Math.min(oldestEpochMs, v);
                    else longestDurationMs = Math.max(longestDurationMs, v);
                }
                case ON_QUEUE_USERS -> {
                    onQueue += n;
                    if (qualifier == IDLE) idle += n;
                    else if (qualifier == NOT_RESPONDING) notResponding += n;
                }
                case OFF_QUEUE_USERS -> offQueue += n;
                case ACTIVE_USERS -> active = Math.max(active, n);
                case MEMBER_USERS -> members = Math.max(members, n);
                default -> { /* unknown or unused metric: ignore */ }
            }
        }

        private void candidate(String date) {
            if (waitingSince == null) waitingSince = new ArrayList<>(2);
            waitingSince.add(date);
        }

        private void readMetric(JsonToken t) throws IOException {
            if (t != JsonToken.VALUE_STRING) {
                metric = NO_METRIC;
                userMetric = false;
                return;
            }
            char[] c = p.getTextCharacters();
            int off = p.getTextOffset(), len = p.getTextLength();
            metric = switch (len) {   // the known names differ in length but for three of 12
                case 8 -> known(c, off, len, WAITING);
                case 9 -> known(c, off, len, ALERTING);
                case 12 -> c[off + 1] == 'I' ? known(c, off, len, INTERACTING)
                        : c[off + 1] == 'A' ? known(c, off, len, ACTIVE_USERS) : known(c, off, len, MEMBER_USERS);
                case 13 -> known(c, off, len, ON_QUEUE_USERS);
                case 14 -> known(c, off, len, OFF_QUEUE_USERS);
                case 15 -> known(c, off, len, LONGEST_WAITING);
                default -> UNKNOWN;
            };
            // agents' metrics, including ones Genesys may add, mark a group as carrying agents
            userMetric = len >= 1 && c[off] == 'o' && endsWith(c, off, len, "Users");
        }

        /** The qualifier as the mapper sorts it: upper-cased in the root locale, IDLE or NOT_RESPONDING. */
        private int qualifier() throws IOException {
            char[] c = p.getTextCharacters();
            int off = p.getTextOffset(), len = p.getTextLength();
            for (int i = off; i < off + len; i++) {
                if (c[i] >= 0x80) {   // leave the rest of Unicode's case rules to the JDK
                    String upper = new String(c, off, len).toUpperCase(Locale.ROOT);
                    return upper.equals("IDLE") ? IDLE : upper.equals("NOT_RESPONDING") ? NOT_RESPONDING : OTHER_QUALIFIER;
                }
            }
            if (sameIgnoringAsciiCase(c, off, len, "IDLE")) return IDLE;
            if (sameIgnoringAsciiCase(c, off, len, "NOT_RESPONDING")) return NOT_RESPONDING;
            return OTHER_QUALIFIER;
        }

        private void stats() throws IOException {
            hasCount = hasCalculated = hasMax = false;
            for (String field = firstField(COUNT_NAME); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                boolean number = t.isNumeric();
                if (!t.isScalarValue()) p.skipChildren();
                switch (field) {
                    case "count" -> {
                        hasCount = number;
                        if (number) count = p.getDoubleValue();
                    }
                    case "calculatedMetricValue" -> {
                        hasCalculated = number;
                        if (number) calculated = p.getDoubleValue();
                    }
                    case "max" -> {
                        hasMax = number;
                        if (number) max = p.getDoubleValue();
                    }
                    default -> { /* a statistic the board does not use */ }
                }
            }
        }

        /**
         * Keeps the dates that may be the oldest: observations come oldest first, but an unsorted
         * answer must not hide the longest wait. ISO-8601 UTC dates of one length sort as text, so
         * of those only the earliest is kept; dates of another form are kept to be parsed.
         */
        private void observations(JsonParser q) throws IOException {
            while (nextElement(q)) {
                dateLength = -1;
                for (String field; (field = q.nextFieldName()) != null; ) {
                    if (q.nextToken() == JsonToken.VALUE_STRING && field.equals("observationDate")) copyDate(q);
                    else q.skipChildren();
                }
                if (dateLength >= 0) offerDate();
            }
        }

        private void copyDate(JsonParser q) throws IOException {
            int len = q.getTextLength();
            if (len > date.length) date = new char[Math.max(len, date.length * 2)];
            System.arraycopy(q.getTextCharacters(), q.getTextOffset(), date, 0, len);
            dateLength = len;
        }

        private void offerDate() {
            int len = dateLength;
            if (earliest == null) {
                earliest = new String(date, 0, len);
                return;
            }
            boolean utc = len > 0 && date[len - 1] == 'Z';
            if (len == earliest.length() && utc) {
                if (before(date, earliest)) earliest = new String(date, 0, len);
            } else {
                if (otherDates == null) otherDates = new ArrayList<>(2);
                otherDates.add(new String(date, 0, len));
            }
        }

        /**
         * Moves to an object's first field and names it; null at the object's end. Genesys sends
         * {@code expected} first, and Jackson matches an expected name on its bytes, without a
         * look-up.
         */
        private String firstField(SerializedString expected) throws IOException {
            if (p.nextFieldName(expected)) return expected.getValue();
            return p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
        }

        /** The parser's current string, reusing {@code last} when it has the same characters. */
        private String text(String last) throws IOException {
            char[] c = p.getTextCharacters();
            int off = p.getTextOffset(), len = p.getTextLength();
            return last != null && same(c, off, len, last) ? last : new String(c, off, len);
        }
    }

    private static int known(char[] c, int off, int len, int metric) {
        return same(c, off, len, METRICS[metric]) ? metric : UNKNOWN;
    }

    private static boolean same(char[] c, int off, int len, String s) {
        if (len != s.length()) return false;
        for (int i = 0; i < len; i++) if (c[off + i] != s.charAt(i)) return false;
        return true;
    }

    private static boolean endsWith(char[] c, int off, int len, String s) {
        return len >= s.length() && same(c, off + len - s.length(), s.length(), s);
    }

    private static boolean sameIgnoringAsciiCase(char[] c, int off, int len, String upper) {
        if (len != upper.length()) return false;
        for (int i = 0; i < len; i++) {
            char ch = c[off + i];
            if (ch >= 'a' && ch <= 'z') ch -= 'a' - 'A';
            if (ch != upper.charAt(i)) return false;
        }
        return true;
    }

    /** Whether the first {@code s.length()} characters of {@code c} sort before {@code s}. */
    private static boolean before(char[] c, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (c[i] != s.charAt(i)) return c[i] < s.charAt(i);
        }
        return false;
    }
}
