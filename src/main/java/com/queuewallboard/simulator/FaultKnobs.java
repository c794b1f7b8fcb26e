package com.queuewallboard.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ways to make the simulated Genesys Cloud misbehave, switched while it runs. Thread-safe: the
 * test thread turns knobs while server threads read them. Setters return {@code this} so a test
 * can chain them.
 */
public final class FaultKnobs {

    /** Genesys' default per-token budget (requests a minute). */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 300;
    /** Genesys' default token lifetime. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(24);

    private volatile Duration latency = Duration.ZERO;
    private volatile double errorRate;
    private final AtomicInteger rateLimitedLeft = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;
    private volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
    private final AtomicLong revocations = new AtomicLong();
    private volatile Set<String> unknownQueues = Set.of();
    private volatile Set<String> missingPermissions = Set.of();
    private volatile int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
    private volatile boolean omitZeroCounts;
    private volatile boolean longestWaitingAsDuration;
    private volatile int errorStatus;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 503;
    // Faults draw from their own generator so switching them on never shifts the model's numbers.
    private final SplittableRandom random;

    FaultKnobs(long seed) {
        this.random = new SplittableRandom(Ids.mix(seed, 0x5DEECE66DL));
    }

    /** Delay before every response (token endpoint included). */
    public FaultKnobs latency(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        this.latency = latency;
        return this;
    }

    /**
     * Share (0..1) of API requests that fail with a 5xx: by default mostly 503, now and then
     * 500/502/504 (a rate of 1 is always 503), or always {@link #errorStatus(int)} when set.
     */
    public FaultKnobs errorRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("errorRate must be 0..1, got " + rate);
        }
        this.errorRate = rate;
        return this;
    }

    /** The next {@code n} API requests get 429 with {@code Retry-After: retryAfterSeconds}. */
    public FaultKnobs rateLimitNext(int n, int retryAfterSeconds) {
        if (n < 0 || retryAfterSeconds < 0) {
            throw new IllegalArgumentException("n and retryAfterSeconds must not be negative");
        }
        this.retryAfterSeconds = retryAfterSeconds;
        rateLimitedLeft.set(n);
        return this;
    }

    /** {@code expires_in} of tokens issued from now on; they really stop working after it. */
    public FaultKnobs tokenLifetime(Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.getSeconds() < 1) {
            throw new IllegalArgumentException("token lifetime must be at least 1 s (expires_in is whole seconds)");
        }
        this.tokenLifetime = lifetime;
        return this;
    }

    /** Every token issued so far becomes invalid: the next API call with it gets 401. */
    public FaultKnobs revokeToken() {
        revocations.incrementAndGet();
        return this;
    }

    /** These queue ids behave as if deleted: 404 on GET, absent from lists and results. */
    public FaultKnobs unknownQueues(Set<String> ids) {
        this.unknownQueues = Set.copyOf(ids);
        return this;
    }

    /**
     * The client's role lacks this permission (e.g. {@code routing:queue:view}); endpoints that
     * need it answer 403 {@code missing.permissions}. Calls add up: call twice to take two away.
     */
    public FaultKnobs missingPermission(String permission) {
        Objects.requireNonNull(permission, "permission");
        synchronized (this) {
            java.util.Set<String> next = new java.util.HashSet<>(missingPermissions);
            next.add(permission);
            missingPermissions = Set.copyOf(next);
        }
        return this;
    }

    /**
     * Per-token budget a minute, as Genesys enforces it (default 300); 0 switches the limit off.
     * Measured on the machine's monotonic time, not the options clock, so a fixed test clock
     * cannot leave a token throttled forever.
     */
    public FaultKnobs requestsPerMinute(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("requestsPerMinute must not be negative");
        }
        this.requestsPerMinute = limit;
        return this;
    }

    /**
     * The status {@link #errorRate} fails with: 500, 501, 502, 503 or 504; 0 (the default) for
     * the mix. Lets a test check each of the client's retry rules on its own.
     */
    public FaultKnobs errorStatus(int status) {
        if (status != 0) {
            checkServerError(status);
        }
        this.errorStatus = status;
        return this;
    }

    /**
     * The next {@code n} API requests fail with {@code status} (500, 501, 502, 503 or 504), then
     * the service is healthy again: e.g. {@code failNext(2, 503)} to see a client retry twice.
     */
    public FaultKnobs failNext(int n, int status) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        checkServerError(status);
        this.failureStatus = status;
        failuresLeft.set(n);
        return this;
    }

    /**
     * Leave zero counts out of observation results (metrics with count 0, and so groups with
     * nothing to report), as Genesys may do. Off by default: zeros are sent as {@code {"count":0}}.
     */
    public FaultKnobs omitZeroCounts(boolean omit) {
        this.omitZeroCounts = omit;
        return this;
    }

    /**
     * Send {@code oLongestWaiting} as a duration in ms (the older reading of the SDK's Long)
     * instead of the default epoch timestamp in ms of the oldest waiting conversation.
     */
    public FaultKnobs longestWaitingAsDuration(boolean duration) {
        this.longestWaitingAsDuration = duration;
        return this;
    }

    /** Back to a healthy service. Revoked tokens stay revoked. */
    public FaultKnobs reset() {
        latency = Duration.ZERO;
        errorRate = 0;
        rateLimitedLeft.set(0);
        retryAfterSeconds = 1;
        tokenLifetime = DEFAULT_TOKEN_LIFETIME;
        unknownQueues = Set.of();
        synchronized (this) {
            missingPermissions = Set.of();
        }
        requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
        omitZeroCounts = false;
        longestWaitingAsDuration = false;
        errorStatus = 0;
        failuresLeft.set(0);
        return this;
    }

    private static void checkServerError(int status) {
        if (status < 500 || status > 504) {
            throw new IllegalArgumentException("status must be 500, 501, 502, 503 or 504, got " + status);
        }
    }

    boolean omitsZeroCounts() { return omitZeroCounts; }

    boolean longestWaitingIsDuration() { return longestWaitingAsDuration; }

    Duration latency() { return latency; }

    Duration tokenLifetime() { return tokenLifetime; }

    long revocations() { return revocations.get(); }

    Set<String> unknownQueues() { return unknownQueues; }

    boolean isUnknown(String queueId) { return unknownQueues.contains(queueId); }

    boolean isMissing(String permission) { return missingPermissions.contains(permission); }

    int requestsPerMinute() { return requestsPerMinute; }

    int retryAfterSeconds() { return retryAfterSeconds; }

    /** True when this request is one of the "next n" to throttle; uses one up. */
    boolean takeRateLimited() {
        return rateLimitedLeft.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    /** 0 for no injected failure, else the HTTP status to fail with. */
    int drawServerError() {
        if (failuresLeft.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0) {
            return failureStatus;
        }
        double rate = errorRate;
        if (rate <= 0) {
            return 0;
        }
        int fixed = errorStatus;
        if (rate >= 1) {
            return fixed != 0 ? fixed : 503; // a full outage looks like the gateway's 503, every time
        }
        synchronized (random) {
            if (random.nextDouble() >= rate) {
                return 0;
            }
            double kind = random.nextDouble();
            if (fixed != 0) {
                return fixed;
            }
            return kind < 0.75 ? 503 : kind < 0.85 ? 504 : kind < 0.93 ? 502 : 500;
        }
    }
}
