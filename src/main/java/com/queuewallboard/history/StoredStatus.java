package com.queuewallboard.history;

/**
 * A queue's status in a refresh, as stored (an integer per row): the CLI's "ok", "stale",
 * "error" and "noData", which together say whether the queue had live data and whether it was stale.
 */
enum StoredStatus {
    OK(true, false), STALE(true, true), ERROR(false, true), NO_DATA(false, false);

    final boolean live;
    final boolean stale;

    StoredStatus(boolean live, boolean stale) {
        this.live = live;
        this.stale = stale;
    }

    static StoredStatus of(boolean live, boolean stale) {
        return stale ? (live ? STALE : ERROR) : live ? OK : NO_DATA;
    }
}
