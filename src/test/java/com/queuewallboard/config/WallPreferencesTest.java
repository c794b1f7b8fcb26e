package com.queuewallboard.config;

import com.queuewallboard.board.AlertLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WallPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void savedPreferencesComeBackAndDefaultsAreNotWritten() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(Settings.defaults());
        assertFalse(Files.readString(dir.resolve("settings.json")).contains("\"wall\""), "defaults add nothing to the file");
        assertEquals(WallPreferences.DEFAULTS, store.load().wall());

        WallPreferences mine = new WallPreferences(true, AlertLevel.WARNING, 0.35, true, "Team meeting at 15:00", "/srv/share/ticker.txt");
        store.save(Settings.defaults().withWall(mine));
        assertEquals(mine, store.load().wall());
    }

    @Test
    void aHandEditedFileWithABadLevelOrVolumeSaysWhichFieldAndWhat() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"version\":2,\"wall\":{\"alarmAt\":\"loud\"}}", StandardCharsets.UTF_8);
        ConfigException level = assertThrows(ConfigException.class, () -> new SettingsStore(dir).load());
        assertTrue(level.getMessage().contains("wall.alarmAt") && level.getMessage().contains("WARNING or ALERT"), level.getMessage());

        Files.writeString(dir.resolve("settings.json"), "{\"version\":2,\"wall\":{\"soundVolume\":3}}", StandardCharsets.UTF_8);
        ConfigException volume = assertThrows(ConfigException.class, () -> new SettingsStore(dir).load());
        assertTrue(volume.getMessage().contains("wall.soundVolume"), volume.getMessage());
    }

    @Test
    void aPartialWallSectionKeepsTheOtherDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"version\":2,\"wall\":{\"worstFirst\":true,\"alarmAt\":\"warning\"}}",
                StandardCharsets.UTF_8);
        WallPreferences wall = new SettingsStore(dir).load().wall();
        assertTrue(wall.worstFirst());
        assertEquals(AlertLevel.WARNING, wall.alarmAt());
        assertEquals(WallPreferences.DEFAULT_VOLUME, wall.soundVolume());
        assertFalse(wall.tickerOn(), "the ticker is off by default");
    }

    @Test
    void preferencesRefuseANormalAlarmLevelAndAVolumeOutside0To1() {
        assertThrows(IllegalArgumentException.class, () -> WallPreferences.DEFAULTS.withAlarmAt(AlertLevel.NORMAL));
        assertThrows(IllegalArgumentException.class, () -> WallPreferences.DEFAULTS.withSound(1.5, false));
        assertThrows(IllegalArgumentException.class, () -> WallPreferences.DEFAULTS.withSound(Double.NaN, false));
    }
}
