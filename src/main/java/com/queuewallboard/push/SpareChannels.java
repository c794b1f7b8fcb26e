package com.queuewallboard.push;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Channels of replaced sets, idle but alive on the server, which the next set takes before it
 * makes any. There is no call to delete a channel: each one made counts against the 20 per user
 * and app until it expires, and the 21st evicts the oldest, maybe another board's. Reusing them
 * keeps a board that gets a {@code socket_closing} every few minutes for a day at two sets of
 * channels instead of one new channel per warning.
 */
final class SpareChannels {
    private final ChannelApi api;
    private final Clock clock;
    /** A spare this close to its end would roll over at once: it is left to expire. */
    private final Duration rolloverBefore;
    private final ArrayDeque<ChannelApi.Channel> spares = new ArrayDeque<>();
    private final AtomicInteger reused = new AtomicInteger();

    SpareChannels(ChannelApi api, Clock clock, Duration rolloverBefore) {
        this.api = api;
        this.clock = clock;
        this.rolloverBefore = rolloverBefore;
    }

    /**
     * A spare subscribed to {@code topics} (one PUT), or null when none is left. Spares near their
     * end or gone (404) are dropped; another failure puts the spare back and throws, to be retried
     * with the feed's backoff.
     */
    ChannelApi.Channel take(List<String> topics) throws PushException {
        while (true) {
            ChannelApi.Channel channel;
            synchronized (spares) {
                channel = spares.pollFirst();
            }
            if (channel == null) return null;
            if (channel.expires() != null && channel.expires().isBefore(clock.instant().plus(rolloverBefore))) {
                continue;
            }
            try {
                api.subscribe(channel.id(), topics);
            } catch (PushException e) {
                if (e.status() == 404) continue;   // expired or evicted meanwhile
                synchronized (spares) {
                    spares.addFirst(channel);
                }
                throw e;
            }
            reused.incrementAndGet();
            return channel;
        }
    }

    /**
     * Keeps a retired set's channels, those not {@code inUse} by the set that replaced it, newest
     * first (they live longest), and at most {@code needed} (what one set uses) in all.
     */
    void keep(Collection<ChannelApi.Channel> retired, Set<String> inUse, int needed) {
        synchronized (spares) {
            Set<String> known = new HashSet<>();
            spares.forEach(c -> known.add(c.id()));
            for (ChannelApi.Channel c : retired) {
                if (!inUse.contains(c.id()) && known.add(c.id())) spares.addFirst(c);
            }
            while (spares.size() > Math.max(1, needed)) spares.pollLast();
        }
    }

    /** Spares taken instead of making a new channel, since the start. */
    int reused() {
        return reused.get();
    }
}
