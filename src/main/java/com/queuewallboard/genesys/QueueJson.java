package com.queuewallboard.genesys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.queuewallboard.board.ServiceLevelTarget;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON of {@code GET /api/v2/routing/queues} and {@code GET /api/v2/routing/queues/{id}}. */
final class QueueJson {
    private QueueJson() {
    }

    /**
     * @param mediaSettings read as JSON, so an odd value in one queue's settings cannot spoil the
     *                      whole page: {@code {"call":{"serviceLevel":{"percentage":0.8,"durationMs":20000}},...}}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Queue(String id, String name, JsonNode mediaSettings) {
        /** The queue's service-level targets by analytics media type; out-of-range ones are left out. */
        Map<String, ServiceLevelTarget> serviceLevelTargets() {
            Map<String, ServiceLevelTarget> out = new HashMap<>();
            if (mediaSettings == null || !mediaSettings.isObject()) return out;
            Iterator<Map.Entry<String, JsonNode>> fields = mediaSettings.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                ServiceLevelTarget target = target(e.getValue().path("serviceLevel"));
                if (target != null) out.put(analyticsMedia(e.getKey()), target);
            }
            return out;
        }
    }

    /**
     * {@code percentage} is a fraction (0.8), {@code durationMs} milliseconds; rounded to a whole
     * percent and second. Anything missing, not a number, or outside 1-99 % / 0-86400 s is no target.
     */
    static ServiceLevelTarget target(JsonNode serviceLevel) {
        JsonNode pct = serviceLevel.path("percentage");
        JsonNode ms = serviceLevel.path("durationMs");
        if (!pct.isNumber() || !ms.isNumber()) return null;
        double fraction = pct.asDouble();
        double millis = ms.asDouble();
        if (!Double.isFinite(fraction) || !Double.isFinite(millis)) return null;
        long percent = Math.round(fraction * 100);
        long seconds = Math.round(millis / 1000);
        if (percent < 1 || percent > 99 || seconds < 0 || seconds > 86_400) return null;
        return new ServiceLevelTarget((int) percent, (int) seconds);
    }

    /** mediaSettings names voice "call"; analytics and the settings say "voice". */
    static String analyticsMedia(String settingsKey) {
        String key = settingsKey.toLowerCase(Locale.ROOT);
        return key.equals("call") ? "voice" : key;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Queue> entities, Integer pageSize, Integer pageNumber, Long total, Integer pageCount, String nextUri) {
    }
}
