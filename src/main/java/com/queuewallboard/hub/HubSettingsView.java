package com.queuewallboard.hub;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.config.Settings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /v1/settings}: what every screen of a hub shares, set by the hub's administrator
 * (the hub's own flags and settings file), read-only for screens. Holds nothing about the
 * connection to Genesys: no client id, no secret, no URL.
 */
@JsonPropertyOrder({"queues", "mediaTypes", "refreshSeconds", "staleAfterSeconds", "timeZone", "levels",
        "queueLevels", "teamMessage"})
public record HubSettingsView(List<String> queues, List<String> mediaTypes, long refreshSeconds, long staleAfterSeconds,
                              String timeZone, Levels levels, Map<String, Levels> queueLevels, String teamMessage) {

    /** Levels as the settings file names them. */
    @JsonPropertyOrder({"warnWaiting", "alertWaiting", "warnWaitSeconds", "alertWaitSeconds", "serviceLevelTarget",
            "serviceLevelMarginPoints"})
    public record Levels(Integer warnWaiting, Integer alertWaiting, Integer warnWaitSeconds, Integer alertWaitSeconds,
                         String serviceLevelTarget, Integer serviceLevelMarginPoints) {
        static Levels of(Thresholds t) {
            return new Levels(t.waitingWarning(), t.waitingAlert(), t.longestWaitWarningSeconds(),
                    t.longestWaitAlertSeconds(), t.serviceLevelTarget() == null ? null : t.serviceLevelTarget().toString(),
                    t.serviceLevelMarginPoints());
        }

        /** The levels; a target the hub wrote that this screen cannot read is left to the queue's own. */
        public Thresholds thresholds() {
            ServiceLevelTarget target = null;
            if (serviceLevelTarget != null) {
                try {
                    target = ServiceLevelTarget.parse(serviceLevelTarget);
                } catch (IllegalArgumentException e) {
                    target = null;
                }
            }
            return new Thresholds(warnWaiting, alertWaiting, warnWaitSeconds, alertWaitSeconds, target,
                    serviceLevelMarginPoints);
        }
    }

    public static HubSettingsView of(Settings s, String teamMessage) {
        Map<String, Levels> perQueue = new TreeMap<>();
        s.thresholds().perQueue().forEach((id, t) -> perQueue.put(id, Levels.of(t)));
        long refresh = s.refreshInterval().toSeconds();
        return new HubSettingsView(s.queues(), s.mediaTypes(), refresh, staleAfterSeconds(refresh), s.timeZone().getId(),
                Levels.of(s.thresholds().defaults()), perQueue, teamMessage);
    }

    /** The desktop board's rule: figures older than two refresh intervals are stale. */
    static long staleAfterSeconds(long refreshSeconds) {
        return refreshSeconds * 2;
    }

    public ThresholdSettings thresholds() {
        Map<String, Thresholds> perQueue = new TreeMap<>();
        if (queueLevels != null) queueLevels.forEach((id, l) -> perQueue.put(id, l.thresholds()));
        return new ThresholdSettings(levels == null ? Thresholds.DEFAULTS : levels.thresholds(), perQueue);
    }
}
