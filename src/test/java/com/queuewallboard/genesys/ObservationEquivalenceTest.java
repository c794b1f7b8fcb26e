package com.queuewallboard.genesys;

import com.queuewallboard.board.QueueFigures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass reader (ObservationParser + ObservationMapper) must give exactly the figures the
 * reader it replaced gave (ObservationReference: records of the whole answer, then a mapping), on
 * answers of every odd shape: fields in any order, repeated keys, values of the wrong type,
 * unknown metrics and qualifiers, both forms of oLongestWaiting, dates of several forms in any
 * order, repeated and missing groups, media types in any case.
 */
class ObservationEquivalenceTest {
    private static final String Q1 = "11111111-1111-4111-8111-111111111111";
    private static final String Q2 = "22222222-2222-4222-8222-222222222222";
    private static final String UNKNOWN_QUEUE = "33333333-3333-4333-8333-333333333333";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Map<String, String> NAMES = Map.of(Q1, "Sales", Q2, "Billing");
    private static final List<List<String>> MEDIA = List.of(List.of("voice"), List.of("voice", "chat"), List.of("VOICE"),
            List.of("email"));

    private final Random random = new Random(20261126);

    @Test
    void randomAnswersOfEveryShapeMapAsBefore() throws Exception {
        int compared = 0, withFigures = 0;
        for (int i = 0; i < 4000; i++) {
            String json = answer();
            for (List<String> media : MEDIA) {
                Map<String, QueueFigures> expected = reference(json, media), actual = onePass(json, media);
                assertEquals(expected, actual, () -> media + " " + json);
                compared++;
                if (!expected.isEmpty()) withFigures++;
            }
        }
        assertTrue(withFigures > compared / 2, "most answers map to some figures: " + withFigures + "/" + compared);
    }

    @Test
    void malformedAnswersFailAlike() {
        String good = "{\"results\":[{\"group\":{\"queueId\":\"" + Q1 + "\"},\"data\":[{\"metric\":\"oWaiting\","
                + "\"stats\":{\"count\":2},\"observations\":[{\"observationDate\":\"2026-11-26T09:58:12.345Z\"}]}]}]}";
        for (int cut = 0; cut < good.length(); cut++) {
            String json = good.substring(0, cut);
            boolean referenceFails = fails(() -> reference(json, List.of("voice")));
            assertEquals(referenceFails, fails(() -> onePass(json, List.of("voice"))), json);
        }
        assertTrue(fails(() -> onePass("[1]", List.of("voice"))), "an array is not an answer");
    }

    private interface Read {
        Object run() throws Exception;
    }

