package com.queuewallboard.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Genesys' per-token request budget: a fixed one-minute window per token. Uses the machine's
 * monotonic time so that a frozen test clock cannot keep a token throttled forever.
 */
final class RateLimiter {

    private static final long WINDOW_NANOS = 60_000_000_000L;

    /** Where this request stands in its token's window. */
    record Usage(int count, int allowed, long resetSeconds, boolean over) {
    }

    private static final class Window {
        long start;
        int count;
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    Usage count(String token, int allowed) {
        long now = System.nanoTime();
        if (windows.size() > 1_000) {
            // tokens come and go; forget windows nobody used for two minutes
            windows.values().removeIf(old -> now - old.start > 2 * WINDOW_NANOS);
        }
        Window w = windows.computeIfAbsent(token, t -> {
            Window fresh = new Window();
            fresh.start = now;
            return fresh;
        });
        synchronized (w) {
            if (now - w.start >= WINDOW_NANOS) {
                w.start = now;
                w.count = 0;
            }
            w.count++;
            long resetSeconds = Math.max(1, (WINDOW_NANOS - (now - w.start) + 999_999_999L) / 1_000_000_000L);
            boolean over = allowed > 0 && w.count > allowed;
            return new Usage(w.count, allowed, resetSeconds, over);
        }
    }
}
