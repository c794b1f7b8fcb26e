package com.queuewallboard.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * settings.json as stored on disk. Kept apart from {@link Settings} so the file format can stay
 * stable while the code changes. The secret is never in here: it has its own owner-only file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record SettingsDocument(Integer version, String region, String baseUrl, String loginUrl, String clientId,
                        List<String> queues, List<String> mediaTypes, Long refreshSeconds, Long todayRefreshSeconds,
                        String timeZone, ThresholdDocument thresholds, Map<String, ThresholdDocument> queueThresholds) {

    static final int CURRENT_VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ThresholdDocument(Integer waitingWarning, Integer waitingAlert, Integer longestWaitWarningSeconds,
                             Integer longestWaitAlertSeconds) {
        static ThresholdDocument of(Thresholds t) {
            return new ThresholdDocument(t.waitingWarning(), t.waitingAlert(), t.longestWaitWarningSeconds(),
                    t.longestWaitAlertSeconds());
        }

        Thresholds toThresholds() {
            return new Thresholds(waitingWarning, waitingAlert, longestWaitWarningSeconds, longestWaitAlertSeconds);
        }
    }

    static SettingsDocument of(Settings s) {
        Map<String, ThresholdDocument> perQueue = new LinkedHashMap<>();
        s.thresholds().perQueue().forEach((id, t) -> perQueue.put(id, ThresholdDocument.of(t)));
        return new SettingsDocument(CURRENT_VERSION, s.region(), s.baseUrl(), s.loginUrl(),
                s.clientId().isEmpty() ? null : s.clientId(), s.queues(), s.mediaTypes(),
                s.refreshInterval().toSeconds(), s.todayInterval().toSeconds(),
                // this computer's own zone is the default anyway; writing it would pin it for a PC elsewhere
                s.timeZone().equals(java.time.ZoneId.systemDefault()) ? null : s.timeZone().getId(),
                ThresholdDocument.of(s.thresholds().defaults()), perQueue.isEmpty() ? null : perQueue);
    }

    /** @throws ConfigException naming the field when a value cannot be used */
    Settings toSettings(Secret secret) throws ConfigException {
        ZoneId zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone);
            } catch (RuntimeException e) {
                throw new ConfigException("settings.json: time zone '" + timeZone + "' is unknown; use a name like Europe/Dublin.");
            }
        }
        Map<String, Thresholds> perQueue = new LinkedHashMap<>();
        if (queueThresholds != null) queueThresholds.forEach((id, t) -> {
            if (t != null) perQueue.put(id, t.toThresholds());
        });
        ThresholdSettings levels = new ThresholdSettings(
                thresholds == null ? Thresholds.DEFAULTS : thresholds.toThresholds(), perQueue);
        return new Settings(region, baseUrl, loginUrl, clientId, secret, texts(queues), texts(mediaTypes),
                seconds(refreshSeconds, "refreshSeconds"), seconds(todayRefreshSeconds, "todayRefreshSeconds"),
                zone, levels, false);
    }

    /** A hand-edited list may hold nulls or blanks; they mean nothing, so they are dropped. */
    private static List<String> texts(List<String> values) {
        return values == null ? null : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static Duration seconds(Long value, String field) throws ConfigException {
        if (value == null) return null;
        if (value < Settings.MIN_REFRESH.toSeconds() || value > 3600) {
            throw new ConfigException("settings.json: " + field + " is " + value + "; use 2 to 3600 seconds.");
        }
        return Duration.ofSeconds(value);
    }
}
