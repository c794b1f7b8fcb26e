package com.queuewallboard.board;

import java.util.Map;

/** Board-wide levels plus per-queue overrides (keyed by queue id). */
public record ThresholdSettings(Thresholds defaults, Map<String, Thresholds> perQueue) {

    public static final ThresholdSettings DEFAULT = new ThresholdSettings(Thresholds.DEFAULTS, Map.of());

    public ThresholdSettings {
        defaults = defaults == null ? Thresholds.NONE : defaults;
        perQueue = perQueue == null ? Map.of() : Map.copyOf(perQueue);
    }

    public Thresholds forQueue(String queueId) {
        Thresholds override = perQueue.get(queueId);
        return override == null ? defaults : override.orElse(defaults);
    }
}
