package com.queuewallboard.history;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML file: inline CSS and small inline SVG charts, no scripts,
 * fonts or images from elsewhere, so it opens offline, mails as one attachment and prints (print
 * CSS: no background colours needed to read it, one queue never split across pages).
 */
final class ReportHtml {
    private static final int CHART_W = 640;
    private static final int CHART_H = 120;

    private ReportHtml() {
    }

    static void write(DayReport r, PrintWriter out) {
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<title>Queue report " + r.date() + "</title>");
        out.println("<style>" + CSS + "</style></head><body>");
        out.println("<h1>Queue report, " + r.date() + "</h1>");
        out.println("<p class=\"meta\">Time zone " + esc(r.zone().getId()) + " · " + r.refreshes() + " refreshes recorded"
                + (r.first() == null ? "" : " from " + r.hhmm(r.first()) + " to " + r.hhmm(r.last()))
                + " · service-level target " + pct(r.slTarget()) + "</p>");
        if (r.queues().isEmpty()) {
            out.println("<p>Nothing was recorded on this day.</p></body></html>");
            out.flush();
            return;
        }
        summary(r, out);
        for (DayReport.QueueDay q : r.queues()) queue(r, q, out);
        out.println("<p class=\"meta\">Offered, answered and abandoned are the day's running totals at the last refresh;"
                + " a half hour's figures are the change of those totals within it. Minutes in ALERT count each red"
                + " refresh until the next one (at most " + DayReportBuilder.ALERT_GAP_CAP.toMinutes() + " min).</p>");
        out.println("</body></html>");
        out.flush();
    }

