package com.queuewallboard.config;

import com.queuewallboard.board.ServiceLevelTarget;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every command-line option, written once: its name, value, range, default and help. The parser
 * ({@link CommandLine}), the checks of the same setting from the environment, {@code .env} and
 * the settings file ({@link SettingsLoader}, {@link SettingsDocument}) and the --help text all
 * come from here, so a range or a default cannot differ between them.
 */
public enum Option {
    // What to do. The first four are the CLI modes, and exclude one another.
    ONCE(Section.MODE, "once", "print one snapshot and exit"),
    WATCH(Section.MODE, "watch", "print a snapshot every interval until Ctrl+C (or until the reader of the output goes)"),
    LIST_QUEUES(Section.MODE, "list-queues", "print the id and name of every queue"),
    SIMULATE(Section.MODE, "simulate", "run only the demo Genesys simulator for other clients"),
    REPORT(Section.MODE, "report", "write the end-of-day report of a recorded day (also as the word `report`): "
            + "--date, --format html|csv|json, --out"),
    SERVE(Section.MODE, "serve", "run a hub: connect to Genesys once and serve the board to many screens "
            + "(browsers at /, other wallboards with --hub); see the README"),
    ROTATE_HUB_KEY(Section.MODE, "rotate-hub-key", "make a new hub viewer key (the old one stops working), print it, exit"),
    HELP(Section.MODE, "help", "this text (also -h)"),
    VERSION(Section.MODE, "version", "the version of this build"),

    REGION(Section.CONNECTION, "region", Type.TEXT, "R", null,
            "region key (eu_west_1), AWS name (eu-west-1) or domain (mypurecloud.ie); " + Regions.SHORTHAND_NOTE),
    CLIENT_ID(Section.CONNECTION, "client-id", Type.TEXT, "ID", null, "OAuth client id (Client Credentials grant)"),
    CLIENT_SECRET_FILE(Section.CONNECTION, "client-secret-file", Type.TEXT, "F", null,
            "read the client secret from file F (the secret is never a flag; a regular file under "
                    + SecretFile.MAX_BYTES + " bytes)"),
    BASE_URL(Section.CONNECTION, "base-url", Type.URL, "URL", null,
            "API base URL for another deployment, a proxy or a simulator (plain http only for 127.0.0.1/localhost)"),
    LOGIN_URL(Section.CONNECTION, "login-url", Type.URL, "URL", null,
            "login (OAuth) host, if it does not follow --base-url (api.X -> login.X)"),
    DEMO(Section.CONNECTION, "demo", "use the embedded simulator even when credentials are set"),
    NO_PUSH(Section.CONNECTION, "no-push", "poll every interval instead of live push (Genesys notifications)"),

    QUEUES(Section.SHOW, "queues", Type.TEXT, "LIST", null,
            "queue ids or names, comma-separated; * is a wildcard (\"Sales,Sup*\"). Leave it out for every queue of the org"),
    MEDIA(Section.SHOW, "media", Type.MEDIA, "LIST", "voice",
            "media types counted, comma-separated: " + String.join(", ", MediaTypes.ALL)),
    INTERVAL(Section.SHOW, "interval", "S", 2, 3600, 10, "live refresh, seconds"),
    TODAY_INTERVAL(Section.SHOW, "today-interval", "S", 10, 3600, 60, "today's totals refresh, seconds"),
    TIME_ZONE(Section.SHOW, "time-zone", Type.ZONE, "Z", "this computer's zone",
            "where \"today\" starts, e.g. Europe/Dublin"),
    WARN_WAITING(Section.SHOW, "warn-waiting", "N", 0, 86_400, 3, "calls waiting that turn a queue amber"),
    ALERT_WAITING(Section.SHOW, "alert-waiting", "N", 0, 86_400, 6, "calls waiting that turn a queue red"),
    WARN_WAIT(Section.SHOW, "warn-wait", "S", 0, 86_400, 60, "longest wait in seconds that turns a queue amber"),
    ALERT_WAIT(Section.SHOW, "alert-wait", "S", 0, 86_400, 180,
            "longest wait in seconds that turns a queue red. A warning level may not be above its alert level; "
                    + "a queue is always red while calls waiting exceed agents available"),
    SL_TARGET(Section.SHOW, "sl-target", Type.SERVICE_LEVEL, "P/S", "each queue's own from Genesys, else 80/20",
            "service-level target for every queue: P % of calls answered within S seconds, e.g. 80/20"),
    SL_MARGIN(Section.SHOW, "sl-margin", "P", 0, 99, 5,
            "service-level points below target that are still amber; further below is red. A queue with fewer than 5 "
                    + "calls offered (today and in the last 30 minutes) is not judged on service level"),

