package com.queuewallboard.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of the board's connection, for the record: "connected", "failed" (with the problem's
 * one line), "recovered". Never carries a secret: callers pass {@code Problem.oneLine()}.
 */
public record ConnectionEvent(Instant at, String kind, String message) {
    public ConnectionEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }
}
