package com.queuewallboard.config;

import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.queuewallboard.app.AtomicFiles;

import java.io.IOException;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assumeTrue(AtomicFiles.posix(), "this file system has no POSIX permissions");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.secretFile())));
    }

    private static Settings pair(String id, String secret) {
        return Settings.defaults().withConnection("eu_west_1", id, Secret.of(secret));
    }

    @Test
    void aCrashBetweenTheTwoWritesKeepsTheOldPair() throws Exception {
        new SettingsStore(dir).save(pair("old-id", "old-secret"));
        SettingsStore crashing = new SettingsStore(dir, () -> {
            throw new IOException("power cut");
        });
        assertThrows(ConfigException.class, () -> crashing.save(pair("new-id", "new-secret")));
        Settings back = new SettingsStore(dir).load();
        assertEquals("old-id", back.clientId());
        assertEquals("old-secret", back.clientSecret().reveal(), "never the new secret with the old id");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("client-secret")).count(),
                    "the orphaned new secret is removed at the next start");
        }
    }

    @Test
    void killedSavesLeaveNoTempCopiesBehind() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(pair("a", "s"));
        Path stale = Files.writeString(dir.resolve("client-secret-1234.tmp"), "a-secret");
        Path staleSettings = Files.writeString(dir.resolve("settings.json5678.tmp"), "{}");
        Path notOurs = Files.writeString(dir.resolve("ui-state.json42.tmp"), "{}");
        assertEquals("a", new SettingsStore(dir).load().clientId());
        assertFalse(Files.exists(stale), "a temp copy of the secret is removed");
        assertFalse(Files.exists(staleSettings));
        assertTrue(Files.exists(notOurs), "another writer's temp file is not ours to remove");
    }

    @Test
    void aReaderNeverPairsOneSavesSettingsWithAnothersSecret() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(pair("id-0", "secret-0"));
        Thread writer = new Thread(() -> {
            try {
                for (int i = 1; i <= 60; i++) new SettingsStore(dir).save(pair("id-" + i, "secret-" + i));
            } catch (ConfigException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        int reads = 0;
        while (writer.isAlive() || reads == 0) {
            Settings s = store.load();
            assertEquals(s.clientId().substring(3), s.clientSecret().reveal().substring(7), "a consistent pair");
            reads++;
        }
        writer.join();
        assertEquals("secret-60", store.load().clientSecret().reveal());
    }

    @Test
    void brokenCopiesAreNeverOverwritten() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.settingsFile(), "first {");
        store.save(Settings.defaults());
        Files.writeString(store.settingsFile(), "second {");
        store.save(Settings.defaults());
        assertEquals("first {", Files.readString(dir.resolve("settings.json.broken")));
        assertEquals("second {", Files.readString(dir.resolve("settings.json.broken-2")));
    }

    @Test
    void aSecretSavedBeforeGenerationsIsStillRead() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"version\": 1, \"clientId\": \"legacy\", \"region\": \"eu_west_1\"}");
        Files.writeString(dir.resolve("client-secret"), "legacy-secret\n");
        SettingsStore store = new SettingsStore(dir);
        assertEquals("legacy-secret", store.load().clientSecret().reveal());
        store.save(store.load().withConnection("eu_west_1", "legacy", Secret.of("renewed")));
        assertFalse(Files.exists(dir.resolve("client-secret")), "the old file goes once the pair is saved anew");
        assertEquals("renewed", store.load().clientSecret().reveal());
    }

    @Test
    void clearingTheSecretRemovesItsFile() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(pair("a", "s"));
        store.save(pair("a", ""));
        assertTrue(store.load().clientSecret().isEmpty());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("client-secret")));
        }
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
            return files.filter(f -> f.getFileName().toString().equals("settings.json.broken")).findFirst().orElseThrow();
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
        Files.writeString(store.settingsFile(), "  \n");
        assertTrue(assertThrows(ConfigException.class, store::load).getMessage().endsWith(
                "is empty. Delete it, or save the settings again."));
    }

    @Test
    void serviceLevelTargetsAndMarginsAreSavedAsWrittenAndReadBack() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        var target = new com.queuewallboard.board.ServiceLevelTarget(90, 15);
        store.save(Settings.defaults().withThresholds(new ThresholdSettings(
                new Thresholds(3, 6, 60, 180, new com.queuewallboard.board.ServiceLevelTarget(80, 20), 4),
                Map.of("q1", new Thresholds(null, null, null, null, target, null)))));
        String json = Files.readString(store.settingsFile()).replaceAll("\\s", "");
        assertTrue(json.contains("\"serviceLevelTarget\":\"80/20\"") && json.contains("\"serviceLevelMarginPoints\":4")
                && json.contains("\"serviceLevelTarget\":\"90/15\""), json);
        Settings back = store.load();
        assertEquals(new Thresholds(3, 6, 60, 180, target, 4), back.thresholds().forQueue("q1"));
        assertEquals(4, back.thresholds().forQueue("other").marginPoints());
        Files.writeString(store.settingsFile(), "{\"thresholds\": {\"serviceLevelTarget\": \" 85 % / 30 \"}}");
        assertEquals(new com.queuewallboard.board.ServiceLevelTarget(85, 30), store.load().thresholds().defaults().serviceLevelTarget());
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
