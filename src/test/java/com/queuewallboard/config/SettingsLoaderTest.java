package com.queuewallboard.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsLoaderTest {
    private static final String ID = "1b2c3d4e-0000-4000-8000-123456789abc";
    @TempDir
    Path dir;

    private SettingsLoader.Loaded load(Map<String, String> env, String... args) throws Exception {
        return SettingsLoader.load(CommandLine.parse(args), env, dir, new SettingsStore(dir.resolve("home")), false);
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsDotEnvWhichBeatsTheFile() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("home"));
        store.save(Settings.defaults().withConnection("us_east_1", "from-file", Secret.of("file-secret")));
        Files.writeString(dir.resolve(".env"), "GENESYS_CLIENT_ID=from-dotenv\nGENESYS_REGION=mypurecloud.de\n# comment\nexport GENESYS_CLIENT_SECRET=\"dot secret\"\n");
        Settings s = load(Map.of("GENESYS_REGION", "eu-west-1")).settings();
        assertEquals("from-dotenv", s.clientId());
        assertEquals("dot secret", s.clientSecret().reveal());
        assertEquals("eu-west-1", s.region());
        Settings f = load(Map.of("GENESYS_REGION", "eu-west-1"), "--region", "usw2.pure.cloud", "--client-id", "flag-id").settings();
        assertEquals("usw2.pure.cloud", f.region());
        assertEquals("flag-id", f.clientId());
    }

    @Test
    void olderScriptNamesWork() throws Exception {
        Settings s = load(Map.of("GENESYS_ENV", "mypurecloud.ie", "GENESYS_QUEUE_ID", ID,
                "GENESYS_CLIENT_ID", "a", "GENESYS_CLIENT_SECRET", "b")).settings();
        assertEquals("mypurecloud.ie", s.region());
        assertEquals(List.of(ID), s.queues());
        assertFalse(s.runsDemo());
    }

    @Test
    void badInputGetsOneLineAnswers() {
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of("GENESYS_QUEUE_IDS", "abc")))
                .getMessage().contains("not a queue id"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of(), "--media", "fax"))
                .getMessage().contains("--media: 'fax' is not a media type"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of(), "--time-zone", "Mars/Base"))
                .getMessage().contains("unknown time zone"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of("GENESYS_CLIENT_ID", "a",
                "GENESYS_CLIENT_SECRET", "b", "GENESYS_REGION", "atlantis"))).getMessage().startsWith("GENESYS_REGION: Unknown region"));
    }

    @Test
    void brokenDotEnvNamesTheLineButNotItsContent() throws Exception {
        Files.writeString(dir.resolve(".env"), "GENESYS_CLIENT_ID=a\nthis is my secret\n");
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of()));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("my secret"));
    }

    @Test
    void theGuiToleratesABrokenSettingsFile() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{{{");
        SettingsLoader.Loaded loaded = SettingsLoader.load(CommandLine.parse(), Map.of(), dir, new SettingsStore(home), true);
        assertEquals(1, loaded.warnings().size());
        assertTrue(loaded.settings().runsDemo());
        assertThrows(ConfigException.class, () -> load(Map.of()));
    }

    @Test
    void secretFileFlag() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "from-file\n");
        assertEquals("from-file", load(Map.of("GENESYS_REGION", "eu_west_1"), "--client-id", "c",
                "--client-secret-file", secret.toString()).settings().clientSecret().reveal());
    }

    @Test
    void halfAnOAuthClientIsAnErrorNotSilentDemoData() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of("GENESYS_CLIENT_ID", "x", "GENESYS_REGION", "eu_west_1")));
        assertTrue(e.getMessage().contains("secret is missing"), e.getMessage());
        assertTrue(load(Map.of("GENESYS_CLIENT_ID", "x"), "--demo").settings().runsDemo(), "--demo says it is wanted");
        SettingsLoader.Loaded gui = SettingsLoader.load(CommandLine.parse(), Map.of("GENESYS_CLIENT_ID", "x"), dir,
                new SettingsStore(dir.resolve("home")), true);
        assertTrue(gui.settings().runsDemo());
        assertTrue(gui.warnings().get(0).contains("Showing demo data"), gui.warnings().toString());
    }

    @Test
    void dotEnvFromNotepadAndCommentsAfterQuotes() throws Exception {
        Files.writeString(dir.resolve(".env"), "\uFEFFGENESYS_CLIENT_ID=a\nGENESYS_CLIENT_SECRET=\"abc def\" # prod\nGENESYS_REGION=eu_west_1\n");
        Settings s = load(Map.of()).settings();
        assertEquals("a", s.clientId());
        assertEquals("abc def", s.clientSecret().reveal());
        Files.write(dir.resolve(".env"), new byte[]{'A', '=', (byte) 0xE9, '\n'});
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of())).getMessage().contains("not UTF-8"));
    }
}
