package com.queuewallboard.board;

/**
 * Everything the board shows for one queue at one moment. Immutable: a refresh makes new ones.
 *
 * @param queueId             Genesys queue UUID
 * @param queueName           display name (the id when the name is unknown)
 * @param hasLiveData         false when the observations query returned nothing at all for the
 *                            queue (shown as "no data", never as zeros)
 * @param waitingCalls        {@code oWaiting}
 * @param availableAgents     {@code oOnQueueUsers} qualifier IDLE
 * @param inProgressCalls     {@code oInteracting}
 * @param alertingCalls       {@code oAlerting}
 * @param agentsOnQueue       sum of {@code oOnQueueUsers} over its qualifiers
 * @param notResponding       {@code oOnQueueUsers} qualifier NOT_RESPONDING
 * @param agentsOffQueue      sum of {@code oOffQueueUsers}
 * @param activeAgents        {@code oActiveUsers} (members who joined the queue)
 * @param memberAgents        {@code oMemberUsers}
 * @param longestWaitSeconds  the longest current wait, 0 when nobody waits
 * @param today               today's totals, or null when not (yet) known
 * @param serviceLevelTarget  the queue's own target as Genesys configures it for the shown media
 *                            ({@code mediaSettings.<media>.serviceLevel}), null when not known
 * @param recent              totals of the recent window (last 30 minutes), null when not known
 */
public record QueueFigures(
        String queueId,
        String queueName,
        boolean hasLiveData,
        int waitingCalls,
        int availableAgents,
        int inProgressCalls,
        int alertingCalls,
        int agentsOnQueue,
        int notResponding,
        int agentsOffQueue,
        int activeAgents,
        int memberAgents,
        long longestWaitSeconds,
        TodayTotals today,
        ServiceLevelTarget serviceLevelTarget,
        RecentTotals recent) {

    /** Figures without a configured target or a recent window (yet). */
    public QueueFigures(String queueId, String queueName, boolean hasLiveData, int waitingCalls, int availableAgents,
                        int inProgressCalls, int alertingCalls, int agentsOnQueue, int notResponding,
                        int agentsOffQueue, int activeAgents, int memberAgents, long longestWaitSeconds,
                        TodayTotals today) {
        this(queueId, queueName, hasLiveData, waitingCalls, availableAgents, inProgressCalls, alertingCalls,
                agentsOnQueue, notResponding, agentsOffQueue, activeAgents, memberAgents, longestWaitSeconds, today,
                null, null);
    }

    /** A queue the API said nothing about. */
    public static QueueFigures noData(String queueId, String queueName, TodayTotals today) {
        return new QueueFigures(queueId, queueName, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, today);
    }

    /** The user's rule: more calls waiting than agents free to take them. */
    public boolean waitingExceedsAvailable() {
        return hasLiveData && waitingCalls > availableAgents;
    }

    public QueueFigures withToday(TodayTotals totals) {
        return new QueueFigures(queueId, queueName, hasLiveData, waitingCalls, availableAgents, inProgressCalls,
                alertingCalls, agentsOnQueue, notResponding, agentsOffQueue, activeAgents, memberAgents,
                longestWaitSeconds, totals, serviceLevelTarget, recent);
    }

    public QueueFigures withServiceLevelTarget(ServiceLevelTarget target) {
        return new QueueFigures(queueId, queueName, hasLiveData, waitingCalls, availableAgents, inProgressCalls,
                alertingCalls, agentsOnQueue, notResponding, agentsOffQueue, activeAgents, memberAgents,
                longestWaitSeconds, today, target, recent);
    }

    public QueueFigures withRecent(RecentTotals totals) {
        return new QueueFigures(queueId, queueName, hasLiveData, waitingCalls, availableAgents, inProgressCalls,
                alertingCalls, agentsOnQueue, notResponding, agentsOffQueue, activeAgents, memberAgents,
                longestWaitSeconds, today, serviceLevelTarget, totals);
    }
}
