package com.queuewallboard.ui;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;

import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A board source for tests: each refresh takes the next scripted snapshot or failure; when the
 * script runs out it repeats the last step, like a steady real source.
 */
public final class ScriptedSource implements BoardSource {
    private final BlockingDeque<Object> script = new LinkedBlockingDeque<>();
    private volatile Object last;
    private volatile List<QueueInfo> queues = List.of();
    private final boolean demo;
    public final AtomicInteger refreshes = new AtomicInteger();
    public volatile boolean closed;

    public ScriptedSource(boolean demo) {
        this.demo = demo;
    }

    public ScriptedSource then(BoardSnapshot snapshot) {
        script.add(snapshot);
        return this;
    }

    public ScriptedSource thenFail(Problem problem) {
        script.add(new SourceException(problem));
        return this;
    }

    /** Replaces what is still scripted: from now on every refresh gives this. */
    public void always(BoardSnapshot snapshot) {
        script.clear();
        last = snapshot;
    }

    public void alwaysFail(Problem problem) {
        script.clear();
        last = new SourceException(problem);
    }

    public ScriptedSource withQueues(List<QueueInfo> list) {
        queues = List.copyOf(list);
        return this;
    }

    @Override
    public BoardSnapshot refresh() throws SourceException {
        refreshes.incrementAndGet();
        Object step = script.poll();
        if (step == null) step = last;
        else last = step;
        if (step == null) throw new SourceException(Problem.of(com.queuewallboard.board.ProblemKind.SERVICE, "nothing scripted"));
        if (step instanceof SourceException e) throw new SourceException(e.problem());
        return (BoardSnapshot) step;
    }

    @Override
    public List<QueueInfo> listQueues() {
        return queues;
    }

    @Override
    public String description() {
        return demo ? "DEMO" : "eu_west_1";
    }

    @Override
    public boolean isDemo() {
        return demo;
    }

    @Override
    public void close() {
        closed = true;
    }
}
