package com.queuewallboard.history;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.ThresholdRule;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.insight.AlarmEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The writes, on the recorder's writer thread only: one transaction per batch, statements prepared once. */
final class HistoryWriter implements AutoCloseable {

    /** What the writer is given: a refresh, an alarm or a connection event. */
    sealed interface Entry permits Refresh, Alarm, Connection {
    }

    record Refresh(BoardSnapshot snapshot, ThresholdSettings levels, String source, boolean demo) implements Entry {
    }

    record Alarm(AlarmEvent event) implements Entry {
    }

    record Connection(ConnectionEvent event) implements Entry {
    }

    private static final int PRUNE_REFRESHES_PER_CHUNK = 20;
    private static final int PRUNE_EVENTS_PER_CHUNK = 1000;

    private final java.sql.Connection c;
    private final PreparedStatement insertRefresh;
    private final PreparedStatement insertSample;
    private final PreparedStatement insertAlarm;
    private final PreparedStatement insertEvent;
    private final Map<String, Integer> queueKeys = new HashMap<>();
    private final Map<String, String> queueNames = new HashMap<>();
    private final Map<String, Long> levelIds = new HashMap<>();
    private ThresholdSettings lastLevels;
    private long lastLevelsId;

    HistoryWriter(java.sql.Connection c) throws SQLException {
        this.c = c;
        c.setAutoCommit(false);
        insertRefresh = c.prepareStatement("INSERT INTO refresh(at, today_at, sim_time, source, demo, problems, thresholds_id)"
                + " VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
        insertSample = c.prepareStatement("INSERT INTO sample VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        insertAlarm = c.prepareStatement("INSERT INTO alarm(at, kind, queue_id, reason, level) VALUES (?,?,?,?,?)");
        insertEvent = c.prepareStatement("INSERT INTO connection_event(at, kind, message) VALUES (?,?,?)");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, queue_id, name FROM queue")) {
            while (rs.next()) {
                queueKeys.put(rs.getString(2), rs.getInt(1));
                queueNames.put(rs.getString(2), rs.getString(3));
            }
        }
        c.commit();
    }

    /** Writes a batch as one transaction: all of it is in the file, or none of it. */
    void write(List<Entry> batch) throws SQLException {
        try {
            for (Entry e : batch) {
                if (e instanceof Refresh r) refresh(r);
                else if (e instanceof Alarm a) alarm(a.event());
                else if (e instanceof Connection ce) event(ce.event());
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            // the caches may name rows that were rolled back
            queueKeys.clear();
            queueNames.clear();
            levelIds.clear();
            lastLevels = null;
            throw e;
        }
    }

    private void refresh(Refresh r) throws SQLException {
        BoardSnapshot s = r.snapshot();
        insertRefresh.setLong(1, s.asOf().toEpochMilli());
        setLong(insertRefresh, 2, s.todayAsOf() == null ? null : s.todayAsOf().toEpochMilli());
        insertRefresh.setString(3, s.simulatedTime() == null ? null : s.simulatedTime().toString());
        insertRefresh.setString(4, r.source());
        insertRefresh.setInt(5, r.demo() ? 1 : 0);
        insertRefresh.setString(6, s.problems().isEmpty() ? null : HistoryJson.write(s.problems()));
        insertRefresh.setLong(7, levelsId(r.levels()));
        insertRefresh.executeUpdate();
        long id;
        try (ResultSet keys = insertRefresh.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        int pos = 0;
        for (QueueFigures q : s.queues()) {
            int key = queueKey(q.queueId(), q.queueName());
            boolean live = q.hasLiveData();
            int i = 1;
            insertSample.setLong(i++, id);
            insertSample.setInt(i++, pos++);
            insertSample.setInt(i++, key);
            insertSample.setInt(i++, StoredStatus.of(live, s.isStale(q.queueId())).ordinal());
            insertSample.setInt(i++, ThresholdRule.assess(q, r.levels().forQueue(q.queueId())).level().ordinal());
            int[] figures = {q.waitingCalls(), q.availableAgents(), q.inProgressCalls(), q.alertingCalls(),
                    q.agentsOnQueue(), q.notResponding(), q.agentsOffQueue(), q.activeAgents(), q.memberAgents()};
            for (int f : figures) {
                if (live) insertSample.setInt(i++, f);
                else insertSample.setNull(i++, Types.INTEGER);
            }
            setLong(insertSample, i++, live ? q.longestWaitSeconds() : null);
            TodayTotals t = q.today();
            setLong(insertSample, i++, t == null ? null : t.offered());
            setLong(insertSample, i++, t == null ? null : t.answered());
            setLong(insertSample, i++, t == null ? null : t.abandoned());
            setDouble(insertSample, i++, t == null ? null : t.serviceLevel());
            setDouble(insertSample, i++, t == null ? null : t.averageSpeedOfAnswerSeconds());
            setDouble(insertSample, i++, t == null ? null : t.averageHandleSeconds());
            ServiceLevelTarget target = q.serviceLevelTarget();
            setLong(insertSample, i++, target == null ? null : (long) target.percentage());
            setLong(insertSample, i++, target == null ? null : (long) target.seconds());
            RecentTotals recent = q.recent();
            setLong(insertSample, i++, recent == null ? null : recent.window().toMillis());
            setLong(insertSample, i++, recent == null ? null : recent.offered());
            setLong(insertSample, i++, recent == null ? null : recent.answered());
            setLong(insertSample, i++, recent == null ? null : recent.abandoned());
            setDouble(insertSample, i++, recent == null ? null : recent.serviceLevel());
            setDouble(insertSample, i, recent == null ? null : recent.averageHandleSeconds());
            insertSample.addBatch();
        }
        insertSample.executeBatch();
    }

    private int queueKey(String queueId, String name) throws SQLException {
        Integer key = queueKeys.get(queueId);
        if (key != null) {
            if (!java.util.Objects.equals(queueNames.get(queueId), name)) {
                try (PreparedStatement p = c.prepareStatement("UPDATE queue SET name = ? WHERE key = ?")) {
                    p.setString(1, name);
                    p.setInt(2, key);
                    p.executeUpdate();
                }
                queueNames.put(queueId, name);
            }
            return key;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO queue(queue_id, name) VALUES (?,?)")) {
            p.setString(1, queueId);
            p.setString(2, name);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT key FROM queue WHERE queue_id = ?")) {
            p.setString(1, queueId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                key = rs.getInt(1);
            }
        }
        queueKeys.put(queueId, key);
        queueNames.put(queueId, name);
        return key;
    }

    private long levelsId(ThresholdSettings levels) throws SQLException {
        if (levels.equals(lastLevels)) return lastLevelsId;
        String json = HistoryJson.write(levels);
        Long id = levelIds.get(json);
        if (id == null) {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO thresholds(json) VALUES (?)")) {
                p.setString(1, json);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM thresholds WHERE json = ?")) {
                p.setString(1, json);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            levelIds.put(json, id);
        }
        lastLevels = levels;
        lastLevelsId = id;
        return id;
    }

    private void alarm(AlarmEvent e) throws SQLException {
        insertAlarm.setLong(1, e.at().toEpochMilli());
        insertAlarm.setString(2, e.kind().name());
        insertAlarm.setString(3, e.queueId());
        insertAlarm.setString(4, e.reason());
        insertAlarm.setString(5, e.level() == null ? null : e.level().name());
        insertAlarm.executeUpdate();
    }

    private void event(ConnectionEvent e) throws SQLException {
        insertEvent.setLong(1, e.at().toEpochMilli());
        insertEvent.setString(2, e.kind());
        insertEvent.setString(3, e.message());
        insertEvent.executeUpdate();
    }

    /**
     * Deletes one small chunk of rows older than {@code cutoffMillis}, in its own transaction, so
     * new refreshes are never held up for long.
     *
     * @return true when there may be more to delete
     */
    boolean pruneChunk(long cutoffMillis) throws SQLException {
        int refreshes;
        int events;
        try (PreparedStatement samples = c.prepareStatement("DELETE FROM sample WHERE refresh_id IN"
                + " (SELECT id FROM refresh WHERE at < ? ORDER BY id LIMIT " + PRUNE_REFRESHES_PER_CHUNK + ")");
             PreparedStatement rows = c.prepareStatement("DELETE FROM refresh WHERE id IN"
                     + " (SELECT id FROM refresh WHERE at < ? ORDER BY id LIMIT " + PRUNE_REFRESHES_PER_CHUNK + ")");
             PreparedStatement alarms = c.prepareStatement("DELETE FROM alarm WHERE rowid IN"
                     + " (SELECT rowid FROM alarm WHERE at < ? LIMIT " + PRUNE_EVENTS_PER_CHUNK + ")");
             PreparedStatement conn = c.prepareStatement("DELETE FROM connection_event WHERE rowid IN"
                     + " (SELECT rowid FROM connection_event WHERE at < ? LIMIT " + PRUNE_EVENTS_PER_CHUNK + ")")) {
            samples.setLong(1, cutoffMillis);
            samples.executeUpdate();
            rows.setLong(1, cutoffMillis);
            refreshes = rows.executeUpdate();
            alarms.setLong(1, cutoffMillis);
            conn.setLong(1, cutoffMillis);
            events = alarms.executeUpdate() + conn.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        }
        return refreshes == PRUNE_REFRESHES_PER_CHUNK || events >= PRUNE_EVENTS_PER_CHUNK;
    }

    private void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) p.setNull(i, Types.INTEGER);
        else p.setLong(i, v);
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) p.setNull(i, Types.REAL);
        else p.setDouble(i, v);
    }

    @Override
    public void close() {
        HistoryDatabase.closeQuietly(insertRefresh);
        HistoryDatabase.closeQuietly(insertSample);
        HistoryDatabase.closeQuietly(insertAlarm);
        HistoryDatabase.closeQuietly(insertEvent);
        HistoryDatabase.closeQuietly(c);
    }
}