    private static boolean fails(Read read) {
        try {
            read.run();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private static Map<String, QueueFigures> reference(String json, List<String> media) throws Exception {
        ObservationReference.Response r = ObservationReference.Parser.parse(json.getBytes(StandardCharsets.UTF_8));
        return new ObservationReference.Mapper(media).map(r, NAMES, NOW);
    }

    private static Map<String, QueueFigures> onePass(String json, List<String> media) throws Exception {
        ObservationJson.Response r = ObservationParser.parse(json.getBytes(StandardCharsets.UTF_8));
        return new ObservationMapper(media).map(r, NAMES, NOW);
    }

    // ---- a random answer ----

    private String answer() {
        List<String> fields = new ArrayList<>();
        if (chance(0.3)) fields.add("\"systemToOrganizationMappings\":{\"ON_QUEUE\":[\"e08e\"]}");
        if (chance(0.1)) fields.add("\"results\":" + pick("null", "3", "{\"a\":1}", "[]"));
        fields.add("\"results\":" + (chance(0.03) ? "null" : array(random.nextInt(6), this::result)));
        if (chance(0.05)) fields.add("\"results\":" + array(random.nextInt(3), this::result));   // the last wins
        return object(fields);
    }

    private String result() {
        if (chance(0.03)) return pick("null", "7", "[]", "\"x\"");
        List<String> fields = new ArrayList<>();
        if (chance(0.95)) fields.add("\"group\":" + (chance(0.03) ? pick("null", "\"q\"", "[]") : group()));
        if (chance(0.05)) fields.add("\"group\":" + group());
        if (chance(0.93)) fields.add("\"data\":" + (chance(0.04) ? pick("null", "{}", "1") : array(random.nextInt(7), this::datum)));
        if (chance(0.05)) fields.add("\"data\":" + array(random.nextInt(3), this::datum));
        if (chance(0.1)) fields.add("\"extra\":{\"data\":[{\"metric\":\"oWaiting\",\"stats\":{\"count\":50}}]}");
        return object(fields);
    }

    private String group() {
        List<String> fields = new ArrayList<>();
        if (chance(0.95)) fields.add("\"queueId\":" + (chance(0.05) ? pick("null", "5", "{}") : str(pick(Q1, Q1, Q2, UNKNOWN_QUEUE))));
        if (chance(0.6)) fields.add("\"mediaType\":" + pick("\"voice\"", "\"voice\"", "\"chat\"", "\"Voice\"", "\"email\"", "null", "1"));
        if (chance(0.05)) fields.add("\"queueId\":" + pick("\"" + Q2 + "\"", "null"));
        if (chance(0.1)) fields.add("\"userId\":\"u1\"");
        return object(fields);
    }

    private String datum() {
        if (chance(0.03)) return pick("null", "1", "\"oWaiting\"");
        List<String> fields = new ArrayList<>();
        if (chance(0.95)) fields.add("\"metric\":" + metric());
        if (chance(0.05)) fields.add("\"metric\":" + metric());
        if (chance(0.5)) fields.add("\"qualifier\":" + pick("\"IDLE\"", "\"idle\"", "\"Idle\"", "\"NOT_RESPONDING\"", "\"not_Responding\"",
                "\"INTERACTING\"", "\"COMMUNICATING\"", "\"\\u0131dle\"", "\"\\u0131DLE\"", "\"ccf3\"", "null", "4"));
        if (chance(0.9)) fields.add("\"stats\":" + (chance(0.05) ? pick("null", "3", "[]") : stats()));
        if (chance(0.04)) fields.add("\"stats\":" + stats());
        if (chance(0.4)) fields.add("\"observations\":" + (chance(0.1) ? pick("null", "{}", "2") : array(random.nextInt(5), this::observation)));
        if (chance(0.03)) fields.add("\"observations\":" + array(random.nextInt(3), this::observation));
        if (chance(0.2)) fields.add("\"truncated\":" + pick("true", "false"));
        return object(fields);
    }

    private String metric() {
        return pick("\"oWaiting\"", "\"oWaiting\"", "\"oInteracting\"", "\"oAlerting\"", "\"oLongestWaiting\"", "\"oLongestWaiting\"",
                "\"oOnQueueUsers\"", "\"oOnQueueUsers\"", "\"oOffQueueUsers\"", "\"oActiveUsers\"", "\"oMemberUsers\"",
                "\"oBrandNewUsers\"", "\"oUsers\"", "\"Users\"", "\"owaiting\"", "\"oWaitingX\"", "\"\"", "null", "12");
    }

    private String stats() {
        List<String> fields = new ArrayList<>();
        if (chance(0.8)) fields.add("\"count\":" + number());
        if (chance(0.05)) fields.add("\"count\":" + number());
        if (chance(0.3)) fields.add("\"calculatedMetricValue\":" + number());
        if (chance(0.3)) fields.add("\"max\":" + number());
        if (chance(0.2)) fields.add(pick("\"sum\"", "\"min\"", "\"ratio\"", "\"target\"", "\"new\"") + ":" + number());
        return object(fields);
    }

    private String number() {
        long epoch = NOW.toEpochMilli() - random.nextInt(3_600_000);
        return pick(String.valueOf(random.nextInt(20)), String.valueOf(random.nextInt(20)) + ".0", "2.5", "3.49", "-2", "0",
                String.valueOf(random.nextInt(500_000)), String.valueOf(random.nextInt(500_000)) + ".75",
                String.valueOf(epoch), epoch + ".0", "1e11", "100000000001", "1.5e12",
                "null", "\"7\"", "{\"v\":1}", "[1,2]", "true");
    }

    private String observation() {
        if (chance(0.04)) return pick("null", "\"2026-11-26T09:00:00Z\"", "3");
        List<String> fields = new ArrayList<>();
        if (chance(0.1)) fields.add("\"conversationId\":\"c1\"");
        if (chance(0.9)) fields.add("\"observationDate\":" + date());
        if (chance(0.05)) fields.add("\"observationDate\":" + date());
        if (chance(0.3)) fields.add("\"routingPriority\":0");
        return object(fields);
    }

    private String date() {
        int s = random.nextInt(3600);
        String hms = String.format("09:%02d:%02d", s / 60, s % 60);
        return pick("\"2026-11-26T" + hms + ".345Z\"", "\"2026-11-26T" + hms + ".000Z\"", "\"2026-11-26T" + hms + "Z\"",
                "\"2026-11-26T" + hms + ".000+00:00\"", "\"2026-11-26T" + hms.replace("09:", "10:") + ".000+0100\"",
                "\"2026-11-26T" + hms + ".000+0000\"", "\"2026-11-26T" + hms + ".12Z\"", "\"yesterday\"", "\"\"",
                "\"2026-11-26T" + hms + ".345z\"", "null", "5");
    }

    private String array(int n, java.util.function.Supplier<String> element) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(element.get());
        return "[" + String.join(",", out) + "]";
    }

    /** The fields in a random order (JSON does not promise one). */
    private String object(List<String> fields) {
        java.util.Collections.shuffle(fields, random);
        return "{" + String.join(",", fields) + "}";
    }

    private static String str(String s) {
        return "\"" + s + "\"";
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
