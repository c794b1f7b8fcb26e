package com.queuewallboard.board;

/** A queue as listed by the routing API: its id and name (for pickers and name resolution). */
public record QueueInfo(String id, String name) {
}
