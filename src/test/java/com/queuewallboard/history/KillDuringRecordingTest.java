package com.queuewallboard.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kill -9 while recording: every committed batch is there and the file is sound. */
class KillDuringRecordingTest {
    @TempDir
    Path dir;

    @Test
    void aKilledRecorderLosesAtMostTheLastBatchAndNeverCorruptsTheFile() throws Exception {
        Path file = dir.resolve("history.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecordingChild.class.getName(), file.toString()).redirectErrorStream(true).start();
        long committed = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("committed ")) committed = Long.parseLong(line.substring(10));
                else if (line.startsWith("failed")) throw new AssertionError(line);
                if (committed >= 300) break;   // well into recording, with batches in flight
            }
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(committed >= 300, "the child recorded before it was killed");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM refresh")) {
                rs.next();
                assertTrue(rs.getLong(1) >= committed, rs.getLong(1) + " refreshes in the file, " + committed + " committed");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM refresh r WHERE (SELECT count(*) FROM sample WHERE refresh_id = r.id) <> 100")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no refresh is half written");
            }
        }
    }
}
