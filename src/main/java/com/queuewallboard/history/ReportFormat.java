package com.queuewallboard.history;

import java.io.PrintWriter;
import java.util.Locale;

/** How `report` writes: html (one self-contained file), csv (one table for a spreadsheet) or json. */
public enum ReportFormat {
    HTML, CSV, JSON;

    /** @throws IllegalArgumentException with a message for the user */
    public static ReportFormat parse(String text) {
        if (text == null) return HTML;
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("report --format must be html, csv or json, not '" + text + "'.");
        }
    }

    public void write(DayReport report, PrintWriter out) {
        switch (this) {
            case HTML -> ReportHtml.write(report, out);
            case CSV -> ReportCsv.write(report, out);
            case JSON -> ReportJson.write(report, out);
        }
    }
}
