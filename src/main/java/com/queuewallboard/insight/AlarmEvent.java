package com.queuewallboard.insight;

import com.queuewallboard.board.AlertLevel;

import java.time.Instant;

/**
 * One transition of an alarm, for the log and a later recording.
 *
 * @param at      when it happened (the tracker's clock)
 * @param kind    what happened
 * @param queueId the queue
 * @param reason  the alarm's reason ("waiting", "SL below target"); for SNOOZED, "for 15m"
 * @param level   the alarm's level (for RAISED after an escalation, the new level); null for SNOOZED
 */
public record AlarmEvent(Instant at, Kind kind, String queueId, String reason, AlertLevel level) {

    public enum Kind { RAISED, ACKNOWLEDGED, CLEARED, SNOOZED }

    /** One log line: "2026-11-26T10:42:05Z RAISED ALERT queue=abc reason=waiting". */
    @Override
    public String toString() {
        return at + " " + kind + (level == null ? "" : " " + level) + " queue=" + queueId + " reason=" + reason;
    }
}
