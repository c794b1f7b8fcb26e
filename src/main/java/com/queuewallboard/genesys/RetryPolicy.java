package com.queuewallboard.genesys;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to retry 429s, 5xx and network faults. Exponential backoff with jitter,
 * so many wallboards that failed together do not all come back in the same second; and never
 * shorter than a server's {@code Retry-After}.
 *
 * @param maxAttempts total tries of one call, the first included
 * @param baseDelay   delay before the second try (doubled each time, then jittered)
 * @param maxDelay    cap on one backoff delay (a longer Retry-After is still honoured)
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
    }

    /** Delay before try number {@code nextAttempt} (2 = first retry), jittered in [d/2, d]. */
    public Duration backoff(int nextAttempt) {
        long base = baseDelay.toMillis() << Math.min(20, Math.max(0, nextAttempt - 2));
        long capped = Math.min(base, maxDelay.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** Delay after a 429: at least what the server asked for. */
    public Duration afterRateLimit(int nextAttempt, Duration retryAfter) {
        Duration backoff = backoff(nextAttempt);
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }
}
