package com.queuewallboard.push;

import com.queuewallboard.board.QueueFigures;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The owner's side of the merge: keeps the latest pushed group of each queue and lays it over
 * the last snapshot's {@link QueueFigures}. Thread-safe.
 *
 * <p>Agent figures come from the {queueId} group; conversation figures are summed over the
 * selected media and are taken from push only when every selected medium's group is known
 * (from push, or from the resync query via {@link #baseline}); otherwise the snapshot's value
 * stays. The longest wait is kept as the oldest waiting epoch, so it keeps ticking with
 * {@code now} between events. Call {@link #clear()} when a resync query's figures land, since
 * they are newer than anything pushed before it.
 */
public final class LiveFigures {

    private final Set<String> media;
    private final Map<String, LiveUpdate> groups = new HashMap<>();

    /** @param mediaTypes the media the board counts (e.g. voice) */
    public LiveFigures(Set<String> mediaTypes) {
        this.media = Set.copyOf(mediaTypes);
    }

    public synchronized void apply(LiveUpdate update) {
        groups.put(update.groupKey(), update);
    }

    /** A group from the resync query, in the push shape, so several media can be merged. */
    public synchronized void baseline(LiveUpdate fromQuery) {
        groups.put(fromQuery.groupKey(), fromQuery);
    }

    public synchronized void clear() {
        groups.clear();
    }

    /** Drops one group (a resync query's figures are newer than it). */
    public synchronized void forget(String groupKey) {
        groups.remove(groupKey);
    }

    /** {@code last} with what push knows for its queue, at {@code now}. */
    public QueueFigures mergeOnto(QueueFigures last, Instant now) {
        return mergeOnto(last, now, null);
    }

    /**
     * Like {@link #mergeOnto(QueueFigures, Instant)}; when push does not know every medium's
     * conversations yet, the snapshot's longest wait (taken at {@code lastTakenAt}) keeps
     * ticking from then: it is a time, and the oldest caller waits on until an event says else.
     */
    public synchronized QueueFigures mergeOnto(QueueFigures last, Instant now, Instant lastTakenAt) {
        String q = last.queueId();
        LiveUpdate users = groups.get(q);
        int available = last.availableAgents();
        int onQueue = last.agentsOnQueue();
        int notResponding = last.notResponding();
        int offQueue = last.agentsOffQueue();
        int active = last.activeAgents();
        int members = last.memberAgents();
        if (users != null) {
            available = round(users.count("oOnQueueUsers:IDLE"));
            onQueue = round(users.sum("oOnQueueUsers"));
            notResponding = round(users.count("oOnQueueUsers:NOT_RESPONDING"));
            offQueue = round(users.sum("oOffQueueUsers"));
            active = round(users.count("oActiveUsers"));
            members = round(users.count("oMemberUsers"));
        }
        int waiting = last.waitingCalls();
        int interacting = last.inProgressCalls();
        int alerting = last.alertingCalls();
        long longest = last.longestWaitSeconds();
        boolean allMedia = !media.isEmpty();
        for (String m : media) {
            allMedia &= groups.containsKey(q + "/" + m);
        }
        if (allMedia) {
            double w = 0;
            double i = 0;
            double a = 0;
            Long oldest = null;
            for (String m : media) {
                LiveUpdate g = groups.get(q + "/" + m);
                w += g.count("oWaiting");
                i += g.count("oInteracting");
                a += g.count("oAlerting");
                if (g.oldestWaitingEpochMs() != null && g.count("oWaiting") > 0) {
                    oldest = oldest == null ? g.oldestWaitingEpochMs() : Math.min(oldest, g.oldestWaitingEpochMs());
                }
            }
            waiting = round(w);
            interacting = round(i);
            alerting = round(a);
            longest = oldest == null ? 0 : Math.max(0, (now.toEpochMilli() - oldest) / 1000);
        }
        boolean ticking = !allMedia && lastTakenAt != null && last.hasLiveData() && last.waitingCalls() > 0;
        if (ticking) {
            longest = last.longestWaitSeconds() + Math.max(0, (now.toEpochMilli() - lastTakenAt.toEpochMilli()) / 1000);
        }
        if (users == null && !allMedia && !ticking) {
            return last;
        }
        return new QueueFigures(q, last.queueName(), true, waiting, available, interacting, alerting, onQueue,
                notResponding, offQueue, active, members, longest, last.today())
                .withServiceLevelTarget(last.serviceLevelTarget()).withRecent(last.recent());
    }

    private static int round(double v) {
        return (int) Math.max(0, Math.round(v));
    }
}
