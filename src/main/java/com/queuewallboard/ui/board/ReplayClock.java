package com.queuewallboard.ui.board;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The board's clock during a replay: the time of the replayed snapshot on show, so figures are
 * not aged against today's wall clock and the alarms age on the recording's time. The board
 * moves it on each applied snapshot.
 */
public final class ReplayClock extends Clock {
    private volatile Instant now;

    public ReplayClock(Instant start) {
        this.now = start;
    }

    void set(Instant at) {
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
