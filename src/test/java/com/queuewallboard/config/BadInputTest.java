package com.queuewallboard.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Real-world bad input, one row per class of defect: each is refused with one line that says
 * what is wrong and where the value came from (flag, variable, .env or settings file).
 */
class BadInputTest {
    private static final String GOOD_ID = "1b2c3d4e-0000-4000-8000-123456789abc";

    @TempDir
    Path dir;

    /** One input: files it writes into the folder, environment, and the command line. */
    record Input(Map<String, String> files, Map<String, String> env, String... args) {
        static Input flags(String... args) {
            return new Input(Map.of(), Map.of(), args);
        }

        static Input env(Map<String, String> env) {
            return new Input(Map.of(), env);
        }

        static Input file(String name, String content) {
            return new Input(Map.of(name, content), Map.of());
        }

        static Input settings(String json) {
            return file("home/settings.json", json);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // 2. the settings file is checked as strictly as the flags, and is named as the source
                arguments("media type typo in the settings file", Input.settings("{\"mediaTypes\": [\"vioce\"]}"),
                        "settings file %home/settings.json: mediaTypes: 'vioce' is not a media type (voice, chat,"),
                arguments("negative level in the settings file", Input.settings("{\"thresholds\": {\"waitingWarning\": -1}}"),
                        "thresholds.waitingWarning must be a whole number from 0 to 86400, not '-1'"),
                arguments("warning above alert in the settings file",
                        Input.settings("{\"thresholds\": {\"waitingWarning\": 9, \"waitingAlert\": 4}}"),
                        "settings file %home/settings.json: thresholds.waitingWarning (9) is above waitingAlert (4)"),
                arguments("warning above alert on the command line", Input.flags("--warn-wait", "300", "--alert-wait", "120"),
                        "--warn-wait (300) is above --alert-wait (120): a queue would turn red before amber"),
                arguments("warning flag above the saved alert level", Input.flags("--warn-waiting", "7"),
                        "--warn-waiting (7) is above the alert-waiting level in force (saved or default) (6)"),
                arguments("service-level target typo in the settings file",
                        Input.settings("{\"thresholds\": {\"serviceLevelTarget\": \"eighty\"}}"),
                        "settings file %home/settings.json: thresholds.serviceLevelTarget: Write the service-level target as percent/seconds, e.g. 80/20, not 'eighty'."),
                arguments("service-level target of a queue out of range",
                        Input.settings("{\"queueThresholds\": {\"q1\": {\"serviceLevelTarget\": \"100/20\"}}}"),
                        "settings file %home/settings.json: queueThresholds.q1.serviceLevelTarget: Service-level percentage must be 1-99, not 100."),
                arguments("service-level margin out of range in the settings file",
                        Input.settings("{\"thresholds\": {\"serviceLevelMarginPoints\": 120}}"),
                        "settings file %home/settings.json: thresholds.serviceLevelMarginPoints must be a whole number from 0 to 99, not '120'."),
                arguments("service-level target flag typo", Input.flags("--sl-target", "80-20"),
                        "--sl-target: Write the service-level target as percent/seconds, e.g. 80/20, not '80-20'."),
                arguments("service-level margin flag out of range", Input.flags("--sl-margin", "-1"),
                        "--sl-margin must be a whole number from 0 to 99, not '-1'."),
                arguments("empty settings file", Input.settings(""), "settings file %home/settings.json is empty"),
                arguments("bad base URL in the settings file", Input.settings("{\"baseUrl\": \"http://example.com\"}"),
                        "settings file %home/settings.json: baseUrl uses plain http to example.com"),
                arguments("refresh out of range in the settings file", Input.settings("{\"refreshSeconds\": 1}"),
                        "settings file %home/settings.json: refreshSeconds must be a whole number from 2 to 3600"),
                arguments("bad region in the settings file", Input.settings("{\"region\": \"atlantis\"}"),
                        "settings file %home/settings.json: region: Unknown region 'atlantis'"),
                arguments("bad queue id in the settings file", Input.settings("{\"queues\": [\"1b2c3d4e-0000-4000-8000-12345678\"]}"),
                        "settings file %home/settings.json: queues: '1b2c3d4e-0000-4000-8000-12345678' is not a valid queue id"),
                // the same value from the environment and .env names the variable
                arguments("bad region in the environment, no credentials set", Input.env(Map.of("GENESYS_REGION", "atlantis")),
                        "GENESYS_REGION: Unknown region 'atlantis'"),
                arguments("bad region in GENESYS_ENV", Input.env(Map.of("GENESYS_ENV", "mars")), "GENESYS_ENV: Unknown region 'mars'"),
                arguments("bad base URL in .env", Input.file(".env", "GENESYS_BASE_URL=ftp://x\n"),
                        "%.env: GENESYS_BASE_URL 'ftp://x' is not an http(s) URL"),
                arguments("bad queue id in the environment", Input.env(Map.of("GENESYS_QUEUE_IDS", "abc")),
                        "GENESYS_QUEUE_IDS: 'abc' is not a queue id"),
                // 4. the secret file is refused unless it can be a secret
                arguments("secret file is a device", Input.flags("--client-secret-file", "/dev/zero"),
                        "--client-secret-file /dev/zero is not a regular file"),
                arguments("secret file is a folder", Input.flags("--client-secret-file", "%"), "is not a regular file"),
                arguments("secret file far too large", new Input(Map.of("big", "x".repeat(10_000_000)), Map.of(),
                        "--client-secret-file", "%big"), "is larger than 4096 bytes, too large to be a client secret"),
                arguments("secret file missing", Input.flags("--client-secret-file", "%nope"), "--client-secret-file %nope does not exist"),
                arguments("secret file empty", new Input(Map.of("empty", "\n"), Map.of(), "--client-secret-file", "%empty"), "is empty"),
                // 7. smaller ones of the same kind
                arguments("empty --queues", Input.flags("--queues", ""), "--queues is empty; leave it out to show every queue."),
                arguments("--queues of commas only", Input.flags("--queues=,,"), "--queues is empty"),
                arguments("repeated flag", Input.flags("--interval", "5", "--interval", "10"), "--interval is given more than once"),
                arguments("repeated switch", Input.flags("--demo", "--demo"), "--demo is given more than once"),
                arguments("bad region flag", Input.flags("--region", "atlantis"), "--region: Unknown region 'atlantis'"),
                arguments("refresh flag out of range", Input.flags("--interval=1"), "--interval must be a whole number from 2 to 3600, not '1'"),
                arguments("media flag typo", Input.flags("--media", "voice,fax"), "--media: 'fax' is not a media type"),
                arguments("decimal flag out of range", Input.flags("--speed", "0"), "--speed must be a number from 0.1 to 3600"),
                arguments("two modes", Input.flags("--once", "--watch"), "Choose one of --once, --watch, --list-queues and --simulate, not --once and --watch"),
                arguments("unknown option", Input.flags("--colour"), "Unknown option --colour."),
                arguments("the secret as a flag", Input.flags("--client-secret=hunter2"), "is not taken on the command line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithOneLineNamingItsSource(String what, Input input, String expected) throws IOException {
        for (var f : input.files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        String[] args = input.args().clone();
        for (int i = 0; i < args.length; i++) args[i] = args[i].replace("%", dir + "/");
        if (args.length > 0 && args[args.length - 1].equals(dir + "/")) args[args.length - 1] = dir.toString();
        Map<String, String> env = new HashMap<>(input.env());
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(CommandLine.parse(args), env, dir,
                new SettingsStore(dir.resolve("home")), false), what);
        String message = e.getMessage();
        String wanted = expected.replace("%", dir + "/");
        assertTrue(message.contains(wanted), "wanted «" + wanted + "» in «" + message + "»");
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("hunter2"), "never the secret");
    }
}
