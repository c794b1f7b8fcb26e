package com.queuewallboard.config;

import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the settings sources, strongest first: command-line flags, then environment variables,
 * then a {@code .env} file in the working folder, then the saved settings file, then defaults.
 */
public final class SettingsLoader {
    public static final Set<String> MEDIA_TYPES = Set.copyOf(MediaTypes.ALL);
    static final String ENVIRONMENT = "environment";

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
        Path dotEnvFile = workDir.resolve(".env");
        s = applyEnvironment(s, DotEnv.read(dotEnvFile), dotEnvFile.toString());
        s = applyEnvironment(s, env, ENVIRONMENT);
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
        String regionName = firstName(env, "GENESYS_REGION", "GENESYS_ENV");
        String region = regionName == null ? null : Option.region(env.get(regionName), name(source, regionName));
        String clientId = first(env, "GENESYS_CLIENT_ID");
        String secret = first(env, "GENESYS_CLIENT_SECRET");
        s = s.withConnection(region != null ? region : s.region(),
                clientId != null ? clientId : s.clientId(),
                secret != null ? Secret.of(secret) : s.clientSecret());
        String baseUrl = first(env, "GENESYS_BASE_URL");
        if (baseUrl != null) s = s.withUrls(Option.url(baseUrl, name(source, "GENESYS_BASE_URL")), s.loginUrl());
        String idsName = firstName(env, "GENESYS_QUEUE_IDS", "GENESYS_QUEUE_ID");
        if (idsName != null) {
            List<String> list = split(env.get(idsName));
            QueueSelection.requireIds(list, name(source, idsName));
            s = s.withQueues(list);
        }
        return s;
    }

    /** "GENESYS_REGION" for the environment, "/work/.env: GENESYS_REGION" for a .env file. */
    private static String name(String source, String variable) {
        return source.equals(ENVIRONMENT) ? variable : source + ": " + variable;
    }

    /** The flags were checked when the command line was parsed; here they only take their place. */
    static Settings applyFlags(Settings s, CommandLine cl) throws ConfigException {
        Secret secret = null;
        String secretFile = cl.value(Option.CLIENT_SECRET_FILE);
        if (secretFile != null) secret = SecretFile.read(Path.of(secretFile.strip()), "--client-secret-file " + secretFile.strip());
        s = s.withConnection(
                cl.value(Option.REGION) != null ? cl.value(Option.REGION).strip() : s.region(),
                cl.value(Option.CLIENT_ID) != null ? cl.value(Option.CLIENT_ID) : s.clientId(),
                secret != null ? secret : s.clientSecret());
        if (cl.value(Option.BASE_URL) != null || cl.value(Option.LOGIN_URL) != null) {
            s = s.withUrls(cl.value(Option.BASE_URL) != null ? cl.value(Option.BASE_URL).strip() : s.baseUrl(),
                    cl.value(Option.LOGIN_URL) != null ? cl.value(Option.LOGIN_URL).strip() : s.loginUrl());
        }
        if (cl.value(Option.QUEUES) != null) s = s.withQueues(split(cl.value(Option.QUEUES)));
        if (cl.value(Option.MEDIA) != null) s = s.withMediaTypes(Option.mediaTypes(split(cl.value(Option.MEDIA)), "--media"));
        if (cl.value(Option.INTERVAL) != null) s = s.withRefreshInterval(Duration.ofSeconds(cl.intValue(Option.INTERVAL)));
        if (cl.value(Option.TODAY_INTERVAL) != null || cl.value(Option.TIME_ZONE) != null) {
            Duration today = cl.value(Option.TODAY_INTERVAL) != null
                    ? Duration.ofSeconds(cl.intValue(Option.TODAY_INTERVAL)) : s.todayInterval();
            ZoneId zone = cl.value(Option.TIME_ZONE) != null ? Option.zone(cl.value(Option.TIME_ZONE), "--time-zone") : s.timeZone();
            s = s.withToday(today, zone);
        }
        s = s.withThresholds(thresholds(cl, s.thresholds()));
        if (cl.has("demo")) s = s.withDemo(true);
        return s;
    }

    private static ThresholdSettings thresholds(CommandLine cl, ThresholdSettings current) throws ConfigException {
        String target = cl.value(Option.SL_TARGET);
        Thresholds flags = new Thresholds(
                optionalInt(cl, Option.WARN_WAITING), optionalInt(cl, Option.ALERT_WAITING),
                optionalInt(cl, Option.WARN_WAIT), optionalInt(cl, Option.ALERT_WAIT),
                target == null ? null : Option.serviceLevelTarget(target, Option.SL_TARGET.flag()),
                optionalInt(cl, Option.SL_MARGIN));
        if (flags.equals(Thresholds.NONE)) return current;
        Thresholds merged = flags.orElse(current.defaults());
        // each level named by where it came from: the flag, or the saved settings it kept
        String[] names = new String[4];
        for (int i = 0; i < 4; i++) names[i] = label(cl, Levels.OPTIONS[i]);
        Levels.checkOrder(merged, "", names);
        for (var e : current.perQueue().entrySet()) {
            Levels.checkOrder(e.getValue().orElse(merged), "with the flags given, the saved levels of queue "
                    + e.getKey() + ": ", Levels.FILE_FIELDS);
        }
        return new ThresholdSettings(merged, current.perQueue());
    }

    private static String label(CommandLine cl, Option o) {
        return cl.value(o) != null ? o.flag() : "the " + o.name + " level in force (saved or default)";
    }

    private static Integer optionalInt(CommandLine cl, Option o) throws ConfigException {
        return cl.value(o) == null ? null : cl.intValue(o);
    }

    /** Kept for callers that check a typed list (the settings dialog). */
    static List<String> mediaTypes(String text) throws ConfigException {
        return Option.mediaTypes(split(text), "--media");
    }

    private static String first(Map<String, String> env, String... names) {
        String n = firstName(env, names);
        return n == null ? null : env.get(n).strip();
    }

    /** The first of these variables that is set to something. */
    private static String firstName(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) return n;
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
