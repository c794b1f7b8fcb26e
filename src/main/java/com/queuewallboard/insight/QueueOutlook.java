package com.queuewallboard.insight;

import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.ServiceLevelTarget;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.board.TodayTotals;

/**
 * What the board says about a queue beyond its figures: the target it is judged by, and the live
 * staffing forecast for it. Worked out in one place for the window, the CLI and the hub.
 *
 * @param target            the service-level target in force (settings, else Genesys, else 80/20)
 * @param targetFromGenesys true when the target is the queue's own from Genesys
 * @param forecast          the staffing forecast, or an unavailable one with its reason
 */
public record QueueOutlook(ServiceLevelTarget target, boolean targetFromGenesys, StaffingForecast forecast) {

    /**
     * @param figures    the queue's figures of this snapshot
     * @param thresholds the queue's levels (board-wide merged with its own override)
     * @param mediaType  the media the board shows for the queue (the first chosen one), null = voice
     */
    public static QueueOutlook of(QueueFigures figures, Thresholds thresholds, String mediaType) {
        ServiceLevelTarget target = thresholds.targetFor(figures);
        boolean fromGenesys = thresholds.serviceLevelTarget() == null && figures.serviceLevelTarget() != null;
        return new QueueOutlook(target, fromGenesys, forecast(figures, target, mediaType));
    }

    private static StaffingForecast forecast(QueueFigures q, ServiceLevelTarget target, String mediaType) {
        if (!q.hasLiveData()) return StaffingForecast.unavailable("no live figures");
        RecentTotals recent = q.recent();
        if (recent == null) return StaffingForecast.unavailable("no recent totals yet");
        TodayTotals today = q.today();
        return new StaffingForecaster(target).forecast(mediaType, recent.offered(), recent.window(),
                recent.averageHandleSeconds(), today == null ? null : today.averageHandleSeconds(), q.agentsOnQueue());
    }
}
