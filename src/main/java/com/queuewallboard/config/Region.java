package com.queuewallboard.config;

/** A Genesys Cloud region: its key (eu_west_1) and its domain (mypurecloud.ie). */
public record Region(String key, String domain) {

    public String apiBaseUrl() {
        return "https://api." + domain;
    }

    public String loginBaseUrl() {
        return "https://login." + domain;
    }
}
