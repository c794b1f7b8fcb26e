package com.queuewallboard.push;

/**
 * What a {@link PushFeed} tells its owner. Calls come from the feed's own threads (the socket
 * callbacks and its scheduler), never from a toolkit thread: hand them over to yours. Calls for
 * one socket are in order; with several channels they may overlap, so be thread-safe.
 */
public interface PushListener {

    /** A queue group's live figures changed (duplicates and repeats are filtered out). */
    void onLive(LiveUpdate update);

    /**
     * Run one observations query for the shown queues now: after every (re)connect and every
     * few minutes, because push delivery is not guaranteed.
     */
    void resyncNeeded();

    /** Push became LIVE, or fell back to POLLING (poll at the normal interval meanwhile). */
    void onState(PushState state);
}
