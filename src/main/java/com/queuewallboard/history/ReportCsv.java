package com.queuewallboard.history;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report as one CSV table a spreadsheet opens as is: a header row, then per queue a "day" row
 * and its "half-hour" rows. ISO times with the offset, UTF-8, cells that would start a formula
 * (=, +, -, @) defused with a leading apostrophe, as the CLI's CSV does.
 */
final class ReportCsv {
    static final List<String> HEADER = List.of("date", "queueId", "queueName", "period", "start", "offered", "answered",
            "abandoned", "serviceLevel", "serviceLevelTarget", "peakWaiting", "peakWaitingAt", "longestWaitSeconds",
            "longestWaitAt", "alertMinutes", "alarmsRaised", "alarmsAcknowledged", "medianAckSeconds", "maxAckSeconds");

    private ReportCsv() {
    }

    static void write(DayReport r, PrintWriter out) {
        out.print(String.join(",", HEADER) + "\r\n");
        for (DayReport.QueueDay q : r.queues()) {
            row(out, r.date(), q.queueId(), q.queueName(), "day", r.iso(r.date().atStartOfDay(r.zone()).toInstant()),
                    q.offered(), q.answered(), q.abandoned(), round4(q.serviceLevel()), r.slTarget(), q.peakWaiting(),
                    r.iso(q.peakWaitingAt()), q.longestWaitSeconds(), r.iso(q.longestWaitAt()),
                    Math.round(q.alertMinutes() * 10) / 10.0, q.alarmsRaised(), q.alarmsAcknowledged(),
                    q.medianAckSeconds(), q.maxAckSeconds());
            for (DayReport.HalfHour h : q.halfHours()) {
                row(out, r.date(), q.queueId(), q.queueName(), "half-hour", r.iso(h.start()), h.offered(), h.answered(),
                        h.abandoned(), round4(h.serviceLevel()), r.slTarget(), h.peakWaiting(), null, null, null, null,
                        null, null, null, null);
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, Object... cells) {
        List<String> text = new ArrayList<>();
        for (Object c : Arrays.asList(cells)) text.add(cell(c));
        out.print(String.join(",", text) + "\r\n");
    }

    static String cell(Object value) {
        if (value == null) return "";
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) s = "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    static Double round4(Double d) {
        return d == null ? null : Math.round(d * 10_000) / 10_000.0;
    }
}
