package com.queuewallboard.connect;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The demo's board source: the client over the simulator, with every snapshot stamped with the
 * simulator's time of day when it runs a shifted day (so the board can say "simulated time
 * 10:14" instead of showing evening figures under an evening clock). Null when not shifted.
 */
public final class SimulatedTimeSource implements BoardSource {

    private final BoardSource delegate;
    private final Supplier<LocalTime> simulatedTime;

    /** @param simulatedTime the model's time of day, or null while it keeps the real time */
    public SimulatedTimeSource(BoardSource delegate, Supplier<LocalTime> simulatedTime) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.simulatedTime = Objects.requireNonNull(simulatedTime, "simulatedTime");
    }

    @Override
    public BoardSnapshot refresh() throws SourceException {
        BoardSnapshot snapshot = delegate.refresh();
        LocalTime time = simulatedTime.get();
        return time == null ? snapshot : snapshot.withSimulatedTime(time);
    }

    @Override
    public List<QueueInfo> listQueues() throws SourceException {
        return delegate.listQueues();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public boolean isDemo() {
        return delegate.isDemo();
    }

    @Override
    public void onChange(Runnable listener) {
        delegate.onChange(listener);
    }

    @Override
    public String transportStatus() {
        return delegate.transportStatus();
    }

    @Override
    public boolean accessRefused() {
        return delegate.accessRefused();
    }

    @Override
    public String upstreamState() {
        return delegate.upstreamState();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
