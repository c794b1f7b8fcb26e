package com.queuewallboard.bench;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.history.DayReport;
import com.queuewallboard.history.DayReportBuilder;
import com.queuewallboard.history.HistoryConfig;
import com.queuewallboard.history.HistoryReader;
import com.queuewallboard.history.HistoryRecorder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * History figures: recording cost per refresh with 1,000 queues (caller and writer thread),
 * database size per 1,000 queue-days, and report time for a 1,000-queue day.
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=com.queuewallboard.bench.HistoryBenchmark}
 * Records {@code -Dbench.hours} (default 4) hours at a 10 s interval and scales the size and the
 * report time to 24 h (both grow linearly with rows).
 */
public final class HistoryBenchmark {
    private static final int QUEUES = 1000;
    private static final int INTERVAL_S = 10;

    public static void main(String[] args) throws Exception {
        int hours = Integer.getInteger("bench.hours", 4);
        Path dir = Files.createTempDirectory("history-bench");
        Path file = dir.resolve("history.db");
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        Random random = new Random(7);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        // warm-up: JIT, SQLite's native library, the prepared statements
        try (HistoryRecorder warm = HistoryRecorder.start(HistoryConfig.of(dir.resolve("warm.db")))) {
            for (int i = 0; i < 30; i++) warm.record(snapshot(start.plusSeconds(i), random), ThresholdSettings.DEFAULT, "DEMO", true);
            warm.flush(Duration.ofMinutes(2));
        }

        int refreshes = hours * 3600 / INTERVAL_S;
        List<BoardSnapshot> prepared = new ArrayList<>();
        for (int i = 0; i < 60; i++) prepared.add(snapshot(start, random));
        long callerNanos = 0;
        long writerCpuBefore;
        long wallStart;
        try (HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(file).withQueueCapacity(4096))) {
            r.record(prepared.get(0), ThresholdSettings.DEFAULT, "DEMO", true);
            r.flush(Duration.ofMinutes(1));
            Thread writer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("history-writer"))
                    .findFirst().orElseThrow();
            writerCpuBefore = threads.getThreadCpuTime(writer.getId());
            wallStart = System.nanoTime();
            int run = 0;
            for (int i = 1; i < refreshes; i++) {
                BoardSnapshot base = prepared.get(i % prepared.size());
                BoardSnapshot s = new BoardSnapshot(start.plusSeconds((long) i * INTERVAL_S), base.todayAsOf(), base.queues(), List.of());
                long t0 = System.nanoTime();
                r.record(s, ThresholdSettings.DEFAULT, "DEMO", true);
                callerNanos += System.nanoTime() - t0;
                if (i % 360 == 0) {   // an hour: let the writer catch up, as 10 s intervals would
                    r.flush(Duration.ofMinutes(5));
                    System.out.printf("  run %d: %d refreshes written%n", ++run, i);
                }
            }
            r.flush(Duration.ofMinutes(10));
            long wall = System.nanoTime() - wallStart;
            long writerCpu = threads.getThreadCpuTime(writer.getId()) - writerCpuBefore;
            System.out.printf("Recording, %d queues, %d refreshes (%d h at %d s):%n", QUEUES, refreshes, hours, INTERVAL_S);
            System.out.printf("  caller time per refresh: %.1f µs (record(): one offer to the queue)%n",
                    callerNanos / 1000.0 / (refreshes - 1));
            System.out.printf("  writer thread CPU per refresh: %.1f ms; wall per refresh incl. fsync: %.1f ms%n",
                    writerCpu / 1e6 / (refreshes - 1), wall / 1e6 / (refreshes - 1));
            System.out.printf("  dropped: %d%n", r.status().dropped());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long bytes = Files.size(file);
        double perQueueDay = bytes * (24.0 / hours) / QUEUES;
        System.out.printf("Size: %.1f MB for %d h of %d queues -> %.0f KB per queue per day (10 s refresh), %.2f GB per 1,000 queue-days%n",
                bytes / 1e6, hours, QUEUES, perQueueDay / 1024, perQueueDay * 1000 / 1e9);
        System.out.printf("  bytes per row (one queue, one refresh): %.1f%n", bytes / ((double) refreshes * QUEUES));

        long[] times = new long[3];
        for (int run = 0; run < times.length; run++) {
            long t0 = System.nanoTime();
            DayReport report;
            try (HistoryReader reader = HistoryReader.open(file)) {
                report = DayReportBuilder.build(reader, LocalDate.of(2026, 12, 1), ZoneOffset.UTC, 0.8);
            }
            times[run] = System.nanoTime() - t0;
            if (report.queues().size() != QUEUES) throw new IllegalStateException("report has " + report.queues().size());
        }
        java.util.Arrays.sort(times);
        System.out.printf("Report of %d queues x %d h: median %.2f s of 3 runs -> %.1f s for a full 1,000-queue day%n",
                QUEUES, hours, times[1] / 1e9, times[1] / 1e9 * 24.0 / hours);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    private static BoardSnapshot snapshot(Instant at, Random r) {
        List<QueueFigures> queues = new ArrayList<>(QUEUES);
        for (int i = 0; i < QUEUES; i++) {
            queues.add(new QueueFigures("q-" + String.format("%08d", i) + "-0000-4000-8000-000000000000", "Queue " + i, true,
                    r.nextInt(8), r.nextInt(6), r.nextInt(20), r.nextInt(3), 20 + r.nextInt(10), r.nextInt(2), r.nextInt(5),
                    25 + r.nextInt(5), 30, r.nextInt(300), new TodayTotals(r.nextInt(2000), r.nextInt(1800), r.nextInt(100),
                    r.nextDouble(), r.nextDouble() * 60, 200 + r.nextDouble() * 200)));
        }
        return new BoardSnapshot(at, at, queues, List.of());
    }
}
