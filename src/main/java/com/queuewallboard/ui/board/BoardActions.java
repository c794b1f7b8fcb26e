package com.queuewallboard.ui.board;

/** What the board's buttons and menu ask of the application (window and dialogs live there). */
public interface BoardActions {
    BoardActions NONE = new BoardActions() {
    };

    default void openSettings() {
    }

    /** "Enter real credentials…": settings with demo switched off and the cursor on the region. */
    default void enterCredentials() {
        openSettings();
    }

    default void toggleFullScreen() {
    }

    default void toggleTheme() {
    }

    /** Moves the window to the next monitor (wraps around). */
    default void nextMonitor() {
    }
}
