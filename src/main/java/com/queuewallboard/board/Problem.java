package com.queuewallboard.board;

import java.util.Objects;

/**
 * One failure, described for people: what went wrong and what to do, plus the details a
 * Genesys support engineer asks for (HTTP status, Genesys error code, correlation id).
 * Never carries a secret or a token.
 *
 * @param kind          category, drives exit codes and UI states
 * @param message       plain-words sentence saying what is wrong and what to do
 * @param httpStatus    HTTP status, or 0 when no response was received
 * @param code          Genesys error code such as {@code missing.permissions}, or null
 * @param correlationId the {@code ININ-Correlation-Id} of the failed call, or null
 */
public record Problem(ProblemKind kind, String message, int httpStatus, String code, String correlationId) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(ProblemKind kind, String message) {
        return new Problem(kind, message, 0, null, null);
    }

    /** One line for a terminal or a status bar: the message, then the support details. */
    public String oneLine() {
        StringBuilder line = new StringBuilder(message);
        StringBuilder details = new StringBuilder();
        if (httpStatus > 0) details.append("HTTP ").append(httpStatus);
        if (code != null && !code.isBlank()) append(details, code);
        if (correlationId != null && !correlationId.isBlank()) append(details, "correlation id " + correlationId);
        if (details.length() > 0) line.append(" [").append(details).append(']');
        return line.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (sb.length() > 0) sb.append(", ");
        sb.append(part);
    }
}
