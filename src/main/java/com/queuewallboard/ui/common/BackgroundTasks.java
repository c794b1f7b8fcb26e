package com.queuewallboard.ui.common;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import javafx.concurrent.Task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The UI's one way to run blocking work (a login, a queue list, a connection test) off the FX
 * thread on the owned executor, with the outcome handed back on the FX thread; also the owned
 * executor's daemon threads and the wording of an unexpected failure.
 */
public final class BackgroundTasks {
    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());
    private final Executor executor;

    public BackgroundTasks(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Blocking work that may fail with a {@link SourceException}. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws SourceException;
    }

    /** Runs {@code call} on the executor; {@code onDone} or {@code onError} then runs on the FX thread. */
    public <T> void run(Call<T> call, Consumer<T> onDone, Consumer<Problem> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return call.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(problemOf(task.getException())));
        executor.execute(task);
    }

    /** Runs fire-and-forget work (closing a source) on the executor. */
    public void execute(Runnable work) {
        executor.execute(work);
    }

    public Executor executor() {
        return executor;
    }

    /** The source's own problem, or an unexpected error in words that point to the log file. */
    public static Problem problemOf(Throwable error) {
        if (error instanceof SourceException se && se.problem() != null) return se.problem();
        String what = error == null ? "unknown error" : error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return Problem.of(ProblemKind.SERVICE, "Unexpected error while refreshing (" + what + "); see the log file.");
    }

    /** A fixed pool of daemon threads (never keeps the JVM alive), named {@code prefix-N}. */
    public static ExecutorService newDaemonPool(String prefix, int threads) {
        return Executors.newFixedThreadPool(threads, daemonThreads(prefix));
    }

    /** Daemon threads whose uncaught errors go to the log file, not the console. */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, error) -> LOG.log(Level.SEVERE, "Background task failed", error));
            return t;
        };
    }
}
