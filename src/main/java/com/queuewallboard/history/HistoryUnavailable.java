package com.queuewallboard.history;

import java.sql.SQLException;

/**
 * The history file cannot be used; {@link #reason()} says why in a few words for "history off:
 * ...". Never stops the board: the recorder turns itself off with this reason.
 */
public final class HistoryUnavailable extends Exception {

    public HistoryUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }

    /** SQLite's result codes, said in words a supervisor can act on. */
    public static HistoryUnavailable of(SQLException e) {
        int code = e.getErrorCode() & 0xff;   // primary code: extended codes keep it in the low byte
        String reason = switch (code) {
            case 5, 6 -> "database is locked";                       // SQLITE_BUSY, SQLITE_LOCKED
            case 11, 26 -> "file is damaged or not a history database";  // SQLITE_CORRUPT, SQLITE_NOTADB
            case 13 -> "disk is full";                              // SQLITE_FULL (or the size cap)
            case 8 -> "file is read-only";                          // SQLITE_READONLY
            case 14 -> "cannot open the file";                      // SQLITE_CANTOPEN
            case 10 -> "disk read/write error";                     // SQLITE_IOERR
            default -> "database error " + code;
        };
        return new HistoryUnavailable(reason, e);
    }
}
