package com.queuewallboard.simulator;

/**
 * The media a simulated queue can take, with how customers and agents behave on each.
 * Declaration order is routing priority: a free agent takes a waiting call before a chat,
 * and email last.
 */
enum MediaKind {
    //      analytics  settings   patience s  handle x  alert s  not-responding chance
    VOICE("voice", "call", 150, 1.0, 6, 0.03),
    CHAT("chat", "chat", 300, 1.3, 8, 0.04),
    MESSAGE("message", "message", 1200, 1.5, 10, 0.04),
    CALLBACK("callback", "callback", 0, 0.9, 8, 0.03),
    EMAIL("email", "email", 0, 1.2, 10, 0.02);

    private final String analyticsName;
    private final String settingsKey;
    private final int patienceSeconds;
    private final double handleFactor;
    private final int alertSeconds;
    private final double notRespondingChance;

    MediaKind(String analyticsName, String settingsKey, int patienceSeconds, double handleFactor, int alertSeconds,
              double notRespondingChance) {
        this.analyticsName = analyticsName;
        this.settingsKey = settingsKey;
        this.patienceSeconds = patienceSeconds;
        this.handleFactor = handleFactor;
        this.alertSeconds = alertSeconds;
        this.notRespondingChance = notRespondingChance;
    }

    /** The {@code mediaType} dimension value analytics uses. */
    String analyticsName() { return analyticsName; }

    /** The key under a queue's {@code mediaSettings} ("call" for voice). */
    String settingsKey() { return settingsKey; }

    /** Mean patience before abandoning; 0 = never abandons (emails and callbacks wait). */
    int patienceSeconds() { return patienceSeconds; }

    double handleFactor() { return handleFactor; }

    int alertSeconds() { return alertSeconds; }

    double notRespondingChance() { return notRespondingChance; }

    static MediaKind byAnalyticsName(String name) {
        for (MediaKind kind : values()) {
            if (kind.analyticsName.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
