package com.queuewallboard.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that reads the time of the snapshot shown last: a replayed day's alarms are raised,
 * aged and cleared on the recording's time, not on today's. It never runs backwards.
 */
final class SnapshotClock extends Clock {
    private volatile Instant now;

    SnapshotClock(Instant start) {
        this.now = start;
    }

    void set(Instant at) {
        if (at != null && at.isAfter(now)) now = at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
