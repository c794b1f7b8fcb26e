package com.queuewallboard.ui.board;

/** How the link to the data source is doing, as the status bar shows it. */
public enum ConnectionState {
    /** Opening the source, no answer yet. */
    CONNECTING("Connecting"),
    /** The last refresh worked and every part of it came back. */
    CONNECTED("Connected"),
    /** The last refresh worked but some parts failed (see the problems). */
    PARTIAL("Connected, with problems"),
    /** One or two refreshes in a row failed; retrying with back-off. */
    RETRYING("Retrying"),
    /** Several refreshes in a row failed, or one failed in a way retrying will not fix (refused
     *  secret, missing permission, bad settings); still retrying, with back-off. */
    FAILING("Failing"),
    /** The supervisor paused the refresh (P). */
    PAUSED("Paused");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The CSS pseudo-class name for this state. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
