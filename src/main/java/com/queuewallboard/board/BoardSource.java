package com.queuewallboard.board;

import java.util.List;

/**
 * Where board snapshots come from (Genesys Cloud or the embedded simulator). Implementations do
 * blocking network I/O: never call them on the JavaFX application thread.
 */
public interface BoardSource extends AutoCloseable {

    /** One refresh of every chosen queue. Partial failures are inside the snapshot. */
    BoardSnapshot refresh() throws SourceException;

    /** Every queue of the org (all pages), for pickers. */
    List<QueueInfo> listQueues() throws SourceException;

    /** Where the data comes from, for the status bar: a region key, a host[:port], or "DEMO". */
    String description();

    /** True when this is the embedded simulator. */
    boolean isDemo();

    /**
     * Asks to be told when the figures changed between refreshes (a live push source), so a
     * window or --watch can refresh at once instead of at the next interval. Called on the
     * source's own thread, at most about once a second. Sources that only poll never call it.
     */
    default void onChange(Runnable listener) {
    }

    /**
     * How live figures arrive, for the status bar: "Live (push)" or "Polling (push unavailable:
     * reason)"; null for a source that only polls.
     */
    default String transportStatus() {
        return null;
    }

    /**
     * True while the source's server refuses this screen's key (a hub answering 401): no retry
     * will fix it until someone gives the screen the current key. False for sources without one.
     */
    default boolean accessRefused() {
        return false;
    }

    /**
     * How the source's own upstream is doing when the source relays another's figures (a hub's
     * link to Genesys): "ok", "retrying", or null when there is no upstream or it has not said.
     */
    default String upstreamState() {
        return null;
    }

    @Override
    void close();
}