    private static void summary(DayReport r, PrintWriter out) {
        out.println("<table class=\"summary\"><thead><tr><th>Queue</th><th>Offered</th><th>Answered</th><th>Abandoned</th>"
                + "<th>Service level</th><th>Peak waiting</th><th>Longest wait</th><th>Min in ALERT</th>"
                + "<th>Alarms (ack'd)</th><th>Median ack</th></tr></thead><tbody>");
        for (DayReport.QueueDay q : r.queues()) {
            out.println("<tr><td>" + esc(q.queueName()) + "</td><td>" + n(q.offered()) + "</td><td>" + n(q.answered())
                    + "</td><td>" + n(q.abandoned()) + "</td>" + slCell(q.serviceLevel(), r.slTarget()) + "<td>"
                    + n(q.peakWaiting()) + at(r, q.peakWaitingAt()) + "</td><td>" + dur(q.longestWaitSeconds())
                    + at(r, q.longestWaitAt()) + "</td><td>" + Math.round(q.alertMinutes()) + "</td><td>" + q.alarmsRaised()
                    + " (" + q.alarmsAcknowledged() + ")</td><td>" + dur(q.medianAckSeconds()) + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    private static void queue(DayReport r, DayReport.QueueDay q, PrintWriter out) {
        out.println("<section class=\"queue\"><h2>" + esc(q.queueName()) + "</h2>");
        out.println("<p>" + n(q.offered()) + " offered, " + n(q.answered()) + " answered, " + n(q.abandoned())
                + " abandoned; service level " + (q.serviceLevel() == null ? "–" : pct(q.serviceLevel()))
                + (q.serviceLevel() == null ? "" : q.serviceLevel() >= r.slTarget() ? " (target met)" : " (below target)")
                + ". Peak " + n(q.peakWaiting()) + " waiting" + at(r, q.peakWaitingAt()) + "; longest wait "
                + dur(q.longestWaitSeconds()) + at(r, q.longestWaitAt()) + "; " + Math.round(q.alertMinutes())
                + " min in ALERT.</p>");
        out.println(chart(r, q.halfHours()));
        if (!q.alarms().isEmpty()) {
            out.println("<table class=\"alarms\"><thead><tr><th>Alarm raised</th><th>Level</th><th>Reason</th>"
                    + "<th>Acknowledged after</th></tr></thead><tbody>");
            for (DayReport.Alarm a : q.alarms()) {
                out.println("<tr><td>" + r.hhmm(a.raised()) + "</td><td>" + esc(a.level()) + "</td><td>" + esc(a.reason())
                        + "</td><td>" + (a.acknowledgedAfterSeconds() == null ? "not acknowledged" : dur(a.acknowledgedAfterSeconds()))
                        + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        out.println("</section>");
    }

    /** Bars: calls offered per half hour; dots: the half hour's service level; dashed: the target. */
    static String chart(DayReport r, List<DayReport.HalfHour> halves) {
        if (halves.isEmpty()) return "<p class=\"meta\">No half-hour figures.</p>";
        long max = Math.max(1, halves.stream().mapToLong(DayReport.HalfHour::offered).max().orElse(1));
        int n = halves.size();
        double slot = (CHART_W - 40.0) / n;
        int top = 8;
        int bottom = CHART_H - 18;
        double plotH = bottom - top;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(CHART_W).append(' ').append(CHART_H)
                .append("\" width=\"").append(CHART_W).append("\" height=\"").append(CHART_H)
                .append("\" role=\"img\" aria-label=\"Calls offered and service level per half hour\">");
        svg.append("<text x=\"0\" y=\"").append(top + 8).append("\" class=\"ax\">").append(max).append("</text>");
        svg.append("<line x1=\"34\" y1=\"").append(bottom).append("\" x2=\"").append(CHART_W).append("\" y2=\"")
                .append(bottom).append("\" class=\"axis\"/>");
        double targetY = top + plotH * (1 - r.slTarget());
        svg.append("<line x1=\"34\" y1=\"").append(f(targetY)).append("\" x2=\"").append(CHART_W).append("\" y2=\"")
                .append(f(targetY)).append("\" class=\"target\"><title>target ").append(pct(r.slTarget()))
                .append("</title></line>");
        for (int i = 0; i < n; i++) {
            DayReport.HalfHour h = halves.get(i);
            double x = 36 + i * slot;
            double bh = plotH * h.offered() / max;
            svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(bottom - bh)).append("\" width=\"")
                    .append(f(Math.max(1, slot - 2))).append("\" height=\"").append(f(bh)).append("\" class=\"bar\"><title>")
                    .append(r.hhmm(h.start())).append(": ").append(h.offered()).append(" offered")
                    .append(h.serviceLevel() == null ? "" : ", SL " + pct(h.serviceLevel())).append("</title></rect>");
            if (h.serviceLevel() != null) {
                double y = top + plotH * (1 - h.serviceLevel());
                svg.append("<circle cx=\"").append(f(x + slot / 2 - 1)).append("\" cy=\"").append(f(y))
                        .append("\" r=\"2.5\" class=\"").append(h.serviceLevel() >= r.slTarget() ? "sl" : "sl low")
                        .append("\"/>");
            }
            if (i % 4 == 0) {
                svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(CHART_H - 4).append("\" class=\"ax\">")
                        .append(r.hhmm(h.start())).append("</text>");
            }
        }
        svg.append("</svg>");
        return "<figure>" + svg + "<figcaption>Bars: calls offered per half hour (max " + max + "). Dots: service level"
                + " (hollow = below target). Dashed line: target " + pct(r.slTarget()) + ".</figcaption></figure>";
    }

    private static String slCell(Double sl, double target) {
        if (sl == null) return "<td>–</td>";
        boolean met = sl >= target;
        return "<td class=\"" + (met ? "met" : "below") + "\">" + pct(sl) + (met ? " ✓" : " ✗ below") + "</td>";
    }

    private static String at(DayReport r, java.time.Instant t) {
        return t == null ? "" : " <span class=\"at\">at " + r.hhmm(t) + "</span>";
    }

    private static String n(Number v) {
        return v == null ? "–" : v.toString();
    }

    private static String pct(double d) {
        return Math.round(d * 100) + "%";
    }

    private static String dur(Long seconds) {
        return seconds == null ? "–" : seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:24px;color:#1b1f24;max-width:1000px}
            h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.15em;margin:0 0 4px}
            .meta{color:#555;font-size:.85em}
            table{border-collapse:collapse;font-size:.85em;margin:8px 0}
            th,td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:right}th:first-child,td:first-child{text-align:left}
            thead th{border-bottom:2px solid #333}
            td.met{color:#176b2c}td.below{color:#a3161a;font-weight:600}
            .at{color:#666;font-size:.9em}
            section.queue{margin:18px 0;padding-top:8px;border-top:1px solid #bbb;break-inside:avoid;page-break-inside:avoid}
            figure{margin:4px 0}figcaption{color:#555;font-size:.8em}
            svg.chart .bar{fill:#7a9cc6}svg.chart .axis{stroke:#333;stroke-width:1}
            svg.chart .target{stroke:#a3161a;stroke-dasharray:4 3;stroke-width:1}
            svg.chart .sl{fill:#176b2c;stroke:#176b2c}svg.chart .sl.low{fill:#fff;stroke:#a3161a;stroke-width:1.5}
            svg.chart .ax{font-size:9px;fill:#444}
            @media print{body{margin:0;max-width:none;font-size:10pt}.summary{page-break-after:always}
            svg.chart .bar{fill:#999}a{color:inherit}}
            """;
}
