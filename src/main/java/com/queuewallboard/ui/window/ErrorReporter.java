package com.queuewallboard.ui.window;

import com.queuewallboard.ui.board.BoardViewModel;

import javafx.application.Platform;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catches what nobody else caught: logs it with its stack trace (to the log file, never the
 * console) and shows one line on the board's banner, so an unattended wall never shows a dead
 * window or a modal dialog nobody will click.
 */
final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());
    private final BoardViewModel model;

    private ErrorReporter(BoardViewModel model) {
        this.model = model;
    }

    static void install(BoardViewModel model) {
        ErrorReporter reporter = new ErrorReporter(model);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        if (Platform.isFxApplicationThread()) Thread.currentThread().setUncaughtExceptionHandler(reporter);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.log(Level.SEVERE, "Unexpected error on thread " + thread.getName(), error);
            String message = friendly(error);
            if (Platform.isFxApplicationThread()) model.showNotice(message);
            else Platform.runLater(() -> model.showNotice(message));
        } catch (Throwable ignored) {
            // Never throw from the handler itself.
        }
    }

    static String friendly(Throwable error) {
        String what = error.getClass().getSimpleName();
        return "Something went wrong (" + what + "). The board keeps running; details are in the log file.";
    }
}
