package com.queuewallboard.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history file's tables, versioned with {@code PRAGMA user_version} and migrated at start,
 * one transaction per step. Times are epoch milliseconds (UTC); a day is cut in the board's
 * time zone by the queries, not here.
 *
 * <pre>
 * queue(key PK, queue_id UNIQUE, name)                      queue ids interned: a row refers to a small integer
 * refresh(id PK, at, today_at, sim_time, source, demo, problems, thresholds_id)   one per snapshot; index on at
 * sample(refresh_id, pos, queue_key, status, level, live figures, today totals)  PK (refresh_id, pos: the board order), WITHOUT ROWID
 * (status: 0 ok, 1 stale, 2 error, 3 noData; level: 0 NORMAL, 1 WARNING, 2 ALERT; live figures NULL without live data)
 * alarm(at, kind, queue_id, reason, level)                  index on at
 * connection_event(at, kind, message)                       index on at
 * thresholds(id PK, json UNIQUE)                            the levels in force (v2), so a replay judges alike
 * sample + (sl_target_pct, sl_target_secs, recent_window_ms, recent_offered, recent_answered, recent_abandoned,
 *           recent_sl, recent_aht)                          the queue's target and recent window (v3), NULL when unknown
 * </pre>
 */
public final class HistorySchema {
    /** The version this build writes; a file with a higher one is left alone ("from a newer version"). */
    public static final int CURRENT = 3;

    private static final List<List<String>> STEPS = List.of(
            // 0 -> 1
            List.of("CREATE TABLE queue(key INTEGER PRIMARY KEY, queue_id TEXT NOT NULL UNIQUE, name TEXT)",
                    "CREATE TABLE refresh(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, today_at INTEGER, sim_time TEXT,"
                            + " source TEXT, demo INTEGER NOT NULL DEFAULT 0, problems TEXT)",
                    "CREATE INDEX refresh_at ON refresh(at)",
                    "CREATE TABLE sample(refresh_id INTEGER NOT NULL, pos INTEGER NOT NULL, queue_key INTEGER NOT NULL,"
                            + " status INTEGER NOT NULL,"
                            + " level INTEGER NOT NULL, waiting INTEGER, available INTEGER, in_progress INTEGER,"
                            + " alerting INTEGER, on_queue INTEGER, not_responding INTEGER, off_queue INTEGER,"
                            + " active INTEGER, members INTEGER, longest_wait INTEGER, offered INTEGER, answered INTEGER,"
                            + " abandoned INTEGER, service_level REAL, asa REAL, aht REAL,"
                            + " PRIMARY KEY(refresh_id, pos)) WITHOUT ROWID",
                    "CREATE TABLE alarm(at INTEGER NOT NULL, kind TEXT NOT NULL, queue_id TEXT NOT NULL, reason TEXT,"
                            + " level TEXT)",
                    "CREATE TABLE connection_event(at INTEGER NOT NULL, kind TEXT NOT NULL, message TEXT)"),
            // 1 -> 2: the levels in force per refresh; time indexes for the replay's and report's alarm queries
            List.of("CREATE TABLE thresholds(id INTEGER PRIMARY KEY, json TEXT NOT NULL UNIQUE)",
                    "ALTER TABLE refresh ADD COLUMN thresholds_id INTEGER",
                    "CREATE INDEX alarm_at ON alarm(at)",
                    "CREATE INDEX connection_event_at ON connection_event(at)"),
            // 2 -> 3: each queue's service-level target and recent window, so a replay shows what the board showed
            List.of("ALTER TABLE sample ADD COLUMN sl_target_pct INTEGER",
                    "ALTER TABLE sample ADD COLUMN sl_target_secs INTEGER",
                    "ALTER TABLE sample ADD COLUMN recent_window_ms INTEGER",
                    "ALTER TABLE sample ADD COLUMN recent_offered INTEGER",
                    "ALTER TABLE sample ADD COLUMN recent_answered INTEGER",
                    "ALTER TABLE sample ADD COLUMN recent_abandoned INTEGER",
                    "ALTER TABLE sample ADD COLUMN recent_sl REAL",
                    "ALTER TABLE sample ADD COLUMN recent_aht REAL"));

    private HistorySchema() {
    }

    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the file to {@link #CURRENT}; refuses a newer file without touching it. */
    public static void migrate(Connection c) throws SQLException, HistoryUnavailable {
        migrate(c, CURRENT);
    }

    /** Brings the file to {@code target} (tests make a version-1 file with it). */
    static void migrate(Connection c, int target) throws SQLException, HistoryUnavailable {
        int version = version(c);
        if (version > CURRENT) {
            throw new HistoryUnavailable("file is from a newer version (schema " + version + ", this build knows "
                    + CURRENT + ")", null);
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = version; v < target; v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : STEPS.get(v)) s.executeUpdate(sql);
                    s.executeUpdate("PRAGMA user_version = " + (v + 1));
                }
                c.commit();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
