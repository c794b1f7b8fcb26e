package com.queuewallboard.cli;

import com.queuewallboard.document.SnapshotView;

import com.queuewallboard.board.ThresholdRule;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table of a snapshot for a terminal: one line per queue, problems underneath. */
final class TableWriter {
    private static final String[] HEADERS = {"Queue", "Waiting", "Avail", "In prog", "Longest", "Abandoned",
            "Offered", "Answered", "SL/target", "SL 30m", "ASA", "Need", "State"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private TableWriter() {
    }

    static void print(SnapshotView view, PrintStream out) {
        out.println("Queue Wallboard - " + (view.demo() ? "DEMO (embedded simulator)" : view.source())
                + " - as of " + TIME.format(Instant.parse(view.asOf()))
                + ("push".equals(view.transport()) ? " - live (push)" : ""));
        if (view.simulatedTime() != null) {
            // the demo runs a busy hour outside opening hours: say so, or the figures look wrong for the clock
            out.println("DEMO \u00b7 simulated time " + view.simulatedTime().substring(0, 5));
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (SnapshotView.QueueView q : view.queues()) rows.add(row(q));
        int[] widths = new int[HEADERS.length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) line.append("  ");
                String cell = r[i];
                line.append(i == 0 || i == r.length - 1 ? pad(cell, widths[i]) : lpad(cell, widths[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String[] row(SnapshotView.QueueView q) {
        return new String[]{q.queueName().replaceAll("\\p{Cntrl}", " "), n(q.waitingCalls()), n(q.availableAgents()), n(q.inProgressCalls()),
                q.longestWaitSeconds() == null ? "-" : ThresholdRule.minutes(q.longestWaitSeconds()), n(q.abandonedCalls()),
                n(q.offeredCalls()), n(q.answeredCalls()),
                serviceLevel(q), percent(q.intervalServiceLevel()),
                q.averageSpeedOfAnswerSeconds() == null ? "-" : Math.round(q.averageSpeedOfAnswerSeconds()) + "s",
                need(q), state(q)};
    }

    /** "78%/80": today's service level against the target in force (its seconds are in the JSON). */
    private static String serviceLevel(SnapshotView.QueueView q) {
        String target = q.serviceLevelTarget() == null ? "" : "/" + Math.round(q.serviceLevelTarget() * 100);
        return percent(q.serviceLevel()) + target;
    }

    private static String percent(Double fraction) {
        return fraction == null ? "-" : Math.round(fraction * 100) + "%";
    }

    /** "+2" when the forecast says the queue is short of agents, "ok" when it is not, "-" without a forecast. */
    private static String need(SnapshotView.QueueView q) {
        if (q.staffingGap() == null) return "-";
        return q.staffingGap() > 0 ? "+" + q.staffingGap() : "ok";
    }

    private static String state(SnapshotView.QueueView q) {
        if (q.status().equals("noData")) return "NO DATA";
        if (q.status().equals("error")) return "ERROR";
        String level = q.alertLevel().equals("NORMAL") ? "ok" : q.alertLevel();
        return q.status().equals("stale") ? level + " (STALE)" : level;
    }


    private static String n(Number v) {
        return v == null ? "-" : v.toString();
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }

    private static String lpad(String s, int w) {
        return " ".repeat(Math.max(0, w - s.length())) + s;
    }
}
