package com.queuewallboard.board;

/**
 * Today's totals for one queue from the conversation aggregates query (since local midnight in
 * the configured time zone). Figures move when calls end, because Genesys posts t-metrics then.
 *
 * @param offered                      calls offered ({@code nOffered.count})
 * @param answered                     calls answered ({@code tAnswered.count})
 * @param abandoned                    calls abandoned ({@code tAbandon.count})
 * @param serviceLevel                 fraction 0..1 ({@code oServiceLevel.ratio}), null when unknown
 * @param averageSpeedOfAnswerSeconds  ASA in seconds ({@code tAnswered.sum/count}), null with no answers
 * @param averageHandleSeconds         AHT in seconds ({@code tHandle.sum/count}), null with none handled
 */
public record TodayTotals(long offered, long answered, long abandoned, Double serviceLevel,
                          Double averageSpeedOfAnswerSeconds, Double averageHandleSeconds) {

    public static final TodayTotals NONE = new TodayTotals(0, 0, 0, null, null, null);
}
