package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;

import java.time.Instant;

/**
 * An alarm as shown on the banner and in the CLI's "alarms" JSON, frozen at snapshot time.
 *
 * @param queueId      the queue
 * @param reason       the alarm's reason
 * @param level        its level (the worst reached while active)
 * @param raisedAt     when it was raised
 * @param ageSeconds   seconds since it was raised, at the snapshot
 * @param acknowledged true once someone acknowledged it (it stays on the banner, silent)
 * @param snoozedUntil when the queue's snooze ends, or null when not snoozed
 */
public record ActiveAlarm(String queueId, String reason, AlertLevel level, Instant raisedAt, long ageSeconds,
                          boolean acknowledged, Instant snoozedUntil) {

    public boolean snoozed() {
        return snoozedUntil != null;
    }
}
