package com.queuewallboard.history;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.insight.AlarmEvent;
import com.queuewallboard.insight.TrendRegistry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the history file for replay, the report and the sparkline refill. Uses its own
 * connection (WAL lets it read while the recorder writes). Not thread-safe: one user at a time.
 */
public final class HistoryReader implements AutoCloseable {
    private final Connection c;
    private final Map<Integer, String[]> queues = new HashMap<>();   // key -> {id, name}

    private HistoryReader(Connection c) {
        this.c = c;
    }

    /** Opens an existing file; says why not ("no history file at ...", "file is from a newer version"). */
    public static HistoryReader open(Path file) throws HistoryUnavailable {
        HistoryReader r = new HistoryReader(HistoryDatabase.openForReading(file));
        try {
            r.loadQueues();
        } catch (SQLException e) {
            r.close();
            throw HistoryUnavailable.of(e);
        }
        return r;
    }

    private void loadQueues() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT key, queue_id, name FROM queue");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) queues.put(rs.getInt(1), new String[]{rs.getString(2), rs.getString(3)});
        }
    }

    String queueId(int key) throws SQLException {
        String[] q = queues.get(key);
        if (q == null) {
            loadQueues();   // a queue recorded since this reader opened
            q = queues.get(key);
        }
        return q == null ? "?" + key : q[0];
    }

    String queueName(int key) throws SQLException {
        queueId(key);
        String[] q = queues.get(key);
        return q == null ? "?" + key : q[1];
    }

    /** The refreshes recorded in [from, to), oldest first. */
    public List<RecordedRefresh> refreshes(Instant from, Instant to) throws SQLException {
        List<RecordedRefresh> out = new ArrayList<>();
        Map<Long, com.queuewallboard.board.ThresholdSettings> levels = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT r.id, r.at, r.source, r.demo, r.thresholds_id, t.json"
                + " FROM refresh r LEFT JOIN thresholds t ON t.id = r.thresholds_id WHERE r.at >= ? AND r.at < ? ORDER BY r.at, r.id")) {
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long levelsId = rs.getLong(5);
                    String json = rs.getString(6);
                    var l = levels.computeIfAbsent(levelsId, k -> HistoryJson.levels(json));
                    out.add(new RecordedRefresh(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                            rs.getInt(4) != 0, l));
                }
            }
        }
        return out;
    }

    /** The snapshot of one recorded refresh, queue for queue as the board had it. */
    public BoardSnapshot snapshot(RecordedRefresh r) throws SQLException {
        Instant todayAt = null;
        LocalTime simTime = null;
        String problems = null;
        try (PreparedStatement p = c.prepareStatement("SELECT today_at, sim_time, problems FROM refresh WHERE id = ?")) {
            p.setLong(1, r.id());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    long t = rs.getLong(1);
                    if (!rs.wasNull()) todayAt = Instant.ofEpochMilli(t);
                    String sim = rs.getString(2);
                    if (sim != null) simTime = LocalTime.parse(sim);
                    problems = rs.getString(3);
                }
            }
        }
        List<QueueFigures> figures = new ArrayList<>();
        Set<String> stale = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT queue_key, status, waiting, available, in_progress, alerting,"
                + " on_queue, not_responding, off_queue, active, members, longest_wait, offered, answered, abandoned,"
                + " service_level, asa, aht, sl_target_pct, sl_target_secs, recent_window_ms, recent_offered, recent_answered,"
                + " recent_abandoned, recent_sl, recent_aht FROM sample WHERE refresh_id = ? ORDER BY pos")) {
            p.setLong(1, r.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String id = queueId(rs.getInt(1));
                    StoredStatus status = StoredStatus.values()[rs.getInt(2)];
                    if (status.stale) stale.add(id);
                    TodayTotals today = null;
                    long offered = rs.getLong(13);
                    if (!rs.wasNull()) {
                        today = new TodayTotals(offered, rs.getLong(14), rs.getLong(15), doubleOrNull(rs, 16),
                                doubleOrNull(rs, 17), doubleOrNull(rs, 18));
                    }
                    String name = queueName(rs.getInt(1));
                    QueueFigures q = status.live
                            ? new QueueFigures(id, name, true, rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getLong(12), today)
                            : QueueFigures.noData(id, name, today);
                    int pct = rs.getInt(19);
                    if (!rs.wasNull()) q = q.withServiceLevelTarget(new ServiceLevelTarget(pct, rs.getInt(20)));
                    long windowMs = rs.getLong(21);
                    if (!rs.wasNull()) {
                        q = q.withRecent(new RecentTotals(Duration.ofMillis(windowMs), rs.getLong(22), rs.getLong(23),
                                rs.getLong(24), doubleOrNull(rs, 25), doubleOrNull(rs, 26)));
                    }
                    figures.add(q);
                }
            }
        }
        return new BoardSnapshot(r.at(), todayAt, figures, HistoryJson.problems(problems), stale, simTime);
    }

    /** The recorded level of every queue in a refresh (queue id -> level), as the board judged it then. */
    public Map<String, AlertLevel> levels(RecordedRefresh r) throws SQLException {
        Map<String, AlertLevel> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT queue_key, level FROM sample WHERE refresh_id = ? ORDER BY pos")) {
            p.setLong(1, r.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.put(queueId(rs.getInt(1)), AlertLevel.values()[rs.getInt(2)]);
            }
        }
        return out;
    }

    /** Alarm transitions in [from, to), oldest first. */
    public List<AlarmEvent> alarms(Instant from, Instant to) throws SQLException {
        List<AlarmEvent> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT at, kind, queue_id, reason, level FROM alarm"
                + " WHERE at >= ? AND at < ? ORDER BY at, rowid")) {
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String level = rs.getString(5);
                    out.add(new AlarmEvent(Instant.ofEpochMilli(rs.getLong(1)), AlarmEvent.Kind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), level == null ? null : AlertLevel.valueOf(level)));
                }
            }
        }
        return out;
    }

    /** Connection events in [from, to), oldest first. */
    public List<ConnectionEvent> connectionEvents(Instant from, Instant to) throws SQLException {
        List<ConnectionEvent> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT at, kind, message FROM connection_event"
                + " WHERE at >= ? AND at < ? ORDER BY at, rowid")) {
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(new ConnectionEvent(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /**
     * Refills the sparklines after a restart: every recorded point of the last {@code window}
     * before {@code now} (waiting, available; queues with live data only, as the board adds
     * them) goes into {@code trends}, oldest first. Call it before the first live snapshot.
     *
     * @return the number of points added
     */
    public int refillTrends(TrendRegistry trends, Instant now, Duration window) throws SQLException {
        int points = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT r.at, s.queue_key, s.waiting, s.available"
                + " FROM refresh r JOIN sample s ON s.refresh_id = r.id"
                + " WHERE r.at >= ? AND r.at <= ? AND s.status IN (0, 1) ORDER BY r.at, r.id, s.pos")) {
            p.setLong(1, now.minus(window).toEpochMilli());
            p.setLong(2, now.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    trends.record(queueId(rs.getInt(2)), rs.getLong(1) / 1000, rs.getInt(3), rs.getInt(4));
                    points++;
                }
            }
        }
        return points;
    }

    /** Streams the samples of [from, to) in time order to {@code sink}, for the report (no lists of millions). */
    void scanSamples(Instant from, Instant to, SampleSink sink) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT r.at, s.queue_key, s.status, s.level, s.waiting, s.longest_wait,"
                + " s.offered, s.answered, s.abandoned, s.service_level FROM refresh r JOIN sample s ON s.refresh_id = r.id"
                + " WHERE r.at >= ? AND r.at < ? ORDER BY r.at, r.id")) {
            p.setLong(1, from.toEpochMilli());
            p.setLong(2, to.toEpochMilli());
            p.setFetchSize(4096);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long offered = rs.getLong(7);
                    boolean hasToday = !rs.wasNull();
                    double sl = rs.getDouble(10);
                    boolean hasSl = !rs.wasNull();
                    sink.accept(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getLong(6),
                            hasToday, offered, rs.getLong(8), rs.getLong(9), hasSl ? sl : Double.NaN);
                }
            }
        }
    }

    /** One sample row, primitive, for the report's accumulators. */
    interface SampleSink {
        void accept(long atMillis, int queueKey, int status, int level, int waiting, long longestWait, boolean hasToday,
                    long offered, long answered, long abandoned, double serviceLevel) throws SQLException;
    }

    private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
        double d = rs.getDouble(i);
        return rs.wasNull() ? null : d;
    }

    @Override
    public void close() {
        HistoryDatabase.closeQuietly(c);
    }
}
