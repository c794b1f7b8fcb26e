package com.queuewallboard.hub;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} requests at once, then {@code perSecond}. A
 * screen needs about one request per refresh (or one stream), so a client far above that is a
 * loop or an attack, and is told to slow down (429) instead of slowing every other screen.
 */
final class ClientRateLimiter {
    private static final int MAX_TRACKED = 50_000;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimiter(double perSecond, int burst, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
    }

    /** True when the client may go on; false means answer 429. */
    boolean allow(String client) {
        // a flood of distinct addresses must not grow the map without end; a reset only forgives
        if (buckets.size() > MAX_TRACKED) buckets.clear();
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, nanos.getAsLong())).take(perSecond, burst, nanos.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean take(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) return false;
            tokens -= 1;
            return true;
        }
    }
}
