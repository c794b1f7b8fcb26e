package com.queuewallboard.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ThresholdSettings;

import java.util.List;

/** The two small JSON columns: a refresh's problems and the levels in force. Keys sorted: one text per value. */
final class HistoryJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private HistoryJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

    static List<Problem> problems(String json) {
        if (json == null) return List.of();
        try {
            return MAPPER.readValue(json, new TypeReference<List<Problem>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    static ThresholdSettings levels(String json) {
        if (json == null) return ThresholdSettings.DEFAULT;
        try {
            return MAPPER.readValue(json, ThresholdSettings.class);
        } catch (JsonProcessingException e) {
            return ThresholdSettings.DEFAULT;
        }
    }
}
