package com.queuewallboard.history;

/**
 * Whether history is being recorded, for the status bar: "history on", or "history off: database
 * is locked". Immutable; a recorder publishes a new one when it changes.
 *
 * @param on      true while refreshes are being recorded
 * @param reason  why it is off (null while on): "database is locked", "file is from a newer version"
 * @param dropped refreshes dropped because the writer fell behind (the caller never waits for it)
 */
public record HistoryStatus(boolean on, String reason, long dropped) {

    public static final HistoryStatus DISABLED = new HistoryStatus(false, "switched off (--no-history)", 0);

    public static HistoryStatus recording(long dropped) {
        return new HistoryStatus(true, null, dropped);
    }

    public static HistoryStatus off(String reason, long dropped) {
        return new HistoryStatus(false, reason, dropped);
    }

    /** One line for a status bar or stderr: "history on", "history off: database is locked". */
    public String text() {
        String base = on ? "history on" : "history off: " + reason;
        return dropped == 0 ? base : base + " (" + dropped + " refreshes not recorded: the writer was behind)";
    }
}
