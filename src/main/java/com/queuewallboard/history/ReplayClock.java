package com.queuewallboard.history;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a replay: the time of the replayed snapshot on show, so figures are not aged
 * against today's wall clock and alarms are raised, aged and cleared on the recording's time.
 * The window and {@code --replay --watch} move it on each snapshot they show (backwards too,
 * when a person steps back).
 */
public final class ReplayClock extends Clock {
    private volatile Instant now;

    public ReplayClock(Instant start) {
        this.now = start;
    }

    public void set(Instant at) {
        if (at != null) now = at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
