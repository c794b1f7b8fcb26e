package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading requests and writing JSON responses, whatever server carries the exchange. */
final class HttpIO {

    private static final int MAX_BODY = 1 << 20;

    private HttpIO() {
    }

    static byte[] body(SimExchange exchange) throws IOException, ApiException {
        byte[] bytes = exchange.body(MAX_BODY);
        if (bytes.length > MAX_BODY) {
            throw new ApiException(413, "request.entity.too.large", "The request body is too large.");
        }
        return bytes;
    }

    static void send(SimExchange exchange, int status, JsonNode body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "application/json; charset=UTF-8");
        all.putAll(headers);
        exchange.respond(status, all, bytes);
    }

    /** Decodes {@code a=1&b=2} (query strings and form bodies); the last value of a name wins. */
    static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(decode(name), decode(value));
        }
        return values;
    }

    /** Every value of a repeatable query parameter ({@code id=a&id=b}), in order. */
    static java.util.List<String> all(String raw, String wanted) {
        java.util.List<String> values = new java.util.ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name.equals(wanted)) {
                values.add(decode(eq < 0 ? "" : pair.substring(eq + 1)));
            }
        }
        return values;
    }

    static boolean contentTypeIs(SimExchange exchange, String mime) {
        String type = exchange.header("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).trim().startsWith(mime);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray '%': keep the raw text rather than fail the whole request
        }
    }
}
