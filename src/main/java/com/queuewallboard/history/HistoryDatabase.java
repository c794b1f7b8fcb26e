package com.queuewallboard.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens the history file: WAL, a bounded busy wait, the schema migrated (or refused). */
public final class HistoryDatabase {
    /** The file's name in the settings folder. */
    public static final String FILE_NAME = "history.db";

    private HistoryDatabase() {
    }

    /**
     * A connection for the writer: creates the file and its folder when missing, migrates it.
     *
     * @param busyWait     how long a write waits for another process's lock before history goes off
     * @param maxPageCount a size cap in 4 KiB pages (also how tests make a "full disk"); 0 for none
     */
    public static Connection openForWriting(Path file, Duration busyWait, int maxPageCount) throws HistoryUnavailable {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new HistoryUnavailable("cannot create the folder of " + file, e);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.executeUpdate("PRAGMA busy_timeout = " + busyWait.toMillis());
                // the pragma answers with a row: read it, and close the statement (an open one blocks writes)
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    if (rs.next() && !"wal".equalsIgnoreCase(rs.getString(1))) {
                        throw new HistoryUnavailable("the file cannot use WAL mode (" + rs.getString(1) + ")", null);
                    }
                }
                // NORMAL in WAL: a killed process loses nothing committed; a power cut at most the last commits
                s.executeUpdate("PRAGMA synchronous = NORMAL");
                if (maxPageCount > 0) {
                    try (ResultSet rs = s.executeQuery("PRAGMA max_page_count = " + maxPageCount)) {
                        rs.next();
                    }
                }
            }
            HistorySchema.migrate(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw HistoryUnavailable.of(e);
        } catch (HistoryUnavailable e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** A connection for reports and replay: never creates or migrates the file. */
    public static Connection openForReading(Path file) throws HistoryUnavailable {
        if (!Files.isRegularFile(file)) {
            throw new HistoryUnavailable("no history file at " + file + " (nothing recorded yet)", null);
        }
        Connection c = null;
        try {
            // read-write without create: a WAL reader may need to make the -shm file, and a typo must not make a file
            SQLiteConfig config = new SQLiteConfig();
            config.resetOpenMode(SQLiteOpenMode.CREATE);
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement s = c.createStatement()) {
                s.executeUpdate("PRAGMA busy_timeout = 5000");
            }
            int version = HistorySchema.version(c);
            if (version > HistorySchema.CURRENT) {
                throw new HistoryUnavailable("file is from a newer version (schema " + version + ")", null);
            }
            if (version < HistorySchema.CURRENT) {
                throw new HistoryUnavailable(version == 0 ? "the file holds no history" : "the file has an older schema ("
                        + version + "); run the board once to bring it up to date", null);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw HistoryUnavailable.of(e);
        } catch (HistoryUnavailable e) {
            closeQuietly(c);
            throw e;
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // closing after a failure: the failure is what gets reported
        }
    }
}
