package com.queuewallboard.hub;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code GET /v1/health}, for monitoring (no key needed, so it holds no figures and nothing secret).
 *
 * @param status          always "up" while the hub answers
 * @param lastRefresh     when the hub last got figures from Genesys, or null
 * @param lastAttempt     when it last tried
 * @param genesysState    "starting", "ok" or "retrying"
 * @param failuresInARow  failed refreshes since the last good one
 * @param openStreams     screens connected to /v1/stream
 */
@JsonPropertyOrder({"status", "lastRefresh", "lastAttempt", "genesysState", "failuresInARow", "openStreams"})
public record HubHealth(String status, String lastRefresh, String lastAttempt, String genesysState, int failuresInARow,
                        int openStreams) {
}
