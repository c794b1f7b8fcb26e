package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code queue-wallboard staffing --calls 100 --per 30m --aht 180 --target 80/20 [--format table|json]}:
 * the what-if staffing calculator. Parses its own flags so the CLI wires it with one line:
 * {@code return StaffingCommand.run(rest, out, err);}
 */
public final class StaffingCommand {
    public static final int OK = 0;
    public static final int USAGE = 2;

    public static final String USAGE_TEXT = """
            Usage: queue-wallboard staffing --calls N --aht SECONDS [--per 30m] [--target 80/20] [--format table|json]
              --calls   calls offered per period (e.g. 100)
              --per     the period: 30m, 1h, 900s (default 30m)
              --aht     average handle time: 180 (seconds) or 3m
              --target  service-level goal percent/seconds (default 80/20)
              --format  table (default) or json
            Erlang C: the fewest agents meeting the target, and what one more or fewer would do.""";

    private static final List<String> FLAGS = List.of("--calls", "--per", "--aht", "--target", "--format");

    private StaffingCommand() {
    }

    /** The word that selects this command on the command line: {@code queue-wallboard staffing ...}. */
    public static final String NAME = "staffing";

    /** @return 0 when the table was printed, 2 for bad or missing flags (one line on {@code err}) */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.println(USAGE_TEXT);
            return OK;
        }
        try {
            Map<String, String> flags = flags(args);
            Workload work = new Workload(calls(required(flags, "--calls", "100")),
                    DurationText.parsePeriod(flags.getOrDefault("--per", "30m")),
                    seconds(DurationText.parseHandleTime(required(flags, "--aht", "180"))));
            ServiceLevelTarget target = flags.containsKey("--target")
                    ? ServiceLevelTarget.parse(flags.get("--target")) : ServiceLevelTarget.DEFAULT;
            String format = flags.getOrDefault("--format", "table");
            if (!format.equals("table") && !format.equals("json")) {
                throw new IllegalArgumentException("--format must be table or json, not '" + format + "'.");
            }
            StaffingTable table = StaffingTable.around(work, target);
            if (format.equals("json")) out.println(StaffingTableJson.render(table));
            else out.print(StaffingTableText.render(table));
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("queue-wallboard staffing: " + e.getMessage() + " (see: queue-wallboard staffing --help)");
            return USAGE;
        }
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!FLAGS.contains(name)) {
                throw new IllegalArgumentException("Unknown option '" + name + "'; use --calls, --per, --aht, --target, --format.");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException(name + " needs a value.");
                }
                value = args[++i];
            }
            if (flags.put(name, value.strip()) != null) throw new IllegalArgumentException(name + " is given twice.");
        }
        return flags;
    }

    private static String required(Map<String, String> flags, String name, String example) {
        String v = flags.get(name);
        if (v == null) throw new IllegalArgumentException(name + " is missing, e.g. " + name + " " + example + ".");
        return v;
    }

    private static double calls(String text) {
        try {
            double calls = Double.parseDouble(text);
            if (calls >= 0 && Double.isFinite(calls)) return calls;
        } catch (NumberFormatException e) {
            // falls through to the one message below
        }
        throw new IllegalArgumentException("--calls must be a number of 0 or more, not '" + text + "'.");
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