    FORMAT(Section.TERMINAL, "format", Type.TEXT, "F", "table",
            "table, json or csv. JSON fields: see the README. For report: html (default), csv or json"),
    COUNT(Section.TERMINAL, "count", "N", 1, Integer.MAX_VALUE, null,
            "with --watch: stop after N snapshots. --watch keeps going through outages (a failed refresh prints "
                    + "the last figures as stale) and exits with the most serious problem seen during the run"),

    HISTORY(Section.HISTORY, "history", Type.TEXT, "FILE", "history.db in the settings folder",
            "the history database (SQLite). Every refresh is recorded in the window, the hub and --watch; never in --once"),
    NO_HISTORY(Section.HISTORY, "no-history", "record nothing"),
    HISTORY_DAYS(Section.HISTORY, "history-days", "N", 1, 3650, 90, "keep N days of history; older rows are pruned daily"),
    REPLAY(Section.HISTORY, "replay", Type.TEXT, "DATE", null,
            "play back a recorded day (YYYY-MM-DD, or `today`) in the window, or with --watch; --speed 1..3600 sets its pace"),
    FROM(Section.HISTORY, "from", Type.TEXT, "HH:MM", null, "with --replay: start at this time of the day"),
    DATE(Section.HISTORY, "date", Type.TEXT, "DATE", "today", "with report: the day (YYYY-MM-DD, or `today`)"),
    OUT(Section.HISTORY, "out", Type.TEXT, "FILE", null, "with report: write to FILE instead of the terminal"),
    WATCH_ON(Section.TERMINAL, "watch-on", Type.TEXT, "WHEN", "change",
            "with --watch: print a snapshot on each `change` (at most one a second) or each `interval`"),

    FULLSCREEN(Section.WINDOW, "fullscreen", "start full screen (for a wall TV)"),
    MONITOR(Section.WINDOW, "monitor", "N", 1, 16, 1, "which monitor, 1 = primary"),

    HUB(Section.HUB, "hub", Type.TEXT, "URL", null,
            "follow a hub (https://host:8470) instead of Genesys: no Genesys credentials needed on this screen"),
    HUB_KEY_FILE(Section.HUB, "hub-key-file", Type.TEXT, "F", null,
            "read the hub's viewer key from file F (or set QUEUE_WALLBOARD_HUB_KEY)"),
    HUB_BIND(Section.HUB, "hub-bind", Type.TEXT, "ADDR", null,
            "--serve: address to listen on; default 127.0.0.1, or every address with --hub-tls-keystore or --insecure-lan"),
    HUB_TLS_KEYSTORE(Section.HUB, "hub-tls-keystore", Type.TEXT, "F", null,
            "--serve: serve https with the certificate in PKCS#12 file F"),
    HUB_TLS_PASSWORD_FILE(Section.HUB, "hub-tls-password-file", Type.TEXT, "F", null,
            "--serve: the keystore's password from file F (or set QUEUE_WALLBOARD_HUB_TLS_PASSWORD)"),
    INSECURE_LAN(Section.HUB, "insecure-lan", "--serve: allow plain http on a non-loopback address; --hub: allow "
            + "following such a hub (anyone on the network can read the viewer key)"),
    HUB_MESSAGE(Section.HUB, "hub-message", Type.TEXT, "TEXT", null,
            "--serve: a team message every screen shows (read-only for screens)"),
    HUB_MAX_STREAMS(Section.HUB, "hub-max-streams", "N", 1, 100_000, 500, "--serve: most open event streams at once"),

    PORT(Section.SIMULATOR, "port", "N", 0, 65535, null,
            "port for --simulate (leave it out for any free port) or --serve (default 8470)"),
    SEED(Section.SIMULATOR, "seed", "N", 0, Integer.MAX_VALUE, 42, "model seed"),
    SPEED(Section.SIMULATOR, "speed", Type.DECIMAL, "X", 0.1, 3600, 1.0,
            "model seconds per real second; with --replay, recorded seconds per real second (1 to 3600)"),
    SIM_TIME(Section.SIMULATOR, "sim-time", Type.TEXT, "VALUE", null,
            "demo only: start the simulated day at HH:MM, `auto` (default in demo: a busy hour when the centre "
                    + "would be closed) or `real`"),
    SIM_LATENCY_MS(Section.SIMULATOR, "sim-latency-ms", "N", 0, 60_000, 0, "fault knob: delay of every simulator reply, ms"),
    SIM_ERROR_RATE(Section.SIMULATOR, "sim-error-rate", Type.DECIMAL, "X", 0, 1, 0.0,
            "fault knob: share of simulator replies that fail"),
    SIM_EXTRA_QUEUES(Section.SIMULATOR, "sim-extra-queues", "N", 0, 5000, 0, "scale knob: queues added to the model");

    /** Where an option is listed in --help. */
    public enum Section {
        MODE("Modes (at most one of them, --help and --version aside; none opens the wallboard window)"),
        CONNECTION("Connection"),
        SHOW("What to show"),
        TERMINAL("Terminal output"),
        HISTORY("History (recording, replay, report)"),
        WINDOW("Wallboard window"),
        HUB("Hub (one connection to Genesys, many screens)"),
        SIMULATOR("Simulator (--simulate, and demo mode)");

