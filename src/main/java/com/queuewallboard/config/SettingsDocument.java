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
                        String timeZone, ThresholdDocument thresholds, Map<String, ThresholdDocument> queueThresholds,
                        String secretFile, WallDocument wall) {

    /**
     * 2: {@code secretFile} names the secret file that belongs to these settings (null: no secret).
     * 1 (and no version): the secret, if any, is in the file {@code client-secret}.
     */
    static final int CURRENT_VERSION = 2;

    /**
     * @param serviceLevelTarget       "80/20", null = each queue's own target from Genesys, else 80/20
     * @param serviceLevelMarginPoints points below target that are still a warning
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ThresholdDocument(Integer waitingWarning, Integer waitingAlert, Integer longestWaitWarningSeconds,
                             Integer longestWaitAlertSeconds, String serviceLevelTarget,
                             Integer serviceLevelMarginPoints) {
        static ThresholdDocument of(Thresholds t) {
            return new ThresholdDocument(t.waitingWarning(), t.waitingAlert(), t.longestWaitWarningSeconds(),
                    t.longestWaitAlertSeconds(), t.serviceLevelTarget() == null ? null : t.serviceLevelTarget().toString(),
                    t.serviceLevelMarginPoints());
        }

        /** @param source where a bad target is reported, e.g. "settings file /p: thresholds." */
        Thresholds toThresholds(String source) throws ConfigException {
            return new Thresholds(waitingWarning, waitingAlert, longestWaitWarningSeconds, longestWaitAlertSeconds,
                    Levels.target(serviceLevelTarget, source), serviceLevelMarginPoints);
        }
    }

    /** Wall-screen preferences as stored; every field optional (a missing one keeps its default). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WallDocument(Boolean worstFirst, String alarmAt, Double soundVolume, Boolean muted, String tickerText,
                        String tickerFile) {
        static WallDocument of(WallPreferences w) {
            return w.equals(WallPreferences.DEFAULTS) ? null : new WallDocument(w.worstFirst(), w.alarmAt().name(),
                    w.soundVolume(), w.muted(), w.tickerText().isEmpty() ? null : w.tickerText(),
                    w.tickerFile().isEmpty() ? null : w.tickerFile());
        }

        WallPreferences toPreferences(String at) throws ConfigException {
            WallPreferences d = WallPreferences.DEFAULTS;
            com.queuewallboard.board.AlertLevel level = d.alarmAt();
            if (alarmAt != null && !alarmAt.isBlank()) {
                String v = alarmAt.strip().toUpperCase(java.util.Locale.ROOT);
                if (!v.equals("WARNING") && !v.equals("ALERT")) {
                    throw new ConfigException(at + "alarmAt: write WARNING or ALERT, not '" + alarmAt.strip() + "'.");
                }
                level = com.queuewallboard.board.AlertLevel.valueOf(v);
            }
            if (soundVolume != null && !(soundVolume >= 0 && soundVolume <= 1)) {
                throw new ConfigException(at + "soundVolume: write a number from 0 to 1, not " + soundVolume + ".");
            }
            return new WallPreferences(worstFirst != null ? worstFirst : d.worstFirst(), level,
                    soundVolume != null ? soundVolume : d.soundVolume(), muted != null ? muted : d.muted(),
                    tickerText, tickerFile);
        }
    }

    /** The same document, naming its secret file. */
    SettingsDocument withSecretFile(String name) {
        return new SettingsDocument(version, region, baseUrl, loginUrl, clientId, queues, mediaTypes, refreshSeconds,
                todayRefreshSeconds, timeZone, thresholds, queueThresholds, name, wall);
    }

    static SettingsDocument of(Settings s) {
        Map<String, ThresholdDocument> perQueue = new LinkedHashMap<>();
        s.thresholds().perQueue().forEach((id, t) -> perQueue.put(id, ThresholdDocument.of(t)));
        return new SettingsDocument(CURRENT_VERSION, s.region(), s.baseUrl(), s.loginUrl(),
                s.clientId().isEmpty() ? null : s.clientId(), s.queues(), s.mediaTypes(),
                s.refreshInterval().toSeconds(), s.todayInterval().toSeconds(),
                // this computer's own zone is the default anyway; writing it would pin it for a PC elsewhere
                s.timeZone().equals(java.time.ZoneId.systemDefault()) ? null : s.timeZone().getId(),
                ThresholdDocument.of(s.thresholds().defaults()), perQueue.isEmpty() ? null : perQueue, null,
                WallDocument.of(s.wall()));
    }

    /**
     * The same checks as for flags and environment variables (from {@link Option}), each problem
     * named by the file and the field.
     *
     * @param source "settings file /path", the start of every message
     */
    Settings toSettings(Secret secret, String source) throws ConfigException {
        String at = source + ": ";
        ZoneId zone = timeZone == null || timeZone.isBlank() ? null : Option.zone(timeZone, at + "timeZone");
        String[] fields = Levels.FILE_FIELDS;
        Thresholds board = thresholds == null ? Thresholds.DEFAULTS
                : Levels.checked(thresholds.toThresholds(at + "thresholds."), at + "thresholds.", fields);
        Map<String, Thresholds> perQueue = new LinkedHashMap<>();
        if (queueThresholds != null) {
            for (var e : queueThresholds.entrySet()) {
                if (e.getValue() == null) continue;
                String queue = at + "queueThresholds." + e.getKey() + ".";
                Thresholds own = Levels.checked(e.getValue().toThresholds(queue), queue, fields);
                Levels.checkOrder(own.orElse(board), queue, fields);   // with the board's levels where it has none
                perQueue.put(e.getKey(), own);
            }
        }
        List<String> mediaList = texts(mediaTypes);
        List<String> media = mediaList == null || mediaList.isEmpty() ? null : Option.mediaTypes(mediaList, at + "mediaTypes");
        List<String> queueList = texts(queues);
        if (queueList != null) QueueSelection.parse(queueList, at + "queues");
        return new Settings(
                region == null || region.isBlank() ? null : Option.region(region, at + "region"),
                baseUrl == null || baseUrl.isBlank() ? null : Option.url(baseUrl, at + "baseUrl"),
                loginUrl == null || loginUrl.isBlank() ? null : Option.url(loginUrl, at + "loginUrl"),
                clientId, secret, queueList, media,
                seconds(refreshSeconds, Option.INTERVAL, at + "refreshSeconds"),
                seconds(todayRefreshSeconds, Option.TODAY_INTERVAL, at + "todayRefreshSeconds"),
                zone, new ThresholdSettings(board, perQueue), false,
                wall == null ? null : wall.toPreferences(at + "wall."));
    }

    /** A hand-edited list may hold nulls or blanks; they mean nothing, so they are dropped. */
    private static List<String> texts(List<String> values) {
        return values == null ? null : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static Duration seconds(Long value, Option option, String source) throws ConfigException {
        return value == null ? null : Duration.ofSeconds(option.intValue(String.valueOf(value), source));
    }
}
