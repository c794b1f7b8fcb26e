package com.queuewallboard.ui;

/** What the board's buttons and menu ask of the application (window and dialogs live there). */
public interface BoardActions {
    BoardActions NONE = new BoardActions() {
    };

    default void openSettings() {
    }

    default void toggleFullScreen() {
    }

    default void toggleTheme() {
    }

    /** Moves the window to the next monitor (wraps around). */
    default void nextMonitor() {
    }
}
