package com.queuewallboard.genesys;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a call run on the client's pool and hands back its own {@link SourceException}. */
final class Futures {
    private Futures() {
    }

    /** @param doing for messages, e.g. "the refresh" or "listing the queues" */
    static <T> T await(Future<T> future, String doing) throws SourceException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException(Problem.of(ProblemKind.NETWORK, capitalised(doing) + " was cancelled."), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SourceException se) throw se;
            throw new SourceException(Problem.of(ProblemKind.SERVICE,
                    "Unexpected error while " + doing + "; details are in the log file."), e.getCause());
        }
    }

    static void cancel(List<? extends Future<?>> futures) {
        futures.forEach(f -> f.cancel(true));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
