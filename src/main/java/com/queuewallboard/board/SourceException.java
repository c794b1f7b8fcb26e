package com.queuewallboard.board;

/** A refresh or lookup failed as a whole; {@link #problem()} says why in plain words. */
public class SourceException extends Exception {
    private final transient Problem problem;

    public SourceException(Problem problem) {
        this(problem, null);
    }

    public SourceException(Problem problem, Throwable cause) {
        super(problem.oneLine(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
