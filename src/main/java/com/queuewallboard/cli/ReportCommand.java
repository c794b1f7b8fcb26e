package com.queuewallboard.cli;

import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Option;
import com.queuewallboard.history.DayReport;
import com.queuewallboard.history.DayReportBuilder;
import com.queuewallboard.history.HistoryReader;
import com.queuewallboard.history.HistoryUnavailable;
import com.queuewallboard.history.ReportFormat;
import com.queuewallboard.board.ServiceLevelTarget;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** `queue-wallboard report --date D [--format html|csv|json] [--out FILE]`: the end-of-day report of a recorded day. */
final class ReportCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ReportCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(CommandLine cl, Path historyFile, ZoneId zone) throws ConfigException {
        ReportFormat format;
        try {
            format = ReportFormat.parse(cl.value(Option.FORMAT));
        } catch (IllegalArgumentException e) {
            throw CommandLine.usage(e.getMessage());
        }
        LocalDate date = HistoryFlags.date(cl.value(Option.DATE), Option.DATE, zone, clock);
        DayReport report;
        try (HistoryReader reader = HistoryReader.open(historyFile)) {
            report = DayReportBuilder.build(reader, date, zone, ServiceLevelTarget.DEFAULT.percentage() / 100.0);
        } catch (HistoryUnavailable e) {
            err.println("queue-wallboard: report: " + e.reason() + ".");
            return ExitCode.USAGE.code;
        } catch (SQLException e) {
            err.println("queue-wallboard: report: the history file could not be read (" + HistoryUnavailable.of(e).reason() + ").");
            return ExitCode.INTERNAL.code;
        }
        if (report.refreshes() == 0) err.println("queue-wallboard: report: nothing was recorded on " + date + ".");
        String target = cl.value(Option.OUT);
        if (target == null) {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            format.write(report, w);
            return out.checkError() ? ExitCode.OUTPUT_CLOSED.code : ExitCode.OK.code;
        }
        Path file = Path.of(target.strip());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); PrintWriter pw = new PrintWriter(w)) {
            format.write(report, pw);
            if (pw.checkError()) throw new IOException("write failed");
        } catch (IOException e) {
            err.println("queue-wallboard: report: cannot write " + file + " (" + e.getClass().getSimpleName()
                    + "). Check the folder exists and is writable.");
            return ExitCode.USAGE.code;
        }
        return ExitCode.OK.code;
    }
}
