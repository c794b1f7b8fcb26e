package com.queuewallboard.cli;

import com.queuewallboard.document.SnapshotView;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * table (for people), json (one document per snapshot, one line each in --watch), csv (for sheets;
 * {@code source} stays the last column, new columns go before it).
 */
enum OutputFormat {
    TABLE, JSON, CSV;

    private static final ObjectMapper JSON_WRITER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> CSV_HEADER = List.of("asOf", "queueId", "queueName", "status", "alertLevel",
            "waitingCalls", "availableAgents", "inProgressCalls", "alertingCalls", "longestWaitSeconds", "agentsOnQueue",
            "notRespondingAgents", "offQueueAgents", "activeAgents", "memberAgents", "offeredCalls", "answeredCalls",
            "abandonedCalls", "serviceLevel", "averageSpeedOfAnswerSeconds", "averageHandleSeconds", "serviceLevelTarget",
            "serviceLevelTargetSeconds", "intervalServiceLevel", "agentsNeeded", "staffingGap", "predictedServiceLevel",
            "predictedAsaSeconds", "staffingNote", "source");

    static OutputFormat parse(String text) throws ConfigException {
        if (text == null) return TABLE;
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CommandLine.usage("--format must be table, json or csv, not '" + text + "'.");
        }
    }

    /** @param first true for the first snapshot of a run (CSV prints its header once) */
    void print(SnapshotView view, PrintStream out, boolean first) {
        switch (this) {
            case JSON -> out.println(json(view));
            case CSV -> printCsv(view, out, first);
            case TABLE -> TableWriter.print(view, out);
        }
        out.flush();
    }

    static String json(Object value) {
        try {
            return JSON_WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot not serialisable", e);
        }
    }

    private static void printCsv(SnapshotView view, PrintStream out, boolean first) {
        if (first) out.println(String.join(",", CSV_HEADER));
        for (SnapshotView.QueueView q : view.queues()) {
            List<Object> cells = new ArrayList<>(List.of(view.asOf(), q.queueId(), q.queueName(), q.status(), q.alertLevel()));
            cells.addAll(java.util.Arrays.asList(q.waitingCalls(), q.availableAgents(), q.inProgressCalls(), q.alertingCalls(),
                    q.longestWaitSeconds(), q.agentsOnQueue(), q.notRespondingAgents(), q.offQueueAgents(),
                    q.activeAgents(), q.memberAgents(), q.offeredCalls(), q.answeredCalls(), q.abandonedCalls(),
                    q.serviceLevel(), q.averageSpeedOfAnswerSeconds(), q.averageHandleSeconds(),
                    q.serviceLevelTarget(), q.serviceLevelTargetSeconds(), q.intervalServiceLevel(), q.agentsNeeded(),
                    q.staffingGap(), q.predictedServiceLevel(), q.predictedAsaSeconds(), q.staffingNote(),
                    view.demo() ? "DEMO" : view.source()));
            out.println(String.join(",", cells.stream().map(OutputFormat::csvCell).toList()));
        }
    }

    static String csvCell(Object value) {
        if (value == null) return "";
        String s = value.toString();
        // Quote when needed, and defuse spreadsheet formulas in names (=, +, -, @).
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) s = "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
