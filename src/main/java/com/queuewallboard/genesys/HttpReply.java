package com.queuewallboard.genesys;

import java.time.Duration;

/** One HTTP response, read fully: status, the headers we care about, and the body. */
record HttpReply(int status, byte[] body, String correlationId, Duration retryAfter) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isRetryable() {
        return status == 429 || status >= 500;
    }
}
