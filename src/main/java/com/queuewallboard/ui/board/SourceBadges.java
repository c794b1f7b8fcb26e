package com.queuewallboard.ui.board;

import com.queuewallboard.config.Settings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * What the status bar says about the source itself: which one it is (DEMO, the hub, the region),
 * how its figures arrive, whether it refuses this screen's key and whether its upstream has trouble.
 */
final class SourceBadges {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo");
    private final ReadOnlyStringWrapper transportText = new ReadOnlyStringWrapper(this, "transportText", "");
    /** The hub refuses this screen's viewer key: the board shows ACCESS REFUSED until a refresh works again. */
    private final ReadOnlyBooleanWrapper accessRefused = new ReadOnlyBooleanWrapper(this, "accessRefused");
    /** "Genesys: retrying" while the hub this screen follows has its own trouble with Genesys; else empty. */
    private final ReadOnlyStringWrapper upstreamText = new ReadOnlyStringWrapper(this, "upstreamText", "");

    /** Before the source has said what it is: named from the settings. */
    void showSettings(Settings settings) {
        demo.set(settings.runsDemo());
        if (settings.runsDemo()) sourceText.set("DEMO");
        else if (settings.baseUrl() != null) sourceText.set(settings.baseUrl());
        else sourceText.set(settings.region() == null ? "Region not set" : "Region " + settings.region());
    }

    /** @param simulatedTime the demo simulator's shifted clock, null for real data */
    void showSession(SourceSession session, LocalTime simulatedTime) {
        String description = session.description();
        demo.set(session.isDemo());
        if (session.isDemo()) sourceText.set(simulatedTime == null ? "DEMO" : "DEMO \u00b7 simulated time " + HOURS_MINUTES.format(simulatedTime));
        else if (description != null && !description.isBlank()) sourceText.set(description);
    }

    /** A refresh of {@code session} worked. */
    void refreshWorked(SourceSession session) {
        String transport = session.transportStatus();
        transportText.set(transport == null ? "" : transport);
        accessRefused.set(false);   // the refresh worked: the key is accepted (again)
        upstreamText.set(upstreamText(session.upstreamState()));
    }

    /** A refresh of {@code session} failed. */
    void refreshFailed(SourceSession session) {
        accessRefused.set(session.accessRefused());
        // the hub did not answer: what it last said about Genesys is no longer known
        upstreamText.set("");
    }

    /** The status bar badge for a relaying source's upstream: only its trouble is shown. */
    static String upstreamText(String state) {
        return "retrying".equals(state) ? "Genesys: retrying" : "";
    }

    /** A replay names itself: "REPLAY 10:42:10 ×10". */
    void showReplay(String text) {
        sourceText.set(text);
    }

    /** A replay is no demo, whatever the settings say. */
    void replayStarted() {
        demo.set(false);
    }

    String text() { return sourceText.get(); }
    ReadOnlyStringProperty sourceTextProperty() { return sourceText.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty demoProperty() { return demo.getReadOnlyProperty(); }
    ReadOnlyStringProperty transportTextProperty() { return transportText.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty accessRefusedProperty() { return accessRefused.getReadOnlyProperty(); }
    ReadOnlyStringProperty upstreamTextProperty() { return upstreamText.getReadOnlyProperty(); }
}
