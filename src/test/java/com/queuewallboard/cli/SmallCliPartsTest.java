package com.queuewallboard.cli;

import com.queuewallboard.document.SnapshotView;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmallCliPartsTest {

    @Test
    void theWorseExitCodeWinsWhicheverComesFirst() {
        assertEquals(ExitCode.AUTHENTICATION, ExitCode.worse(ExitCode.AUTHENTICATION, ExitCode.NOT_FOUND));
        assertEquals(ExitCode.AUTHENTICATION, ExitCode.worse(ExitCode.NOT_FOUND, ExitCode.AUTHENTICATION));
        assertEquals(ExitCode.PERMISSION, ExitCode.worse(ExitCode.PERMISSION, ExitCode.NETWORK));
        assertEquals(ExitCode.NETWORK, ExitCode.worse(ExitCode.OK, ExitCode.NETWORK));
        assertEquals(ExitCode.USAGE, ExitCode.worse(ExitCode.NOT_FOUND, ExitCode.USAGE));
    }

    @Test
    void csvCellsAreQuotedAndSpreadsheetFormulasDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", OutputFormat.csvCell("=HYPERLINK(\"x\")"));
        assertEquals("'@cmd", OutputFormat.csvCell("@cmd"));
        assertEquals("'+1", OutputFormat.csvCell("+1"));
        assertEquals("-5", OutputFormat.csvCell(-5), "numbers are numbers");
        assertEquals("", OutputFormat.csvCell(null));
        assertEquals("\"Sales, North\"", OutputFormat.csvCell("Sales, North"));
        assertEquals("\"a\rb\"", OutputFormat.csvCell("a\rb"));
    }

    @Test
    void tableRowsStayOneLineAndShowState() {
        SnapshotView.QueueView q = new SnapshotView.QueueView("id", "Sales\nNorth", "stale", "ALERT", java.util.List.of(),
                3, 1, 2, 0, 75L, 4, 0, 1, 5, 6, 10L, 8L, 2L, 0.8, 12.0, 200.0);
        SnapshotView view = new SnapshotView("2026-11-26T10:00:00Z", null, "eu_west_1", false, java.util.List.of(q), java.util.List.of());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TableWriter.print(view, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(3, lines.length, "title, header, one row");
        assertEquals(true, lines[2].startsWith("Sales North"), lines[2]);
        assertEquals(true, lines[2].contains("1:15") && lines[2].contains("80%") && lines[2].endsWith("ALERT (STALE)"), lines[2]);
    }
}
