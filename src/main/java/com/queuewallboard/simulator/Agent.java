package com.queuewallboard.simulator;

/**
 * One queue member. Plain mutable state; {@link QueueModel} moves it, always under the
 * contact centre's lock.
 */
final class Agent {

    /** What the agent is doing right now, finer than the routing status Genesys reports. */
    enum State {
        LOGGED_OUT, OFF_QUEUE, IDLE, ALERTING, INTERACTING, WRAP_UP, COMMUNICATING, NOT_RESPONDING;

        /** Genesys' routing status for this state; null when logged out. */
        RoutingStatus routingStatus() {
            switch (this) {
                case IDLE: return RoutingStatus.IDLE;
                case ALERTING:
                case INTERACTING:
                case WRAP_UP: return RoutingStatus.INTERACTING;
                case COMMUNICATING: return RoutingStatus.COMMUNICATING;
                case NOT_RESPONDING: return RoutingStatus.NOT_RESPONDING;
                case OFF_QUEUE: return RoutingStatus.OFF_QUEUE;
                default: return null;
            }
        }

        /** Busy states end by their own timer, not by the plan. */
        boolean busy() {
            return this == ALERTING || this == INTERACTING || this == WRAP_UP || this == COMMUNICATING
                    || this == NOT_RESPONDING;
        }
    }

    final int index;
    final String userId;
    /** Members who never activated their membership count only in oMemberUsers. */
    final boolean joined;
    /** May take contacts that need a specialist (every fourth member). */
    final boolean specialist;

    State state = State.LOGGED_OUT;
    /** Presence while logged in (ON_QUEUE for every on-queue state). */
    Presence presence;
    /** End of the current busy state. */
    long busyUntil = Long.MAX_VALUE;
    Conversation conversation;

    AgentPlan plan;
    int planIndex;

    Agent(int index, String userId, boolean joined) {
        this.index = index;
        this.userId = userId;
        this.joined = joined;
        this.specialist = index % 4 == 0;
    }

    /** Next moment something is due for this agent. */
    long nextAt() {
        long planNext = plan == null ? Long.MAX_VALUE : plan.end(planIndex);
        return state.busy() ? Math.min(busyUntil, planNext) : planNext;
    }

    Presence plannedActivity() {
        return plan.activity(planIndex);
    }
}
