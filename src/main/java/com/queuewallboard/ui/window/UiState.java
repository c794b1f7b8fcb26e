package com.queuewallboard.ui.window;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the window looked like last time, so a wall PC that reboots at night comes back the same:
 * geometry, monitor, full screen and theme. Stored as ui-state.json in the settings folder.
 *
 * @param x          window left edge, null = centre on the monitor
 * @param y          window top edge, null = centre on the monitor
 * @param width      window width
 * @param height     window height
 * @param monitor    index into {@code Screen.getScreens()}, null = primary
 * @param fullScreen whether the board was full screen
 * @param theme      "dark" or "light"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UiState(Double x, Double y, double width, double height, Integer monitor, boolean fullScreen, String theme) {

    public static final String DARK = "dark";
    public static final String LIGHT = "light";
    public static final UiState DEFAULT = new UiState(null, null, 1600, 900, null, false, DARK);

    public UiState {
        width = width >= 400 ? width : 1600;
        height = height >= 300 ? height : 900;
        theme = LIGHT.equals(theme) ? LIGHT : DARK;
    }

    public boolean lightTheme() {
        return LIGHT.equals(theme);
    }

    public UiState withGeometry(double newX, double newY, double newWidth, double newHeight, Integer newMonitor) {
        return new UiState(newX, newY, newWidth, newHeight, newMonitor, fullScreen, theme);
    }

    public UiState withFullScreen(boolean newFullScreen) {
        return new UiState(x, y, width, height, monitor, newFullScreen, theme);
    }

    public UiState withMonitor(Integer newMonitor) {
        return new UiState(null, null, width, height, newMonitor, fullScreen, theme);
    }

    public UiState withTheme(String newTheme) {
        return new UiState(x, y, width, height, monitor, fullScreen, newTheme);
    }
}
