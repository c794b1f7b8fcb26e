package com.queuewallboard.board;

/** What kind of thing went wrong, so each gets its own message, exit code and UI state. */
public enum ProblemKind {
    /** Settings are missing or invalid (bad region, malformed queue id, broken config file). */
    CONFIG,
    /** The OAuth client id or secret was refused. */
    AUTHENTICATION,
    /** The OAuth client's role lacks a permission (HTTP 403). */
    PERMISSION,
    /** A queue or other resource does not exist (HTTP 404). */
    NOT_FOUND,
    /** Genesys rejected the request itself (HTTP 400). */
    BAD_REQUEST,
    /** Too many requests (HTTP 429) even after waiting as told. */
    RATE_LIMITED,
    /** No connection, DNS failure, timeout, TLS failure. */
    NETWORK,
    /** Genesys answered with a server error (5xx) or something unreadable. */
    SERVICE
}
