package com.queuewallboard.ui.settings;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.config.WallPreferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The dialog's wall-screen fields ({@link WallPreferences}): tile order, alarms, sound, ticker. */
final class WallScreenFields {
    private final BooleanProperty worstFirst = new SimpleBooleanProperty(this, "worstFirst");
    private final BooleanProperty alarmAtWarning = new SimpleBooleanProperty(this, "alarmAtWarning");
    private final DoubleProperty volume = new SimpleDoubleProperty(this, "volume");
    private final BooleanProperty muted = new SimpleBooleanProperty(this, "muted");
    private final StringProperty tickerText = new SimpleStringProperty(this, "tickerText", "");
    private final StringProperty tickerFile = new SimpleStringProperty(this, "tickerFile", "");

    WallScreenFields(WallPreferences wall) {
        worstFirst.set(wall.worstFirst());
        alarmAtWarning.set(wall.alarmAt() == AlertLevel.WARNING);
        volume.set(wall.soundVolume());
        muted.set(wall.muted());
        tickerText.set(wall.tickerText());
        tickerFile.set(wall.tickerFile());
    }

    /** The fields as preferences (all of them are valid whatever their value). */
    WallPreferences toPreferences() {
        return new WallPreferences(worstFirst.get(),
                alarmAtWarning.get() ? AlertLevel.WARNING : AlertLevel.ALERT,
                Math.max(0, Math.min(1, Math.round(volume.get() * 100) / 100.0)), muted.get(), tickerText.get(), tickerFile.get());
    }

    BooleanProperty worstFirstProperty() { return worstFirst; }
    /** True: alarms at WARNING; false: at ALERT only. */
    BooleanProperty alarmAtWarningProperty() { return alarmAtWarning; }
    /** Alarm volume 0..1. */
    DoubleProperty volumeProperty() { return volume; }
    BooleanProperty mutedProperty() { return muted; }
    StringProperty tickerTextProperty() { return tickerText; }
    StringProperty tickerFileProperty() { return tickerFile; }
}
