package com.queuewallboard.ui.common;

/** The board's stylesheets, shared by the board window and the settings dialog. */
public final class Stylesheets {
    /** The dark theme, always loaded. */
    public static final String DARK = url("wallboard.css");
    /** Loaded on top of {@link #DARK} for the light theme. */
    public static final String LIGHT = url("light.css");

    private Stylesheets() {
    }

    private static String url(String name) {
        return Stylesheets.class.getResource("/com/queuewallboard/ui/" + name).toExternalForm();
    }
}
