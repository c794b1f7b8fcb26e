package com.queuewallboard.app;

import java.time.Duration;

/**
 * Waits a while: between retries, and out a server's {@code Retry-After}. Injected so tests
 * move a clock instead of sleeping; {@link #REAL} holds the only {@code Thread.sleep} of the program (an architecture test checks it).
 */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> {
        if (!duration.isNegative() && !duration.isZero()) Thread.sleep(duration.toMillis());
    };
}
