package com.queuewallboard.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ways to make the simulated Notifications API misbehave, switched while it runs. Thread-safe.
 * The one-off actions ({@link #closeSocketsNow()} and the like) are picked up by the pusher's
 * next tick (within about 0.2 s). Periods here are real time, not model time; channel
 * lifetimes are on the options clock, like tokens.
 */
public final class PushFaults {

    /** Genesys' heartbeat period. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(30);
    /** Genesys' channel lifetime. */
    public static final Duration DEFAULT_CHANNEL_LIFETIME = Duration.ofHours(24);

    private volatile Duration heartbeatPeriod = DEFAULT_HEARTBEAT;
    private volatile boolean heartbeatsStopped;
    private volatile Duration channelLifetime = DEFAULT_CHANNEL_LIFETIME;
    private volatile Duration closeSocketsEvery = Duration.ZERO;
    private volatile int refuseChannels;
    private volatile double dropRate;
    private volatile boolean duplicate;
    private final AtomicLong closeRequests = new AtomicLong();
    private final AtomicLong expireRequests = new AtomicLong();
    private final AtomicLong closingWarnings = new AtomicLong();
    private volatile Duration closingDelay = Duration.ofSeconds(1);

    PushFaults() {
    }

    /** Heartbeat period on every socket (default 30 s). */
    public PushFaults heartbeatPeriod(Duration period) {
        Objects.requireNonNull(period, "period");
        if (period.toMillis() < 10) {
            throw new IllegalArgumentException("heartbeat period must be at least 10 ms");
        }
        this.heartbeatPeriod = period;
        return this;
    }

    /** No heartbeats at all while true (a half-dead connection). */
    public PushFaults stopHeartbeats(boolean stop) {
        this.heartbeatsStopped = stop;
        return this;
    }

    /** {@code expires} of channels created from now on (default 24 h); they really expire then. */
    public PushFaults channelLifetime(Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.toMillis() < 1) {
            throw new IllegalArgumentException("channel lifetime must be positive");
        }
        this.channelLifetime = lifetime;
        return this;
    }

    /** Closes every open notification socket (close code 1001) at the next tick. */
    public PushFaults closeSocketsNow() {
        closeRequests.incrementAndGet();
        return this;
    }

    /** Closes every socket again each {@code period} of real time; zero switches it off. */
    public PushFaults closeSocketsEvery(Duration period) {
        Objects.requireNonNull(period, "period");
        this.closeSocketsEvery = period.isNegative() ? Duration.ZERO : period;
        return this;
    }

    /** Sends {@code v2.system.socket_closing} on every socket, then closes them after {@code delay}. */
    public PushFaults socketClosingNow(Duration delay) {
        this.closingDelay = Objects.requireNonNull(delay, "delay");
        closingWarnings.incrementAndGet();
        return this;
    }

    /** Every existing channel expires at the next tick: sockets closed, subscriptions gone (404). */
    public PushFaults expireChannelsNow() {
        expireRequests.incrementAndGet();
        return this;
    }

    /**
     * {@code POST /api/v2/notifications/channels} fails with this status (403 missing permission,
     * 429 too many requests, or any 5xx); 0 (the default) lets it through.
     */
    public PushFaults refuseChannels(int status) {
        if (status != 0 && status != 403 && status != 429 && (status < 500 || status > 504)) {
            throw new IllegalArgumentException("status must be 0, 403, 429 or 500..504, got " + status);
        }
        this.refuseChannels = status;
        return this;
    }

    /** Share (0..1) of topic events silently lost (heartbeats are never dropped). */
    public PushFaults dropEvents(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("drop rate must be 0..1, got " + rate);
        }
        this.dropRate = rate;
        return this;
    }

    /** Every topic event is sent twice while true (delivery is at-least-once at best). */
    public PushFaults duplicateEvents(boolean twice) {
        this.duplicate = twice;
        return this;
    }

    /** Back to a healthy service; pending one-off actions are dropped too. */
    public PushFaults reset() {
        heartbeatPeriod = DEFAULT_HEARTBEAT;
        heartbeatsStopped = false;
        channelLifetime = DEFAULT_CHANNEL_LIFETIME;
        closeSocketsEvery = Duration.ZERO;
        refuseChannels = 0;
        dropRate = 0;
        duplicate = false;
        return this;
    }

    Duration heartbeatPeriod() { return heartbeatPeriod; }

    boolean heartbeatsStopped() { return heartbeatsStopped; }

    Duration channelLifetime() { return channelLifetime; }

    Duration closeSocketsEvery() { return closeSocketsEvery; }

    int refusal() { return refuseChannels; }

    double dropRate() { return dropRate; }

    boolean duplicates() { return duplicate; }

    long closeRequests() { return closeRequests.get(); }

    long expireRequests() { return expireRequests.get(); }

    long closingWarnings() { return closingWarnings.get(); }

    Duration closingDelay() { return closingDelay; }
}
