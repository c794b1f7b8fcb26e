package com.queuewallboard.history;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.TodayTotals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file the recorder cannot use turns history off with a reason; the caller never notices otherwise. */
class BadFilesTest {
    @TempDir
    Path dir;

    static BoardSnapshot snapshot(Instant at, int queues) {
        List<QueueFigures> list = new ArrayList<>();
        for (int i = 0; i < queues; i++) {
            list.add(new QueueFigures("q-" + i, "Queue " + i, true, i % 7, 3, 5, 1, 9, 0, 2, 11, 12, 40 + i,
                    new TodayTotals(100 + i, 90, 5, 0.8, 12.5, 240.0)));
        }
        return new BoardSnapshot(at, at, list, List.of());
    }

    /** Records until the recorder goes off (or n refreshes); returns the reason it gave. */
    private HistoryStatus offAfterRecording(HistoryConfig config, int n) throws Exception {
        CountDownLatch off = new CountDownLatch(1);
        List<HistoryStatus> seen = new ArrayList<>();
        try (HistoryRecorder r = HistoryRecorder.start(config)) {
            r.addStatusListener(s -> {
                synchronized (seen) {
                    seen.add(s);
                }
                if (!s.on()) off.countDown();
            });
            // the writer may have gone off before the listener was added (a file it cannot open fails at once)
            if (!r.status().on()) off.countDown();
            Instant t = Instant.parse("2026-12-01T10:00:00Z");
            for (int i = 0; i < n && r.status().on(); i++) {
                r.record(snapshot(t.plusSeconds(10L * i), 50), ThresholdSettings.DEFAULT, "DEMO", true);   // never throws
                if (i % 20 == 19) r.flush(Duration.ofSeconds(10));
            }
            assertTrue(off.await(20, TimeUnit.SECONDS), "history went off");
            HistoryStatus s = r.status();
            assertFalse(s.on());
            r.record(snapshot(t, 1), ThresholdSettings.DEFAULT, "DEMO", true);   // still harmless when off
            assertEquals(s, r.status());
            return s;
        }
    }

    @Test
    void aCorruptFileTurnsHistoryOff() throws Exception {
        Path file = dir.resolve("history.db");
        byte[] junk = new byte[64 * 1024];
        new Random(1).nextBytes(junk);
        Files.write(file, junk);
        HistoryStatus s = offAfterRecording(HistoryConfig.of(file), 1);
        assertEquals("history off: file is damaged or not a history database", s.text());
        assertTrue(java.util.Arrays.equals(junk, Files.readAllBytes(file)), "the file is left as it was");
    }

