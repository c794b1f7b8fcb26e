package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;

/** A queue's place in the worst-first order: its level (null counts as NORMAL) and calls waiting. */
public record QueueStanding(String queueId, AlertLevel level, int waitingCalls) {

    public QueueStanding {
        if (queueId == null) throw new IllegalArgumentException("A queue id is required.");
        if (level == null) level = AlertLevel.NORMAL;
    }
}
