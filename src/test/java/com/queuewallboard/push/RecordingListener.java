package com.queuewallboard.push;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Records what a feed said; {@link #await} waits for socket traffic that arrives on its own. */
final class RecordingListener implements PushListener {

    final List<LiveUpdate> updates = new CopyOnWriteArrayList<>();
    final List<PushState> states = new CopyOnWriteArrayList<>();
    final AtomicInteger resyncs = new AtomicInteger();

    @Override
    public void onLive(LiveUpdate update) {
        updates.add(update);
    }

    @Override
    public void resyncNeeded() {
        resyncs.incrementAndGet();
    }

    @Override
    public void onState(PushState state) {
        states.add(state);
    }

    boolean sawPolling() {
        return states.stream().anyMatch(s -> !s.isLive());
    }

    /** Waits (bounded) for something the server sends by itself; fails the test when it never comes. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            LockSupport.parkNanos(5_000_000);
        }
    }
}
