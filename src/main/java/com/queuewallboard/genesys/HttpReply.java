package com.queuewallboard.genesys;

import java.time.Duration;

/** One HTTP response, read fully: status, the headers we care about, and the body. */
record HttpReply(int status, byte[] body, String correlationId, Duration retryAfter) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** What the official SDKs retry; a 500 or 501 will not go away by asking again. */
    boolean isRetryable() {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
}
