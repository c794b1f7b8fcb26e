package com.queuewallboard.simulator;

import java.util.SplittableRandom;

/**
 * How an agent's day unfolds: following the plan (log in, breaks, lunch, log out) and the
 * life of each conversation (alerting, answer or not-responding, talk, wrap-up). Breaks never
 * cut a call short: an agent who is busy when the plan says "break" goes once wrap-up ends.
 */
final class AgentMoves {

    private static final long HOUR_MS = 3_600_000L;

    private final QueueModel queue;

    AgentMoves(QueueModel queue) {
        this.queue = queue;
    }

    /** First plan of the model run: put the agent where the plan says at {@code at}. */
    void startDay(Agent agent, long at) {
        DayCalendar calendar = queue.calendar;
        long dayStart = calendar.dayStart(at);
        agent.plan = planFor(agent, dayStart);
        agent.planIndex = 0;
        while (agent.plan.end(agent.planIndex) <= at) {
            agent.planIndex++;
        }
        apply(agent, agent.plannedActivity());
    }

    /** Handles the agent's next due moment (a busy state ending, or the plan moving on). */
    void advance(Agent agent) {
        long planEnd = agent.plan.end(agent.planIndex);
        if (agent.state.busy() && agent.busyUntil <= planEnd) {
            finishBusy(agent, agent.busyUntil);
            return;
        }
        if (agent.planIndex + 1 < agent.plan.size()) {
            agent.planIndex++;
        } else {
            agent.plan = planFor(agent, planEnd);
            agent.planIndex = 0;
        }
        if (!agent.state.busy()) {
            apply(agent, agent.plannedActivity());
        }
    }

    private AgentPlan planFor(Agent agent, long dayStart) {
        DayCalendar calendar = queue.calendar;
        long epochDay = calendar.epochDay(dayStart);
        long dayEnd = calendar.dayStart(dayStart + 25 * HOUR_MS); // right across DST days too
        return AgentPlan.forDay(queue.seed, queue.index, agent.index, epochDay, dayStart, dayEnd, queue.profile);
    }

    private void finishBusy(Agent agent, long at) {
        SplittableRandom random = queue.random();
        Conversation c = agent.conversation;
        switch (agent.state) {
            case ALERTING -> {
                MediaStream stream = queue.stream(c.media);
                stream.alerting.remove(c);
                if (random.nextDouble() < c.media.notRespondingChance()) {
                    // the agent let it ring out: the customer goes back to the queue in place
                    c.agent = null;
                    stream.requeue(c);
                    agent.conversation = null;
                    setBusy(agent, Agent.State.NOT_RESPONDING, at + (60 + random.nextInt(121)) * 1000L);
                } else {
                    stream.log.add(EventLog.Kind.ANSWERED, at, at - c.arrivedAt);
                    double mean = queue.profile.handleSeconds() * c.media.handleFactor();
                    c.talkMs = (long) (1000 * Math.min(6 * mean, mean * (0.3 + 0.7 * exp(random))));
                    c.stateSince = at;
                    stream.interacting.add(c);
                    setBusy(agent, Agent.State.INTERACTING, at + c.talkMs);
                }
            }
            case INTERACTING -> {
                queue.stream(c.media).interacting.remove(c);
                c.stateSince = at;
                double wrap = queue.profile.wrapSeconds() * (0.5 + 0.5 * exp(random));
                setBusy(agent, Agent.State.WRAP_UP, at + (long) (wrap * 1000));
            }
            case WRAP_UP -> {
                queue.stream(c.media).log.add(EventLog.Kind.HANDLED, at, c.talkMs + (at - c.stateSince));
                agent.conversation = null;
                if (agent.plannedActivity() == Presence.ON_QUEUE && random.nextDouble() < 0.03) {
                    // a follow-up call of their own: on queue, but not free for ACD
                    setBusy(agent, Agent.State.COMMUNICATING, at + (60 + random.nextInt(181)) * 1000L);
                } else {
                    free(agent);
                }
            }
            default -> free(agent); // COMMUNICATING, NOT_RESPONDING
        }
    }

    private void setBusy(Agent agent, Agent.State state, long until) {
        agent.state = state;
        agent.busyUntil = until;
        queue.noteDue(until);
    }

    private void free(Agent agent) {
        agent.state = Agent.State.OFF_QUEUE; // neutral, so apply() sees a change either way
        agent.busyUntil = Long.MAX_VALUE;
        apply(agent, agent.plannedActivity());
    }

    private void apply(Agent agent, Presence activity) {
        if (activity == Presence.ON_QUEUE) {
            if (agent.state != Agent.State.IDLE) {
                agent.state = Agent.State.IDLE;
                agent.presence = Presence.ON_QUEUE;
                queue.becameIdle(agent);
            }
            return;
        }
        if (agent.state == Agent.State.IDLE) {
            queue.leftIdle(agent);
        }
        agent.state = activity == null ? Agent.State.LOGGED_OUT : Agent.State.OFF_QUEUE;
        agent.presence = activity;
    }

    private static double exp(SplittableRandom random) {
        return -Math.log(1 - random.nextDouble());
    }
}
