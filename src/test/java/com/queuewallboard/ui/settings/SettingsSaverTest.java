package com.queuewallboard.ui.settings;

import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SettingsSaverTest {

    @Test
    void savingKeepsRunOnlyValuesOutOfTheFile() {
        Settings stored = Settings.defaults();
        Settings running = new Settings("eu_west_1", "http://127.0.0.1:18555", null, "id", Secret.of("s"), List.of("Sales"),
                List.of("voice", "chat"), Duration.ofSeconds(15), Duration.ofSeconds(300), ZoneId.of("Asia/Tokyo"), null, false);
        Settings saved = SettingsWindow.dialogFieldsOnto(stored, running);
        assertNull(saved.baseUrl(), "--base-url of this run is not pinned");
        assertEquals(stored.timeZone(), saved.timeZone());
        assertEquals(stored.todayInterval(), saved.todayInterval());
        assertEquals("eu_west_1", saved.region());
        assertEquals(List.of("Sales"), saved.queues());
        assertEquals(List.of("voice", "chat"), saved.mediaTypes());
        assertEquals(Duration.ofSeconds(15), saved.refreshInterval());
    }

    @Test
    void withoutARegionTheBaseUrlIsTheOnlyWayInAndIsKept() {
        Settings running = new Settings(null, "https://genesys-proxy.example.com", null, "id", Secret.of("s"), List.of(),
                null, null, null, null, null, false);
        assertEquals("https://genesys-proxy.example.com", SettingsWindow.dialogFieldsOnto(Settings.defaults(), running).baseUrl());
    }
}
