package com.queuewallboard.genesys;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.queuewallboard.genesys.ObservationJson.Datum;
import com.queuewallboard.genesys.ObservationJson.Observation;
import com.queuewallboard.genesys.ObservationJson.Result;
import com.queuewallboard.genesys.ObservationJson.Stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an observations response with Jackson's streaming parser: a 1,000-queue answer is about
 * 1 MB, and binding it field by field, skipping everything the board does not use, is several
 * times cheaper than data binding. Unknown fields are skipped whole, as data binding would.
 */
final class ObservationParser {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ObservationParser() {
    }

    static ObservationJson.Response parse(byte[] body) throws IOException {
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
            return new ObservationJson.Response(results);
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
        Stats stats = null;
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

    private static Stats stats(JsonParser p) throws IOException {
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
        return new Stats(count, sum, max, min, ratio, numerator, denominator, target, calculated);
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
