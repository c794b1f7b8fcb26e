package com.queuewallboard.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parsed command line: what to do (mode), and the options given. Options take
 * {@code --name value} or {@code --name=value}; names, value types and ranges come from
 * {@link Option}, and every value is checked here, before anything runs. The secret is
 * deliberately not a flag: a command line is visible to every user of the machine (ps, Task Manager).
 */
public final class CommandLine {

    /** What the program was asked to do. */
    public enum Mode { GUI, ONCE, WATCH, LIST_QUEUES, SIMULATE, REPORT, HELP, VERSION }

    private final Mode mode;
    /** Option -> its text as given ("" for a switch). */
    private final Map<Option, String> given;

    private CommandLine(Mode mode, Map<Option, String> given) {
        this.mode = mode;
        this.given = Collections.unmodifiableMap(new EnumMap<>(given));
    }

    public static CommandLine parse(String... args) throws ConfigException {
        Map<Option, String> given = new EnumMap<>(Option.class);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("-?") || arg.equals("/?")) arg = "--help";
            // `queue-wallboard report --date ...` reads as a command; it is the --report mode
            if (i == 0 && arg.equals("report")) arg = "--report";
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
            Option option = Option.byName(name).orElse(null);
            if (option == null) throw usage("Unknown option --" + name + ".");
            if (given.containsKey(option)) throw usage(option.flag() + " is given more than once; give it once.");
            if (!option.takesValue()) {
                if (value != null) throw usage(option.flag() + " takes no value.");
                value = "";
            } else if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw usage(option.flag() + " needs a value.");
                value = args[++i];
            }
            if (option.takesValue()) check(option, value);
            given.put(option, value);
        }
        return new CommandLine(modeOf(given), given);
    }

    /** The same checks as for the environment and the settings file, with the flag as the source. */
    private static void check(Option option, String value) throws ConfigException {
        if (SettingsLoader.split(value).isEmpty()) {
            throw usage(option == Option.QUEUES ? "--queues is empty; leave it out to show every queue."
                    : option.flag() + " is empty; give a value or leave it out.");
        }
        try {
            switch (option.type) {
                case INT -> option.intValue(value, option.flag());
                case DECIMAL -> option.doubleValue(value, option.flag());
                case MEDIA -> Option.mediaTypes(SettingsLoader.split(value), option.flag());
                case ZONE -> Option.zone(value, option.flag());
                case URL -> Option.url(value, option.flag());
                case SERVICE_LEVEL -> Option.serviceLevelTarget(value, option.flag());
                default -> {
                    if (option == Option.REGION) Option.region(value, option.flag());
                    if (option == Option.QUEUES) QueueSelection.parse(SettingsLoader.split(value), option.flag());
                }
            }
        } catch (ConfigException e) {
            throw usage(e.getMessage());
        }
    }

    private static Mode modeOf(Map<Option, String> given) throws ConfigException {
        if (given.containsKey(Option.HELP)) return Mode.HELP;
        if (given.containsKey(Option.VERSION)) return Mode.VERSION;
        List<Option> modes = given.keySet().stream().filter(Option::isCliMode).toList();
        if (modes.size() > 1) {
            throw usage("Choose one of --once, --watch, --list-queues and --simulate, not "
                    + String.join(" and ", modes.stream().map(Option::flag).toList()) + ".");
        }
        if (modes.isEmpty()) return Mode.GUI;
        return Mode.valueOf(modes.get(0).name());
    }

    public Mode mode() {
        return mode;
    }

    /** The options given, with their text ("" for a switch). */
    public Map<Option, String> given() {
        return given;
    }

    public boolean has(String name) {
        return given.containsKey(Option.of(name));
    }

    public String value(String name) {
        return given.get(Option.of(name));
    }

    public String value(Option option) {
        return given.get(option);
    }

    /** A whole-number option, or its default from {@link Option} when absent. */
    public int intValue(Option option) throws ConfigException {
        String v = given.get(option);
        if (v == null) return option.defaultInt();
        return checked(() -> option.intValue(v, option.flag()));
    }

    public double doubleValue(Option option) throws ConfigException {
        String v = given.get(option);
        if (v == null) return option.defaultDouble();
        return checked(() -> option.doubleValue(v, option.flag()));
    }

    /**
     * For callers written before {@link Option} (DemoOptions, SimulateCommand): the range checked
     * is the option's own, whatever is passed, so it is defined once; the fallback applies when the
     * option is absent.
     */
    public int intValue(String name, int fallback, int min, int max) throws ConfigException {
        Option option = Option.of(name);
        return given.containsKey(option) ? intValue(option) : fallback;
    }

    public double doubleValue(String name, double fallback, double min, double max) throws ConfigException {
        Option option = Option.of(name);
        return given.containsKey(option) ? doubleValue(option) : fallback;
    }

    public static ConfigException usage(String message) {
        return new ConfigException(message + " See --help.");
    }

    private interface Read<T> {
        T get() throws ConfigException;
    }

    private static <T> T checked(Read<T> read) throws ConfigException {
        try {
            return read.get();
        } catch (ConfigException e) {
            throw usage(e.getMessage());
        }
    }
}
