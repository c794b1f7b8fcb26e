package com.queuewallboard.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock a test moves by hand, so expiry and renewal are checked without sleeping. It is also a
 * recording sleeper: {@link #sleep(Duration)} moves the clock instead of waiting, and remembers
 * each wait, so a test can pass {@code clock::sleep} wherever code takes a sleeper.
 */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public MutableClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** Records the wait and moves the clock by it; returns at once. */
    public synchronized void sleep(Duration d) {
        sleeps.add(d);
        if (!d.isNegative()) now = now.plus(d);
    }

    /** Every wait asked of {@link #sleep(Duration)}, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
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
