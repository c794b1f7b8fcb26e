package com.queuewallboard.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One queue of the contact centre: its members, its media streams, and the router that hands
 * waiting customers to free agents. Each queue draws from its own generator, so adding scale
 * queues never changes what happens in the named ones. Only touched under the centre's lock.
 */
final class QueueModel {

    final int index;
    final String id;
    final QueueProfile profile;
    final List<MediaStream> streams;
    final List<Agent> agents;
    final DayCalendar calendar;
    final long seed;
    private final Surges surges;
    private final ArrayDeque<Agent> idle = new ArrayDeque<>();
    private final SplittableRandom random;
    private final AgentMoves moves;
    private long nextAgentDue = Long.MAX_VALUE;

    QueueModel(long seed, int index, QueueProfile profile, DayCalendar calendar, Surges surges, long from) {
        this.seed = seed;
        this.surges = surges;
        this.index = index;
        this.profile = profile;
        this.calendar = calendar;
        this.id = Ids.stable(seed, "queue:" + index + ":" + profile.name());
        this.random = new SplittableRandom(Ids.mix(seed, 0x0EE0E, index));
        this.moves = new AgentMoves(this);
        List<Agent> members = new ArrayList<>();
        for (int i = 0; i < profile.members(); i++) {
            Agent agent = new Agent(i, Ids.uuid(random).toString(), i < profile.joinedMembers());
            members.add(agent);
        }
        this.agents = Collections.unmodifiableList(members);
        List<MediaStream> media = new ArrayList<>();
        profile.media().stream()
                .sorted((a, b) -> a.kind().compareTo(b.kind())) // routing priority order
                .forEach(s -> media.add(new MediaStream(s, from, random)));
        this.streams = Collections.unmodifiableList(media);
        for (Agent agent : agents) {
            if (agent.joined) {
                moves.startDay(agent, from);
                noteDue(agent.nextAt());
            }
        }
    }

    /** Runs everything due up to {@code until}, then routes at {@code until}. */
    void step(long until) {
        boolean changed = false;
        if (nextAgentDue <= until) {
            long next = Long.MAX_VALUE;
            for (Agent agent : agents) {
                while (agent.nextAt() <= until) {
                    moves.advance(agent);
                }
                next = Math.min(next, agent.nextAt());
            }
            nextAgentDue = next;
            changed = true;
        }
        for (MediaStream stream : streams) {
            if (stream.nextDue() <= until) {
                stream.arrivalsUntil(until, this);
                stream.abandonsUntil(until);
                changed = true;
            }
        }
        // with nothing new, the last routing already left either no free agent or nobody waiting
        if (changed) {
            route(until);
        }
    }

    /**
     * Offers waiting contacts to free agents: media in priority order, oldest first, each to the
     * longest-idle agent allowed to take it. A contact no free agent may take stays waiting and
     * the ones behind it go on, so specialist calls can wait beside idle generalists.
     */
    private void route(long at) {
        for (MediaStream stream : streams) {
            Iterator<Conversation> waiting = stream.waiting.iterator();
            while (waiting.hasNext()) {
                if (idle.isEmpty()) {
                    return;
                }
                Conversation c = waiting.next();
                Agent agent = takeIdleFor(c);
                if (agent == null) {
                    continue;
                }
                waiting.remove();
                agent.state = Agent.State.ALERTING;
                agent.conversation = c;
                agent.busyUntil = at + (stream.kind.alertSeconds() / 2 + random.nextInt(stream.kind.alertSeconds()))
                        * 1000L;
                c.agent = agent;
                c.stateSince = at;
                stream.alerting.add(c);
                noteDue(agent.busyUntil);
            }
        }
    }

    private Agent takeIdleFor(Conversation c) {
        if (!c.needsSpecialist) {
            return idle.pollFirst();
        }
        for (Iterator<Agent> it = idle.iterator(); it.hasNext(); ) {
            Agent agent = it.next();
            if (agent.specialist) {
                it.remove();
                return agent;
            }
        }
        return null;
    }

    MediaStream stream(MediaKind kind) {
        for (MediaStream stream : streams) {
            if (stream.kind == kind) {
                return stream;
            }
        }
        throw new IllegalStateException("queue " + profile.name() + " takes no " + kind);
    }

    void becameIdle(Agent agent) {
        idle.addLast(agent); // longest idle is offered the next call
    }

    void leftIdle(Agent agent) {
        idle.remove(agent);
    }

    void noteDue(long at) {
        nextAgentDue = Math.min(nextAgentDue, at);
    }

    SplittableRandom random() {
        return random;
    }

    /**
     * Share (0..1] of a stream's candidate rate that arrives at {@code at}: the day curve, and on
     * voice of the queue in surge (see {@link Surges}) as much more as makes the calls ask
     * {@link Surges#OVERLOAD} times what the agents now on queue can take. Sized on the agents,
     * not the plan, so a surge shows on a well-staffed hour as much as on a thin one.
     */
    double arrivalShare(long at, MediaKind kind) {
        double curve = DayCurve.share(calendar.secondsIntoDay(at));
        double factor = kind == MediaKind.VOICE && surges.surging(index, at) ? surgeFactor(curve) : 1;
        return curve * factor / Surges.MAX_FACTOR;
    }

    private double surgeFactor(double curve) {
        double callsPerHour = curve * profile.media().stream().filter(s -> s.kind() == MediaKind.VOICE)
                .mapToDouble(QueueProfile.Stream::peakPerHour).sum();
        int onQueue = 0;
        for (Agent agent : agents) {
            if (agent.state != Agent.State.LOGGED_OUT && agent.state != Agent.State.OFF_QUEUE) {
                onQueue++;
            }
        }
        if (callsPerHour <= 0 || onQueue == 0) {
            return 1;
        }
        double canTake = onQueue * 3600.0 / (profile.handleSeconds() + profile.wrapSeconds());
        return Math.max(1, Math.min(Surges.MAX_FACTOR, Surges.OVERLOAD * canTake / callsPerHour));
    }

    SimQueue describe() {
        return new SimQueue(id, profile.name(), streams.stream().map(s -> s.kind.analyticsName()).toList());
    }
}
