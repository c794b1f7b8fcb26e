package com.queuewallboard.simulator;

/** One customer contact in a queue, from arrival until the agent finishes wrap-up. */
final class Conversation {

    final String id;
    final String sessionId;
    final MediaKind media;
    /** When it entered the queue: the {@code observationDate} of oWaiting. */
    final long arrivedAt;
    /** When the customer gives up; {@link Long#MAX_VALUE} for media that never abandon. */
    final long abandonAt;
    /** Only a specialist agent may take it. */
    boolean needsSpecialist;
    /** When it was last offered to an agent (alerting) or answered (interacting). */
    long stateSince;
    Agent agent;
    long talkMs;

    Conversation(String id, String sessionId, MediaKind media, long arrivedAt, long abandonAt) {
        this.id = id;
        this.sessionId = sessionId;
        this.media = media;
        this.arrivedAt = arrivedAt;
        this.abandonAt = abandonAt;
    }
}