        public final String title;

        Section(String title) {
            this.title = title;
        }
    }

    /** The kind of value an option takes; SWITCH takes none. */
    public enum Type { SWITCH, TEXT, INT, DECIMAL, URL, MEDIA, ZONE, SERVICE_LEVEL }

    public final Section section;
    /** Without the leading dashes, as typed. */
    public final String name;
    public final Type type;
    /** The value's placeholder in --help (N, S, LIST ...); null for a switch. */
    public final String label;
    public final double min;
    public final double max;
    /** The default, for --help and for typed reads; null when there is none (or it is not a number). */
    public final Object defaultValue;
    public final String help;

    /** A switch. */
    Option(Section section, String name, String help) {
        this(section, name, Type.SWITCH, null, 0, 0, null, help);
    }

    /** A value that is text, checked by its type. */
    Option(Section section, String name, Type type, String label, String defaultText, String help) {
        this(section, name, type, label, 0, 0, defaultText, help);
    }

    /** A whole number within a range. */
    Option(Section section, String name, String label, long min, long max, Integer defaultValue, String help) {
        this(section, name, Type.INT, label, min, max, defaultValue, help);
    }

    Option(Section section, String name, Type type, String label, double min, double max, Object defaultValue,
           String help) {
        this.section = section;
        this.name = name;
        this.type = type;
        this.label = label;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.help = help;
    }

    public String flag() {
        return "--" + name;
    }

    public boolean takesValue() {
        return type != Type.SWITCH;
    }

    /** One of --once, --watch, --list-queues, --simulate, report, --serve, --rotate-hub-key. */
    public boolean isCliMode() {
        return this == ONCE || this == WATCH || this == LIST_QUEUES || this == SIMULATE || this == REPORT || this == SERVE
                || this == ROTATE_HUB_KEY;
    }

    public static Optional<Option> byName(String name) {
        return Arrays.stream(values()).filter(o -> o.name.equals(name)).findFirst();
    }

    public static Option of(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("no option --" + name));
    }

    // ---- the one check of a value, whatever its source ----------------------------------------

    /**
     * A whole number within this option's range.
     *
     * @param source where the text came from, for the message: "--interval", "GENESYS_...",
     *               "settings file /path: refreshSeconds"
     */
    public int intValue(String raw, String source) throws ConfigException {
        try {
            long n = Long.parseLong(raw.strip());
            if (n >= min && n <= max) return (int) n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ConfigException(source + " must be a whole number from " + number(min) + " to " + number(max)
                + ", not '" + raw.strip() + "'.");
    }

    public double doubleValue(String raw, String source) throws ConfigException {
        try {
            double d = Double.parseDouble(raw.strip());
            if (d >= min && d <= max) return d;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ConfigException(source + " must be a number from " + number(min) + " to " + number(max)
                + ", not '" + raw.strip() + "'.");
    }

    /** The default of a numeric option (what applies when it is not given). */
    public int defaultInt() {
        return defaultValue instanceof Integer i ? i : (int) min;
    }

    public double defaultDouble() {
        return defaultValue instanceof Number n ? n.doubleValue() : min;
    }

    /** Media types, lower case, without repeats; at least one. */
    public static List<String> mediaTypes(List<String> entries, String source) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (String m : entries) {
            String media = m.strip().toLowerCase(Locale.ROOT);
            if (media.isEmpty()) continue;
            if (!MediaTypes.ALL.contains(media)) {
                throw new ConfigException(source + ": '" + m.strip() + "' is not a media type ("
                        + String.join(", ", MediaTypes.ALL) + ").");
            }
            if (!out.contains(media)) out.add(media);
        }
        if (out.isEmpty()) throw new ConfigException(source + " needs at least one media type, e.g. voice.");
        return out;
    }

    /** A service-level target as contact centres write it, "80/20" (percent/seconds). */
    public static ServiceLevelTarget serviceLevelTarget(String text, String source) throws ConfigException {
        try {
            return ServiceLevelTarget.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + e.getMessage());
        }
    }

    public static ZoneId zone(String text, String source) throws ConfigException {
        try {
            return ZoneId.of(text.strip());
        } catch (RuntimeException e) {
            throw new ConfigException(source + ": unknown time zone '" + text.strip()
                    + "'. Use a name like Europe/Dublin or America/New_York.");
        }
    }

    /** Checks a region as users write it; the text is kept as given. */
    public static String region(String text, String source) throws ConfigException {
        try {
            Regions.resolve(text);
            return text.strip();
        } catch (ConfigException e) {
            throw new ConfigException(source + ": " + e.getMessage());
        }
    }

    /** An http(s) URL (plain http only for loopback); the text is kept as given. */
    public static String url(String text, String source) throws ConfigException {
        Endpoints.checkedUrl(text, source);
        return text.strip();
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
