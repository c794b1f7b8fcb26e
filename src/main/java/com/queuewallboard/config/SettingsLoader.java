package com.queuewallboard.config;

import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the settings sources, strongest first: command-line flags, then environment variables,
 * then a {@code .env} file in the working folder, then the saved settings file, then defaults.
 */
public final class SettingsLoader {
    public static final Set<String> MEDIA_TYPES = Set.of("voice", "chat", "email", "message", "callback",
            "cobrowse", "video", "screenshare");

    private SettingsLoader() {
    }

    /**
     * @param tolerateBrokenFile true for the GUI: an unreadable settings file, or half an OAuth
     *                           client, becomes a warning (defaults / demo data; the file is kept);
     *                           false for the CLI: both are errors
     */
    public static Loaded load(CommandLine cl, Map<String, String> env, Path workDir, SettingsStore store,
                              boolean tolerateBrokenFile) throws ConfigException {
        List<String> warnings = new ArrayList<>();
        Settings s;
        try {
            s = store.load();
        } catch (ConfigException e) {
            if (!tolerateBrokenFile) throw e;
            warnings.add(e.problem().message());
            s = Settings.defaults();
        }
        Map<String, String> dotEnv = DotEnv.read(workDir.resolve(".env"));
        s = applyEnvironment(s, dotEnv, ".env");
        s = applyEnvironment(s, env, "environment");
        s = applyFlags(s, cl);
        String half = halfAClient(s);
        if (half != null) {
            // Demo figures in place of real ones must never happen silently (a cron job whose
            // secret was not exported would report made-up numbers).
            if (!tolerateBrokenFile) throw new ConfigException(half);
            warnings.add(half + " Showing demo data until then.");
        }
        if (!s.runsDemo()) Endpoints.of(s);   // a bad region or URL is reported before any call
        return new Loaded(s, warnings);
    }

    /** Says which half of the OAuth client is missing when only one is set (and demo was not asked for). */
    static String halfAClient(Settings s) {
        if (s.demo()) return null;
        boolean id = !s.clientId().isEmpty();
        boolean secret = !s.clientSecret().isEmpty();
        if (id == secret) return null;
        return id ? "The OAuth client secret is missing (a client id is set). Set GENESYS_CLIENT_SECRET, put it in .env, "
                + "use --client-secret-file or save it in the settings; or add --demo for demo data."
                : "The OAuth client id is missing (a secret is set). Set GENESYS_CLIENT_ID or --client-id; or add --demo for demo data.";
    }

    static Settings applyEnvironment(Settings s, Map<String, String> env, String source) throws ConfigException {
        String region = first(env, "GENESYS_REGION", "GENESYS_ENV");
        String clientId = first(env, "GENESYS_CLIENT_ID");
        String secret = first(env, "GENESYS_CLIENT_SECRET");
        s = s.withConnection(region != null ? region : s.region(),
                clientId != null ? clientId : s.clientId(),
                secret != null ? Secret.of(secret) : s.clientSecret());
        String baseUrl = first(env, "GENESYS_BASE_URL");
        if (baseUrl != null) s = s.withUrls(baseUrl, s.loginUrl());
        String ids = first(env, "GENESYS_QUEUE_IDS", "GENESYS_QUEUE_ID");
        if (ids != null) {
            List<String> list = split(ids);
            QueueSelection.requireIds(list, source + " GENESYS_QUEUE_IDS");
            s = s.withQueues(list);
        }
        return s;
    }

    static Settings applyFlags(Settings s, CommandLine cl) throws ConfigException {
        String secret = null;
        if (cl.value("client-secret-file") != null) secret = readSecretFile(Path.of(cl.value("client-secret-file")));
        s = s.withConnection(
                cl.value("region") != null ? cl.value("region") : s.region(),
                cl.value("client-id") != null ? cl.value("client-id") : s.clientId(),
                secret != null ? Secret.of(secret) : s.clientSecret());
        if (cl.value("base-url") != null || cl.value("login-url") != null) {
            s = s.withUrls(cl.value("base-url") != null ? cl.value("base-url") : s.baseUrl(),
                    cl.value("login-url") != null ? cl.value("login-url") : s.loginUrl());
        }
        if (cl.value("queues") != null) {
            List<String> queues = split(cl.value("queues"));
            QueueSelection.parse(queues);   // a malformed id fails here, before any call
            s = s.withQueues(queues);
        }
        if (cl.value("media") != null) s = s.withMediaTypes(mediaTypes(cl.value("media")));
        if (cl.value("interval") != null) {
            s = s.withRefreshInterval(Duration.ofSeconds(cl.intValue("interval", 10, 2, 3600)));
        }
        if (cl.value("today-interval") != null || cl.value("time-zone") != null) {
            Duration today = cl.value("today-interval") != null
                    ? Duration.ofSeconds(cl.intValue("today-interval", 60, 10, 3600)) : s.todayInterval();
            s = s.withToday(today, zone(cl.value("time-zone"), s.timeZone()));
        }
        s = s.withThresholds(thresholds(cl, s.thresholds()));
        if (cl.has("demo")) s = s.withDemo(true);
        return s;
    }

    private static ThresholdSettings thresholds(CommandLine cl, ThresholdSettings current) throws ConfigException {
        Thresholds d = current.defaults();
        Thresholds flags = new Thresholds(
                optionalInt(cl, "warn-waiting"), optionalInt(cl, "alert-waiting"),
                optionalInt(cl, "warn-wait"), optionalInt(cl, "alert-wait"));
        return new ThresholdSettings(flags.orElse(d), current.perQueue());
    }

    private static Integer optionalInt(CommandLine cl, String name) throws ConfigException {
        return cl.value(name) == null ? null : cl.intValue(name, 0, 0, 86_400);
    }

    static List<String> mediaTypes(String text) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (String m : split(text)) {
            String media = m.toLowerCase(Locale.ROOT);
            if (!MEDIA_TYPES.contains(media)) {
                throw new ConfigException("Unknown media type '" + m + "'. Use some of: "
                        + String.join(", ", MEDIA_TYPES.stream().sorted().toList()) + ".");
            }
            if (!out.contains(media)) out.add(media);
        }
        if (out.isEmpty()) throw new ConfigException("--media needs at least one media type, e.g. voice.");
        return out;
    }

    private static ZoneId zone(String text, ZoneId fallback) throws ConfigException {
        if (text == null) return fallback;
        try {
            return ZoneId.of(text.strip());
        } catch (RuntimeException e) {
            throw new ConfigException("Unknown time zone '" + text + "'. Use a name like Europe/Dublin or America/New_York.");
        }
    }

    private static String readSecretFile(Path file) throws ConfigException {
        try {
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) throw new ConfigException("--client-secret-file " + file + " is empty.");
            return secret;
        } catch (IOException e) {
            throw new ConfigException("Cannot read --client-secret-file " + file + " (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static String first(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** The merged settings and what the user should be told about them. */
    public record Loaded(Settings settings, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }
}