    @Test
    void aFileFromANewerVersionIsLeftAlone() throws Exception {
        Path file = dir.resolve("history.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 999");
        }
        HistoryStatus s = offAfterRecording(HistoryConfig.of(file), 1);
        assertTrue(s.text().startsWith("history off: file is from a newer version"), s.text());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(999, HistorySchema.version(c));
        }
        HistoryUnavailable e = org.junit.jupiter.api.Assertions.assertThrows(HistoryUnavailable.class, () -> HistoryReader.open(file));
        assertTrue(e.reason().startsWith("file is from a newer version"));
    }

    @Test
    void aFileLockedByAnotherProgramTurnsHistoryOff() throws Exception {
        Path file = dir.resolve("history.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.executeUpdate("CREATE TABLE t(x)");
            other.setAutoCommit(false);
            s.executeUpdate("PRAGMA locking_mode = EXCLUSIVE");
            s.executeUpdate("INSERT INTO t VALUES (1)");   // holds the write (and, exclusive, every) lock until commit
            HistoryStatus status = offAfterRecording(HistoryConfig.of(file).withBusyWait(Duration.ZERO), 1);
            assertEquals("history off: database is locked", status.text());
            other.rollback();
        }
    }

    @Test
    void aFullDiskTurnsHistoryOffAndKeepsWhatWasWritten() throws Exception {
        Path file = dir.resolve("history.db");
        // the size cap fails a write exactly as a full disk does (SQLITE_FULL)
        HistoryStatus s = offAfterRecording(HistoryConfig.of(file).withMaxPageCount(40), 10_000);
        assertEquals("history off: disk is full", s.text());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
        Path file = dir.resolve("history.db");
        List<HistoryStatus> seen = new ArrayList<>();
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(file).withQueueCapacity(2))) {
            r.addStatusListener(st -> {
                synchronized (seen) {
                    seen.add(st);
                }
            });
            BoardSnapshot big = snapshot(Instant.parse("2026-12-01T10:00:00Z"), 2000);
            for (int i = 0; i < 200; i++) r.record(big, ThresholdSettings.DEFAULT, "DEMO", true);
            assertTrue(r.status().dropped() > 0, "200 refreshes of 2,000 queues outrun a 2-place queue");
            assertTrue(r.status().on());
            assertTrue(r.status().text().contains("refreshes not recorded"), r.status().text());
        }
        synchronized (seen) {
            assertFalse(seen.isEmpty());
        }
    }

    @Test
    void migratesAnEmptyFileAndAVersionOneFile() throws Exception {
        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(empty))) {
            r.record(snapshot(Instant.parse("2026-12-01T10:00:00Z"), 3), ThresholdSettings.DEFAULT, "DEMO", true);
            assertTrue(r.flush(Duration.ofSeconds(10)));
            assertTrue(r.status().on(), r.status().text());
        }
        assertEquals(HistorySchema.CURRENT, version(empty));

        Path v1 = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v1)) {
            HistorySchema.migrate(c, 1);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO queue(key, queue_id, name) VALUES (1, 'q-old', 'Old')");
                s.executeUpdate("INSERT INTO refresh(id, at, demo) VALUES (1, "
                        + Instant.parse("2026-12-01T09:00:00Z").toEpochMilli() + ", 0)");
                s.executeUpdate("INSERT INTO sample(refresh_id, pos, queue_key, status, level, waiting, available) VALUES (1, 0, 1, 0, 0, 4, 2)");
            }
        }
        assertEquals(1, version(v1));
        var clock = new com.queuewallboard.testing.MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(v1).withClock(clock))) {
            r.record(snapshot(Instant.parse("2026-12-01T10:00:00Z"), 3), ThresholdSettings.DEFAULT, "DEMO", true);
            assertTrue(r.flush(Duration.ofSeconds(10)));
            assertTrue(r.status().on(), r.status().text());
        }
        assertEquals(HistorySchema.CURRENT, version(v1));
        try (HistoryReader reader = HistoryReader.open(v1)) {
            List<RecordedRefresh> all = reader.refreshes(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
            assertEquals(2, all.size(), "the version-1 row survives the migration");
            assertEquals(4, reader.snapshot(all.get(0)).queues().get(0).waitingCalls());
            assertEquals(ThresholdSettings.DEFAULT, all.get(0).levels(), "a v1 row has no levels: the defaults");
            assertEquals(3, reader.snapshot(all.get(1)).queues().size());
        }
    }

    @Test
    void migratesAVersionTwoFileAndKeepsTargetsAndRecentWindowsFromThen() throws Exception {
        Path v2 = dir.resolve("v2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v2)) {
            HistorySchema.migrate(c, 2);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO queue(key, queue_id, name) VALUES (1, 'q-old', 'Old')");
                s.executeUpdate("INSERT INTO refresh(id, at, demo) VALUES (1, "
                        + Instant.parse("2026-12-01T09:00:00Z").toEpochMilli() + ", 0)");
                s.executeUpdate("INSERT INTO sample(refresh_id, pos, queue_key, status, level, waiting, available) VALUES (1, 0, 1, 0, 0, 4, 2)");
            }
        }
        assertEquals(2, version(v2));
        var target = new com.queuewallboard.board.ServiceLevelTarget(80, 20);
        var recent = new com.queuewallboard.board.RecentTotals(Duration.ofMinutes(30), 12, 10, 2, 0.75, 181.5);
        BoardSnapshot s = snapshot(Instant.parse("2026-12-01T10:00:00Z"), 2);
        BoardSnapshot withBoth = new BoardSnapshot(s.asOf(), s.todayAsOf(),
                List.of(s.queues().get(0).withServiceLevelTarget(target).withRecent(recent), s.queues().get(1)),
                s.problems(), s.staleQueueIds(), s.simulatedTime());
        var clock = new com.queuewallboard.testing.MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(v2).withClock(clock))) {
            r.record(withBoth, ThresholdSettings.DEFAULT, "DEMO", true);
            assertTrue(r.flush(Duration.ofSeconds(10)));
            assertTrue(r.status().on(), r.status().text());
        }
        assertEquals(3, version(v2));
        try (HistoryReader reader = HistoryReader.open(v2)) {
            List<RecordedRefresh> all = reader.refreshes(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
            assertEquals(2, all.size(), "the version-2 row survives the migration");
            var old = reader.snapshot(all.get(0)).queues().get(0);
            assertEquals(4, old.waitingCalls());
            assertEquals(null, old.serviceLevelTarget(), "a v2 row has no target: unknown, not 0 %");
            assertEquals(null, old.recent());
            BoardSnapshot back = reader.snapshot(all.get(1));
            assertEquals(target, back.queues().get(0).serviceLevelTarget());
            assertEquals(recent, back.queues().get(0).recent());
            assertEquals(null, back.queues().get(1).serviceLevelTarget());
            assertEquals(withBoth.queues(), back.queues());
        }
    }

    @Test
    void oldRowsArePrunedByTheWriter() throws Exception {
        Path file = dir.resolve("history.db");
        var clock = new com.queuewallboard.testing.MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(file).withRetention(Duration.ofDays(90)).withClock(clock))) {
            for (int day = 120; day >= 0; day -= 10) {
                r.record(snapshot(clock.instant().minus(Duration.ofDays(day)), 5), ThresholdSettings.DEFAULT, "DEMO", true);
            }
            assertTrue(r.flush(Duration.ofSeconds(10)));
        }
        // the next start prunes (pruning runs at start, then daily), in chunks, on the writer thread
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(file).withClock(clock))) {
            r.record(snapshot(clock.instant(), 5), ThresholdSettings.DEFAULT, "DEMO", true);
            assertTrue(r.flush(Duration.ofSeconds(10)));
            // a second flush passes the writer's loop once more, after its first prune chunk
            r.record(snapshot(clock.instant().plusSeconds(10), 5), ThresholdSettings.DEFAULT, "DEMO", true);
            assertTrue(r.flush(Duration.ofSeconds(10)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), min(at) FROM refresh")) {
            rs.next();
            assertEquals(12, rs.getInt(1), "days 90..0 (10 rows) and the two new ones; 120, 110 and 100 days old are gone");
            assertTrue(rs.getLong(2) >= clock.instant().minus(Duration.ofDays(90)).toEpochMilli());
        }
    }

    private static int version(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return HistorySchema.version(c);
        }
    }
}
