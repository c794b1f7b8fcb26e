package com.queuewallboard.push;

import java.time.Duration;

/**
 * The feed's timings. Defaults follow Genesys' rules: heartbeats every 30 s (silence for 60 s
 * means a dead socket), channels for 24 h, 1,000 topics a channel.
 *
 * @param resyncEvery      how often to ask for a resync query while live
 * @param silenceLimit     nothing heard this long: reconnect
 * @param pingAfter        nothing heard this long: send a ping (a pong proves the socket)
 * @param watchEvery       how often the watch looks (heartbeat, resync, rollover)
 * @param rolloverBefore   open the next channel this long before the current one expires
 * @param backoffMin       first retry after a failure; doubles up to backoffMax
 * @param backoffMax       longest wait between retries
 * @param topicsPerChannel 1,000 in Genesys
 * @param connectTimeout   opening one socket
 */
public record PushSettings(Duration resyncEvery, Duration silenceLimit, Duration pingAfter, Duration watchEvery,
                           Duration rolloverBefore, Duration backoffMin, Duration backoffMax, int topicsPerChannel,
                           Duration connectTimeout) {

    public static final PushSettings DEFAULTS = new PushSettings(Duration.ofMinutes(5), Duration.ofSeconds(60),
            Duration.ofSeconds(40), Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(2),
            Duration.ofSeconds(60), 1_000, Duration.ofSeconds(10));

    public PushSettings withResyncEvery(Duration d) {
        return new PushSettings(d, silenceLimit, pingAfter, watchEvery, rolloverBefore, backoffMin, backoffMax,
                topicsPerChannel, connectTimeout);
    }

    public PushSettings withBackoff(Duration min, Duration max) {
        return new PushSettings(resyncEvery, silenceLimit, pingAfter, watchEvery, rolloverBefore, min, max,
                topicsPerChannel, connectTimeout);
    }
}
