package com.queuewallboard.genesys;

import java.time.Duration;

/** Connect and response timeouts applied to every call, so a dead network never hangs a refresh. */
public record HttpTimeouts(Duration connect, Duration response) {
    public static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));
}
