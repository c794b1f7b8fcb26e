package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The simulator's own JSON plumbing. Deliberately shares nothing with the client's mapping
 * classes: responses are built node by node from the documented shapes.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Genesys writes instants as UTC with milliseconds: 2026-11-26T09:58:12.345Z. */
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String iso(long epochMs) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMs));
    }

    /** A request field that must be an array of strings; absent or null means empty. */
    static java.util.List<String> strings(com.fasterxml.jackson.databind.JsonNode node, String field) throws ApiException {
        java.util.List<String> values = new java.util.ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw ApiException.badRequest(field + " must be an array of strings");
        }
        for (com.fasterxml.jackson.databind.JsonNode n : node) {
            if (!n.isTextual()) {
                throw ApiException.badRequest(field + " must be an array of strings");
            }
            values.add(n.asText());
        }
        return values;
    }
}
