package com.queuewallboard.config;

import com.queuewallboard.board.ThresholdSettings;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * What the user configured, merged from flags, environment, {@code .env} and the settings file.
 * Immutable; the settings dialog builds a changed copy with the {@code with…} methods.
 *
 * @param region          region key, AWS-style name, domain or us/eu shorthand; null = not set
 * @param baseUrl         API base URL override (simulator, proxy, other deployment); null = from region
 * @param loginUrl        login host override; null = derived from the API host
 * @param clientId        OAuth client id; empty = not set
 * @param clientSecret    OAuth client secret
 * @param queues          queue ids or names (Genesys wildcards allowed), in board order
 * @param mediaTypes      media types counted (voice, chat, email, message, callback, ...)
 * @param refreshInterval live figures refresh period
 * @param todayInterval   today's totals refresh period (slower: aggregates are heavier)
 * @param timeZone        where "today" starts at midnight
 * @param thresholds      warning and alert levels
 * @param demo            forced demo mode (embedded simulator) even with credentials
 * @param wall            wall-screen preferences: worst first, alarms, sound, ticker
 */
public record Settings(
        String region,
        String baseUrl,
        String loginUrl,
        String clientId,
        Secret clientSecret,
        List<String> queues,
        List<String> mediaTypes,
        Duration refreshInterval,
        Duration todayInterval,
        ZoneId timeZone,
        ThresholdSettings thresholds,
        boolean demo,
        WallPreferences wall) {

    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(Option.INTERVAL.defaultInt());
    public static final Duration DEFAULT_TODAY_REFRESH = Duration.ofSeconds(Option.TODAY_INTERVAL.defaultInt());
    public static final Duration MIN_REFRESH = Duration.ofSeconds((long) Option.INTERVAL.min);
    public static final List<String> DEFAULT_MEDIA_TYPES = List.of("voice");

    public Settings {
        clientId = clientId == null ? "" : clientId.trim();
        clientSecret = clientSecret == null ? Secret.empty() : clientSecret;
        queues = queues == null ? List.of() : List.copyOf(queues);
        mediaTypes = mediaTypes == null || mediaTypes.isEmpty() ? DEFAULT_MEDIA_TYPES : List.copyOf(mediaTypes);
        refreshInterval = refreshInterval == null ? DEFAULT_REFRESH : refreshInterval;
        todayInterval = todayInterval == null ? DEFAULT_TODAY_REFRESH : todayInterval;
        timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
        thresholds = thresholds == null ? ThresholdSettings.DEFAULT : thresholds;
        wall = wall == null ? WallPreferences.DEFAULTS : wall;
    }

    /** Settings with the default wall-screen preferences. */
    public Settings(String region, String baseUrl, String loginUrl, String clientId, Secret clientSecret,
                    List<String> queues, List<String> mediaTypes, Duration refreshInterval, Duration todayInterval,
                    ZoneId timeZone, ThresholdSettings thresholds, boolean demo) {
        this(region, baseUrl, loginUrl, clientId, clientSecret, queues, mediaTypes, refreshInterval, todayInterval,
                timeZone, thresholds, demo, null);
    }

    public static Settings defaults() {
        return new Settings(null, null, null, "", Secret.empty(), List.of(), null, null, null, null, null, false);
    }

    /** True when both halves of the OAuth client are present. */
    public boolean hasCredentials() {
        return !clientId.isEmpty() && !clientSecret.isEmpty();
    }

    /** Demo mode: forced, or nothing to log in with. */
    public boolean runsDemo() {
        return demo || !hasCredentials();
    }

    public Settings withConnection(String newRegion, String newClientId, Secret newSecret) {
        return new Settings(newRegion, baseUrl, loginUrl, newClientId, newSecret, queues, mediaTypes,
                refreshInterval, todayInterval, timeZone, thresholds, demo, wall);
    }

    public Settings withQueues(List<String> newQueues) {
        return new Settings(region, baseUrl, loginUrl, clientId, clientSecret, newQueues, mediaTypes,
                refreshInterval, todayInterval, timeZone, thresholds, demo, wall);
    }

    public Settings withMediaTypes(List<String> newMediaTypes) {
        return new Settings(region, baseUrl, loginUrl, clientId, clientSecret, queues, newMediaTypes,
                refreshInterval, todayInterval, timeZone, thresholds, demo, wall);
    }

    public Settings withRefreshInterval(Duration newInterval) {
        return new Settings(region, baseUrl, loginUrl, clientId, clientSecret, queues, mediaTypes,
                newInterval, todayInterval, timeZone, thresholds, demo, wall);
    }

    public Settings withThresholds(ThresholdSettings newThresholds) {
        return new Settings(region, baseUrl, loginUrl, clientId, clientSecret, queues, mediaTypes,
                refreshInterval, todayInterval, timeZone, newThresholds, demo, wall);
    }

    public Settings withUrls(String newBaseUrl, String newLoginUrl) {
        return new Settings(region, newBaseUrl, newLoginUrl, clientId, clientSecret, queues, mediaTypes,
                refreshInterval, todayInterval, timeZone, thresholds, demo, wall);
    }

    public Settings withToday(Duration newTodayInterval, ZoneId newTimeZone) {
        return new Settings(region, baseUrl, loginUrl, clientId, clientSecret, queues, mediaTypes,
                refreshInterval, newTodayInterval, newTimeZone, thresholds, demo, wall);
    }

    public Settings withWall(WallPreferences newWall) {
        return new Settings(region, baseUrl, loginUrl, clientId, clientSecret, queues, mediaTypes,
                refreshInterval, todayInterval, timeZone, thresholds, demo, newWall);
    }

    public Settings withDemo(boolean newDemo) {
        return new Settings(region, baseUrl, loginUrl, clientId, clientSecret, queues, mediaTypes,
                refreshInterval, todayInterval, timeZone, thresholds, newDemo, wall);
    }
}
