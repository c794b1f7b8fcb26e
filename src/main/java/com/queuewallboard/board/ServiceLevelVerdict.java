package com.queuewallboard.board;

import java.util.List;

/**
 * A queue's service level judged against the target in force: today's and the recent window's
 * are each judged (when enough calls were offered to mean anything), and the worse decides.
 *
 * @param level         NORMAL when on target or not judged
 * @param reason        "SL 72 % < 80/20", null when NORMAL
 * @param serviceLevel  the judged service level that decides (fraction 0..1), the lower one when
 *                      both are judged; null when neither could be judged
 * @param target        the target in force
 */
public record ServiceLevelVerdict(AlertLevel level, String reason, Double serviceLevel, ServiceLevelTarget target) {

    /** Below this many calls offered a service level is noise: 1 slow call of 3 reads as 66 %. */
    public static final int MINIMUM_OFFERED = 5;

    /** Judges today's and the recent service level of a queue with the queue's levels. */
    public static ServiceLevelVerdict of(QueueFigures queue, Thresholds levels) {
        ServiceLevelTarget target = levels.targetFor(queue);
        ServiceLevelJudge judge = new ServiceLevelJudge(target, Math.max(0, levels.marginPoints()));
        TodayTotals today = queue.today();
        RecentTotals recent = queue.recent();
        Double todaySl = today == null ? null : judgeable(today.serviceLevel(), today.offered());
        Double recentSl = recent == null ? null : judgeable(recent.serviceLevel(), recent.offered());
        Double decisive = todaySl;
        if (decisive == null || (recentSl != null && recentSl < decisive)) decisive = recentSl;
        if (decisive == null) return new ServiceLevelVerdict(AlertLevel.NORMAL, null, null, target);
        // The lower service level always has the worse (or equal) level, so judging it alone is the worse of the two.
        Assessment a = judge.judge(decisive);
        List<String> reasons = a.reasons();
        return new ServiceLevelVerdict(a.level(), reasons.isEmpty() ? null : reasons.get(0), decisive, target);
    }

    private static Double judgeable(Double serviceLevel, long offered) {
        if (serviceLevel == null || serviceLevel.isNaN() || offered < MINIMUM_OFFERED) return null;
        return serviceLevel;
    }
}
