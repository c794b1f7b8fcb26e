package com.queuewallboard.push;

import java.time.Instant;
import java.util.Objects;

/**
 * Which path live figures come by, for the status bar: {@code LIVE} (push) or {@code POLLING}
 * with the reason push is not available. Immutable; a change makes a new one.
 */
public record PushState(Mode mode, String reason, Instant since) {

    /** How the live figures arrive. */
    public enum Mode { LIVE, POLLING }

    public PushState {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(since, "since");
        reason = reason == null ? "" : reason;
    }

    public static PushState live(Instant since) {
        return new PushState(Mode.LIVE, "", since);
    }

    public static PushState polling(String reason, Instant since) {
        return new PushState(Mode.POLLING, reason, since);
    }

    public boolean isLive() {
        return mode == Mode.LIVE;
    }

    /** The status-bar words: "Live (push)" or "Polling (push unavailable: reason)". */
    public String label() {
        return isLive() ? "Live (push)" : "Polling (push unavailable: " + reason + ")";
    }

    /** {@code "push"} or {@code "poll"}, as the JSON snapshot's {@code transport} field says it. */
    public String transport() {
        return isLive() ? "push" : "poll";
    }
}
