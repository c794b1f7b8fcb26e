package com.queuewallboard.config;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;

/** Settings that cannot be used: the message says which one and how to fix it. */
public class ConfigException extends SourceException {

    public ConfigException(String message) {
        super(Problem.of(ProblemKind.CONFIG, message));
    }

    public ConfigException(String message, Throwable cause) {
        super(Problem.of(ProblemKind.CONFIG, message), cause);
    }
}
