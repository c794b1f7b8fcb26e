package com.queuewallboard.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: what to do (mode), and the settings given as flags. Flags take
 * {@code --name value} or {@code --name=value}. The secret is deliberately not a flag: a command
 * line is visible to every user of the machine (ps, Task Manager).
 */
public record CommandLine(Mode mode, Map<String, String> values, Set<String> switches) {

    /** What the program was asked to do. */
    public enum Mode { GUI, ONCE, WATCH, LIST_QUEUES, SIMULATE, HELP, VERSION }

    /** Flags that take a value. */
    static final Set<String> VALUED = Set.of("format", "port", "region", "base-url", "login-url", "client-id",
            "client-secret-file", "queues", "media", "interval", "today-interval", "time-zone", "warn-waiting",
            "alert-waiting", "warn-wait", "alert-wait", "monitor", "seed", "speed", "count", "sim-latency-ms",
            "sim-error-rate", "sim-extra-queues", "sim-time");
    /** Flags that stand alone. */
    static final Set<String> SWITCHES = Set.of("help", "version", "demo", "once", "watch", "list-queues", "simulate",
            "fullscreen");

    public CommandLine {
        values = Map.copyOf(values);
        switches = Set.copyOf(switches);
    }

    public static CommandLine parse(String... args) throws ConfigException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> switches = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("-?") || arg.equals("/?")) arg = "--help";
            if (!arg.startsWith("--")) {
                // jpackage on macOS may add -psn_… when started from Finder; ignore it
                if (arg.startsWith("-psn_")) continue;
                throw usage("Unexpected argument '" + arg + "'.");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            name = name.toLowerCase(Locale.ROOT);
            if (name.equals("client-secret")) {
                throw usage("The client secret is not taken on the command line, where other users can see it. "
                        + "Set GENESYS_CLIENT_SECRET, put it in a .env file, use --client-secret-file, or save it in the settings.");
            }
            if (SWITCHES.contains(name)) {
                if (value != null) throw usage("--" + name + " takes no value.");
                switches.add(name);
            } else if (VALUED.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw usage("--" + name + " needs a value.");
                    value = args[++i];
                }
                values.put(name, value);
            } else {
                throw usage("Unknown option --" + name + ".");
            }
        }
        return new CommandLine(modeOf(switches), values, Set.copyOf(switches));
    }

    private static Mode modeOf(List<String> switches) throws ConfigException {
        if (switches.contains("help")) return Mode.HELP;
        if (switches.contains("version")) return Mode.VERSION;
        List<String> modes = switches.stream()
                .filter(s -> Arrays.asList("once", "watch", "list-queues", "simulate").contains(s)).distinct().toList();
        if (modes.size() > 1) throw usage("Choose one of --once, --watch, --list-queues and --simulate, not " + modes.size() + ".");
        if (modes.isEmpty()) return Mode.GUI;
        return switch (modes.get(0)) {
            case "once" -> Mode.ONCE;
            case "watch" -> Mode.WATCH;
            case "list-queues" -> Mode.LIST_QUEUES;
            default -> Mode.SIMULATE;
        };
    }

    public boolean has(String switchName) {
        return switches.contains(switchName);
    }

    public String value(String name) {
        return values.get(name);
    }

    /** A whole number flag within bounds, or the fallback when absent. */
    public int intValue(String name, int fallback, int min, int max) throws ConfigException {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw usage("--" + name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'.");
        }
    }

    /** A decimal flag within bounds, or the fallback when absent. */
    public double doubleValue(String name, double fallback, double min, double max) throws ConfigException {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v.strip());
            if (!(d >= min && d <= max)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw usage("--" + name + " must be a number from " + min + " to " + max + ", not '" + v + "'.");
        }
    }

    public static ConfigException usage(String message) {
        return new ConfigException(message + " See --help.");
    }
}
