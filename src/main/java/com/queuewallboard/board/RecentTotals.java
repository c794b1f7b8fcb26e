package com.queuewallboard.board;

import java.time.Duration;

/**
 * A queue's totals over a recent window (the last 30 minutes by default), from the conversation
 * aggregates query. Late in the day "today" barely moves, so supervisors act on these; the
 * staffing forecast takes its arrival rate and handle time from them.
 *
 * @param window                the length of the window the figures cover
 * @param offered               calls offered in the window
 * @param answered              calls answered in the window
 * @param abandoned             calls abandoned in the window
 * @param serviceLevel          fraction 0..1 answered within the target, null when unknown
 * @param averageHandleSeconds  AHT of calls handled in the window, null with none handled
 */
public record RecentTotals(Duration window, long offered, long answered, long abandoned, Double serviceLevel,
                           Double averageHandleSeconds) {
}
