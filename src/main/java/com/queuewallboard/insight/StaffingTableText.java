package com.queuewallboard.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The staffing table as plain text for a terminal; the answer's row is marked with an arrow. */
public final class StaffingTableText {
    private static final String[] HEADERS = {"Agents", "Service level", "ASA", "Occupancy", "P(wait)", ""};

    private StaffingTableText() {
    }

    public static String render(StaffingTable table) {
        Workload w = table.workload();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s calls per %s, AHT %s s, target %s: %.2f Erlangs%n",
                number(w.calls()), DurationText.format(w.period()), number(w.averageHandleSeconds()),
                table.target(), w.erlangs()));
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADERS);
        for (StaffingPrediction p : table.rows()) {
            lines.add(new String[]{Integer.toString(p.agents()), percent(p.serviceLevel()), asa(p),
                    percent(p.occupancy()), percent(p.probabilityOfWaiting()),
                    p.agents() == table.agentsNeeded() ? "<- fewest meeting " + table.target() : ""});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] l : lines) for (int i = 0; i < l.length; i++) widths[i] = Math.max(widths[i], l[i].length());
        for (String[] l : lines) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < l.length; i++) {
                if (i > 0) line.append("  ");
                line.append(i == l.length - 1 ? l[i] : " ".repeat(widths[i] - l[i].length()) + l[i]);
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        out.append("Agents needed: ").append(table.agentsNeeded()).append(System.lineSeparator());
        return out.toString();
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    private static String asa(StaffingPrediction p) {
        return p.stable() ? String.format(Locale.ROOT, "%.1fs", p.asaSeconds()) : "never";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
