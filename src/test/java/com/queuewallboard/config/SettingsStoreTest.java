package com.queuewallboard.config;

import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void savesAndLoadsEverythingWithTheSecretApart() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Settings s = Settings.defaults().withConnection("eu_west_1", "client-9", Secret.of("top-secret"))
                .withQueues(List.of("Sales", "1b2c3d4e-0000-4000-8000-123456789abc"))
                .withMediaTypes(List.of("voice", "chat"))
                .withRefreshInterval(Duration.ofSeconds(15))
                .withThresholds(new ThresholdSettings(new Thresholds(2, 4, 30, 90),
                        Map.of("q1", new Thresholds(null, 10, null, null))));
        store.save(s);
        Settings back = store.load();
        assertEquals("eu_west_1", back.region());
        assertEquals("client-9", back.clientId());
        assertEquals("top-secret", back.clientSecret().reveal());
        assertEquals(s.queues(), back.queues());
        assertEquals(List.of("voice", "chat"), back.mediaTypes());
        assertEquals(Duration.ofSeconds(15), back.refreshInterval());
        assertEquals(new Thresholds(2, 10, 30, 90), back.thresholds().forQueue("q1"));
        assertFalse(Files.readString(store.settingsFile()).contains("top-secret"), "secret never in settings.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.secretFile())));
    }

    @Test
    void aBrokenFileIsReportedAndNeverLost() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.settingsFile(), "{\"region\": \"eu_west_1\", oops");
        ConfigException e = assertThrows(ConfigException.class, store::load);
        assertTrue(e.getMessage().contains("is not valid JSON (line 1)"), e.getMessage());
        store.save(Settings.defaults());
        assertEquals("{\"region\": \"eu_west_1\", oops", Files.readString(brokenCopy()), "what the user wrote is kept");
        assertEquals(Settings.DEFAULT_REFRESH, store.load().refreshInterval(), "and the new file is readable");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temp files left behind");
        }
    }

    @Test
    void aFileWithABadValueIsAlsoKeptAside() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        String hand = "{\"region\": \"eu_west_1\", \"refreshSeconds\": 0}";
        Files.writeString(store.settingsFile(), hand);
        assertThrows(ConfigException.class, store::load);
        store.save(Settings.defaults());
        assertEquals(hand, Files.readString(brokenCopy()));
    }

    private Path brokenCopy() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("settings.json.broken-")).findFirst().orElseThrow();
        }
    }

    @Test
    void handEditedOddities() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.settingsFile(), "{\"queues\": [null, \" Sales \", \"\"]}");
        assertEquals(List.of("Sales"), store.load().queues());
        Files.writeString(store.settingsFile(), "{\"queues\": \"abc\"}");
        ConfigException e = assertThrows(ConfigException.class, store::load);
        assertTrue(e.getMessage().contains("'queues' has the wrong type"), e.getMessage());
    }

    @Test
    void outOfRangeValuesNameTheField() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.settingsFile(), "{\"refreshSeconds\": 0}");
        assertTrue(assertThrows(ConfigException.class, store::load).getMessage().contains("refreshSeconds"));
    }

    @Test
    void nothingSavedMeansDefaults() throws Exception {
        Settings s = new SettingsStore(dir.resolve("missing")).load();
        assertTrue(s.runsDemo());
        assertEquals(Settings.DEFAULT_REFRESH, s.refreshInterval());
    }
}
