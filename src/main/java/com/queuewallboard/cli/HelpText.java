package com.queuewallboard.cli;

import com.queuewallboard.app.AppPaths;
import com.queuewallboard.config.Option;
import com.queuewallboard.config.Regions;

import java.util.stream.Collectors;

/**
 * The --help text. The options part is made from {@link Option}, so it always says what the
 * parser accepts; the rest (sources, regions, exit codes) is made from their own tables.
 */
final class HelpText {
    private static final int WIDTH = 100;
    private static final int COLUMN = 26;

    private HelpText() {
    }

    static String text() {
        String regions = Regions.ALL.stream().map(r -> "  " + pad(r.key(), 16) + r.domain())
                .collect(Collectors.joining("\n"));
        StringBuilder codes = new StringBuilder();
        for (ExitCode c : ExitCode.values()) {
            codes.append(wrap("  " + pad(String.valueOf(c.code), 5), c.meaning, 7));
        }
        return """
                Queue Wallboard - live Genesys Cloud queue figures, on a wallboard or in a terminal.

                Usage:
                  queue-wallboard [options]                 open the wallboard window
                  queue-wallboard --once  [options]         print one snapshot and exit
                  queue-wallboard --watch [options]         print a snapshot every interval until Ctrl+C
                  queue-wallboard --list-queues [options]   print the id and name of every queue
                  queue-wallboard --simulate [--port N]     run only the demo Genesys simulator for other clients
                  queue-wallboard --serve [--port 8470]     run a hub that many screens and browsers follow
                  queue-wallboard --hub URL [--once|--watch]   follow a hub (no Genesys credentials needed)
                  queue-wallboard --replay DATE [--from HH:MM] [--speed N] [--watch]   play back a recorded day
                  queue-wallboard report --date DATE [--format html|csv|json] [--out FILE]   end-of-day report
                  queue-wallboard staffing --calls N --per 30m --aht 180 [--target 80/20] [--format json]
                                                            Erlang C what-if: agents needed for a workload

                With no OAuth client configured (or with --demo) everything runs on the embedded
                Genesys Cloud simulator on 127.0.0.1, and the output says DEMO.
                Options take --name value or --name=value, each at most once.
                %s
                Settings are read from, strongest first: flags; environment variables GENESYS_CLIENT_ID,
                GENESYS_CLIENT_SECRET, GENESYS_REGION (or GENESYS_ENV), GENESYS_QUEUE_IDS (or GENESYS_QUEUE_ID),
                GENESYS_BASE_URL; a .env file in the working folder with the same names; the settings saved
                by the wallboard in %s (secret in its own owner-only file).
                Every source is checked alike, and a bad value is named with where it came from.

                The OAuth client's role needs: analytics:queueObservation:view,
                analytics:conversationAggregate:view, routing:queue:view.

                Regions:
                %s

                Exit codes:
                %sLog file: %s
                """.formatted(options(), AppPaths.home(), regions, codes, AppPaths.logFile());
    }

    /** Every option, by section, from the one table. */
    static String options() {
        StringBuilder b = new StringBuilder();
        Option.Section section = null;
        for (Option o : Option.values()) {
            if (o.section != section) {
                section = o.section;
                b.append('\n').append(section.title).append(":\n");
            }
            String left = "  " + o.flag() + (o.label == null ? "" : " " + o.label);
            b.append(wrap(pad(left, COLUMN), o.help + details(o), COLUMN));
        }
        return b.toString();
    }

    /** "(2 to 3600, default 10)" for numbers; "(default voice)" where a default is said. */
    private static String details(Option o) {
        boolean numeric = o.type == Option.Type.INT || o.type == Option.Type.DECIMAL;
        String range = numeric ? number(o.min) + " to " + (o.max >= Integer.MAX_VALUE ? "any" : number(o.max)) : null;
        String dflt = o.defaultValue == null ? null : "default " + (o.defaultValue instanceof Double d ? number(d) : o.defaultValue);
        if (range == null && dflt == null) return "";
        return " (" + (range == null ? dflt : dflt == null ? range : range + ", " + dflt) + ")";
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The first line after {@code left}, the rest indented to {@code indent}, within {@link #WIDTH}. */
    private static String wrap(String left, String text, int indent) {
        StringBuilder out = new StringBuilder(left);
        int lineLength = left.length();
        boolean first = true;
        for (String word : text.split(" ")) {
            if (!first && lineLength + 1 + word.length() > WIDTH) {
                out.append('\n').append(" ".repeat(indent));
                lineLength = indent;
                first = true;
            }
            if (!first) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
            first = false;
        }
        return out.append('\n').toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }
}
