package com.queuewallboard.config;

/** A Genesys Cloud region: its key (eu_west_1) and its domain (mypurecloud.ie). */
public record Region(String key, String domain) {

    /** {@code eu-west-1} style, as AWS and some Genesys pages write it. */
    public String awsName() {
        return key.replace('_', '-');
    }

    public String apiBaseUrl() {
        return "https://api." + domain;
    }

    public String loginBaseUrl() {
        return "https://login." + domain;
    }
}
