package com.queuewallboard.cli;

import com.queuewallboard.board.ProblemKind;

/** The CLI's exit codes: one per kind of trouble, so scripts and monitoring can tell them apart. */
public enum ExitCode {
    OK(0, "success"),
    INTERNAL(1, "unexpected internal error (details in the log file)"),
    USAGE(2, "usage or configuration error (bad flag, region, queue id, settings file)"),
    AUTHENTICATION(3, "authentication failed (OAuth client id or secret refused)"),
    PERMISSION(4, "permission missing (the OAuth client's role lacks a permission)"),
    NETWORK(5, "network or service error (unreachable, timeout, rate limit, Genesys 5xx)"),
    NOT_FOUND(6, "queue not found (an id or name the org does not know)"),
    INTERRUPTED(130, "stopped with Ctrl+C"),
    OUTPUT_CLOSED(141, "output closed by its reader (--watch | head): 128 + SIGPIPE, as shells report it");

    public final int code;
    public final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public static ExitCode of(ProblemKind kind) {
        return switch (kind) {
            case CONFIG, BAD_REQUEST -> USAGE;
            case AUTHENTICATION -> AUTHENTICATION;
            case PERMISSION -> PERMISSION;
            case NOT_FOUND -> NOT_FOUND;
            case RATE_LIMITED, NETWORK, SERVICE -> NETWORK;
        };
    }

    /** The more serious of two: what a script most needs to know. */
    static ExitCode worse(ExitCode a, ExitCode b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(ExitCode c) {
        return switch (c) {
            case OK -> 0;
            case NOT_FOUND -> 1;
            case NETWORK -> 2;
            case USAGE -> 3;
            case PERMISSION -> 4;
            case AUTHENTICATION -> 5;
            case INTERNAL -> 6;
            case INTERRUPTED -> 7;
            case OUTPUT_CLOSED -> 8;
        };
    }
}
