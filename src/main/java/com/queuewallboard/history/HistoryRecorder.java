package com.queuewallboard.history;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.insight.AlarmEvent;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every refresh, alarm and connection event in the history file, off the caller's
 * thread: the caller puts an entry on a bounded queue and goes on (never blocks; when the queue
 * is full the entry is dropped and counted), and one writer thread writes them in batches, one
 * transaction each, and prunes old rows once a day in small chunks.
 *
 * <p>Any failure of the file (locked, damaged, full, from a newer version) turns recording off
 * with a reason in {@link #status()}; the caller is never told by an exception and keeps going.
 */
public final class HistoryRecorder implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HistoryRecorder.class.getName());
    private static final int MAX_BATCH = 64;
    private static final Duration PRUNE_EVERY = Duration.ofDays(1);

    private final HistoryConfig config;
    private final BlockingQueue<Object> queue;
    private final List<Consumer<HistoryStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile HistoryStatus status;
    private volatile boolean stopping;

    private record Flush(CountDownLatch done) {
    }

    private HistoryRecorder(HistoryConfig config, HistoryStatus initial) {
        this.config = config;
        this.status = initial;
        this.queue = new ArrayBlockingQueue<>(config == null ? 1 : config.queueCapacity());
        if (config == null) {
            writer = null;
            return;
        }
        writer = new Thread(this::run, "history-writer");
        writer.setDaemon(true);
        writer.setPriority(Thread.NORM_PRIORITY - 1);
    }

    /**
     * Starts recording into {@code config.file()}. Never throws and never waits for the file: it is
     * opened (and migrated) on the writer thread; a failure shows in {@link #status()}.
     */
    public static HistoryRecorder start(HistoryConfig config) {
        HistoryRecorder r = new HistoryRecorder(config, HistoryStatus.recording(0));
        r.writer.start();
        return r;
    }

    /** A recorder that records nothing (--no-history, --once): status says so. */
    public static HistoryRecorder disabled() {
        return new HistoryRecorder(null, HistoryStatus.DISABLED);
    }

    /** Records one refresh with the levels in force. O(1) on the caller's thread; never blocks. */
    public void record(BoardSnapshot snapshot, ThresholdSettings levels, String source, boolean demo) {
        offer(new HistoryWriter.Refresh(snapshot, levels == null ? ThresholdSettings.DEFAULT : levels, source, demo));
    }

    public void record(AlarmEvent event) {
        offer(new HistoryWriter.Alarm(event));
    }

    public void record(ConnectionEvent event) {
        offer(new HistoryWriter.Connection(event));
    }

    private void offer(Object entry) {
        if (!status.on() || stopping) return;
        if (!queue.offer(entry)) {
            long n = dropped.incrementAndGet();
            if (n == 1) LOG.warning("History writer is behind: refreshes are being dropped, not recorded.");
            publish(HistoryStatus.recording(n));
        }
    }

    /** Now; listeners are called on the thread that changed it (the writer's, or a caller's on a drop). */
    public HistoryStatus status() {
        return status;
    }

    /** Called at every change of {@link #status()}, on the thread that changed it. */
    public void addStatusListener(Consumer<HistoryStatus> listener) {
        listeners.add(listener);
    }

    public void removeStatusListener(Consumer<HistoryStatus> listener) {
        listeners.remove(listener);
    }

    /**
     * Waits until everything handed over so far is in the file (or history went off).
     *
     * @return false when it did not finish within {@code timeout}
     */
    public boolean flush(Duration timeout) throws InterruptedException {
        if (writer == null || !status.on()) return true;
        CountDownLatch done = new CountDownLatch(1);
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!queue.offer(new Flush(done), timeout.toMillis(), TimeUnit.MILLISECONDS)) return false;
        return done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Writes what is queued (for up to 5 s), then stops the writer and closes the file. */
    @Override
    public void close() {
        if (writer == null) return;
        try {
            flush(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopping = true;
        writer.interrupt();
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the writer thread ----------------------------------------------------------------

    private void run() {
        HistoryWriter out;
        try {
            Connection c = HistoryDatabase.openForWriting(config.file(), config.busyWait(), config.maxPageCount());
            try {
                out = new HistoryWriter(c);
            } catch (SQLException e) {
                HistoryDatabase.closeQuietly(c);
                throw HistoryUnavailable.of(e);
            }
        } catch (HistoryUnavailable e) {
            turnOff(e);
            return;
        }
        long nextPrune = config.clock().millis();
        List<Object> batch = new ArrayList<>(MAX_BATCH);
        List<HistoryWriter.Entry> entries = new ArrayList<>(MAX_BATCH);
        List<CountDownLatch> flushed = new ArrayList<>();
        try (out) {
            while (!stopping) {
                Object first;
                try {
                    first = queue.poll(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    if (stopping) break;
                    continue;
                }
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                    for (Object o : batch) {
                        if (o instanceof Flush f) flushed.add(f.done());
                        else entries.add((HistoryWriter.Entry) o);
                    }
                    if (!entries.isEmpty()) out.write(entries);
                    flushed.forEach(CountDownLatch::countDown);
                    batch.clear();
                    entries.clear();
                    flushed.clear();
                }
                // pruning: one small chunk per turn of the loop, so writes go on in between
                long now = config.clock().millis();
                if (now >= nextPrune && queue.isEmpty()) {
                    boolean more = out.pruneChunk(now - config.retention().toMillis());
                    if (!more) nextPrune = now + PRUNE_EVERY.toMillis();
                }
            }
        } catch (SQLException | RuntimeException e) {
            flushed.forEach(CountDownLatch::countDown);
            turnOff(e instanceof SQLException sql ? HistoryUnavailable.of(sql)
                    : new HistoryUnavailable("unexpected error (" + e.getClass().getSimpleName() + ")", e));
        }
    }

    private void turnOff(HistoryUnavailable e) {
        LOG.log(Level.WARNING, "History off: " + e.reason() + " (" + config.file() + ")", e.getCause());
        publish(HistoryStatus.off(e.reason(), dropped.get()));
        // nobody waits for what is left: wake any flush, forget the rest
        List<Object> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (Object o : rest) if (o instanceof Flush f) f.done().countDown();
    }

    private void publish(HistoryStatus s) {
        status = s;
        for (Consumer<HistoryStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "History status listener failed", e);
            }
        }
    }
}
