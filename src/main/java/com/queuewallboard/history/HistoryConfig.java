package com.queuewallboard.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link HistoryRecorder} runs.
 *
 * @param file          the SQLite file (the settings folder's {@value HistoryDatabase#FILE_NAME}, or --history)
 * @param retention     rows older than this are pruned, once a day, in small chunks (default 90 days)
 * @param busyWait      how long a write waits for another program's lock before history goes off
 * @param maxPageCount  a size cap in 4 KiB pages, 0 for none (reaching it reads as a full disk)
 * @param queueCapacity refreshes and events waiting for the writer; beyond it they are dropped and counted
 * @param clock         for pruning ("older than 90 days")
 */
public record HistoryConfig(Path file, Duration retention, Duration busyWait, int maxPageCount, int queueCapacity,
                            Clock clock) {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

    public HistoryConfig {
        Objects.requireNonNull(file, "file");
        if (retention.isNegative() || retention.isZero()) throw new IllegalArgumentException("retention must be > 0");
        if (queueCapacity < 1) throw new IllegalArgumentException("queueCapacity must be >= 1");
    }

    public static HistoryConfig of(Path file) {
        return new HistoryConfig(file, DEFAULT_RETENTION, Duration.ofSeconds(2), 0, 256, Clock.systemUTC());
    }

    public HistoryConfig withRetention(Duration d) {
        return new HistoryConfig(file, d, busyWait, maxPageCount, queueCapacity, clock);
    }

    public HistoryConfig withBusyWait(Duration d) {
        return new HistoryConfig(file, retention, d, maxPageCount, queueCapacity, clock);
    }

    public HistoryConfig withMaxPageCount(int pages) {
        return new HistoryConfig(file, retention, busyWait, pages, queueCapacity, clock);
    }

    public HistoryConfig withQueueCapacity(int capacity) {
        return new HistoryConfig(file, retention, busyWait, maxPageCount, capacity, clock);
    }

    public HistoryConfig withClock(Clock c) {
        return new HistoryConfig(file, retention, busyWait, maxPageCount, queueCapacity, c);
    }
}
