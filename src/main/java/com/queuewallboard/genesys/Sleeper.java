package com.queuewallboard.genesys;

import java.time.Duration;

/**
 * Waits a while: between retries, and out a server's {@code Retry-After}. Injected so tests
 * move a clock instead of sleeping; {@link #REAL} holds the only {@code Thread.sleep} of the client.
 */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> {
        if (!duration.isNegative() && !duration.isZero()) Thread.sleep(duration.toMillis());
    };
}
