package com.queuewallboard.config;

import com.queuewallboard.board.AlertLevel;

/**
 * How the wall screen behaves, beyond what it shows: tile order, when alarms sound and how loud,
 * and the team message along the bottom. Applied live (no reconnect) when changed in settings.
 *
 * @param worstFirst  tiles ordered by level, then by waiting calls (re-sorted only when a level changes)
 * @param alarmAt     the level that raises an alarm: WARNING or ALERT
 * @param soundVolume 0 (silent) to 1 (full)
 * @param muted       no alarm sounds at all (the banner and notifications stay)
 * @param tickerText  the team message; empty = none
 * @param tickerFile  a text file whose content is the team message (wins over the text while it
 *                    has any); empty = none. Lets one file on a share update every screen.
 */
public record WallPreferences(boolean worstFirst, AlertLevel alarmAt, double soundVolume, boolean muted,
                              String tickerText, String tickerFile) {

    public static final double DEFAULT_VOLUME = 0.8;
    /** Configured order, alarms at ALERT, sound on at 80 %, no ticker. */
    public static final WallPreferences DEFAULTS =
            new WallPreferences(false, AlertLevel.ALERT, DEFAULT_VOLUME, false, "", "");

    public WallPreferences {
        if (alarmAt == null) alarmAt = AlertLevel.ALERT;
        if (alarmAt == AlertLevel.NORMAL) {
            throw new IllegalArgumentException("Alarms are raised at WARNING or ALERT, not NORMAL.");
        }
        if (!(soundVolume >= 0 && soundVolume <= 1)) {
            throw new IllegalArgumentException("The alarm volume must be 0-1, not " + soundVolume + ".");
        }
        tickerText = tickerText == null ? "" : tickerText.strip();
        tickerFile = tickerFile == null ? "" : tickerFile.strip();
    }

    /** True when a ticker line is wanted at all (a text or a file). */
    public boolean tickerOn() {
        return !tickerText.isEmpty() || !tickerFile.isEmpty();
    }

    public WallPreferences withWorstFirst(boolean on) {
        return new WallPreferences(on, alarmAt, soundVolume, muted, tickerText, tickerFile);
    }

    public WallPreferences withSound(double volume, boolean mute) {
        return new WallPreferences(worstFirst, alarmAt, volume, mute, tickerText, tickerFile);
    }

    public WallPreferences withAlarmAt(AlertLevel level) {
        return new WallPreferences(worstFirst, level, soundVolume, muted, tickerText, tickerFile);
    }

    public WallPreferences withTicker(String text, String file) {
        return new WallPreferences(worstFirst, alarmAt, soundVolume, muted, text, file);
    }
}
