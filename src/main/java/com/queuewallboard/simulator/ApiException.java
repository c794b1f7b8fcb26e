package com.queuewallboard.simulator;

import java.util.Map;

/** A request the simulated API refuses, carried to the dispatcher as a Genesys error body. */
final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final transient Map<String, String> headers;

    ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    ApiException(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false); // control flow, not a crash: no stack trace needed
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad.request", message);
    }
}
