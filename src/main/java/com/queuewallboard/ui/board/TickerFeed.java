package com.queuewallboard.ui.board;

import com.queuewallboard.config.WallPreferences;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.Executor;

/** The team message for the ticker: the ticker file's text while it has any, else the typed text. */
final class TickerFeed {
    private final Executor executor;
    private final ReadOnlyStringWrapper tickerText = new ReadOnlyStringWrapper(this, "tickerText", "");
    private WallPreferences wall;
    private TickerFile tickerFile;

    TickerFeed(Executor executor, WallPreferences wall) {
        this.executor = executor;
        show(wall);
    }

    /** The ticker follows the preferences: the file's text while it has any, else the typed text. */
    void show(WallPreferences wall) {
        this.wall = wall;
        String file = wall.tickerFile();
        if (file.isEmpty()) tickerFile = null;
        else if (tickerFile == null || !tickerFile.pathText().equals(file)) tickerFile = new TickerFile(file);
        tickerText.set(wall.tickerText());
        poll();
    }

    /** A cheap poll of the ticker file on each refresh, off the FX thread (the file may be on a share). */
    void poll() {
        TickerFile file = tickerFile;
        if (file == null) return;
        executor.execute(() -> {
            String text = file.poll();
            javafx.application.Platform.runLater(() -> {
                if (file == tickerFile) tickerText.set(text.isEmpty() ? wall.tickerText() : text);
            });
        });
    }

    ReadOnlyStringProperty textProperty() { return tickerText.getReadOnlyProperty(); }
}
