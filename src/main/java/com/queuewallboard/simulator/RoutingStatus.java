package com.queuewallboard.simulator;

/** Routing statuses as {@code oOnQueueUsers} / {@code oUserRoutingStatuses} qualify them. */
enum RoutingStatus {
    IDLE, INTERACTING, COMMUNICATING, NOT_RESPONDING, OFF_QUEUE
}
