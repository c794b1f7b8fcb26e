package com.queuewallboard.push;

/** Push could not be set up; the message is the short reason for the status bar (never a secret). */
public final class PushException extends Exception {

    private final int status;

    public PushException(String reason, int status) {
        super(reason);
        this.status = status;
    }

    public PushException(String reason, Throwable cause) {
        super(reason, cause);
        this.status = 0;
    }

    /** The HTTP status that refused the call, or 0 for a network or socket failure. */
    public int status() {
        return status;
    }
}
