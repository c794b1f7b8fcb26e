package com.queuewallboard.push;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The REST calls of the Notifications API that push needs. */
public interface ChannelApi {

    /** A new channel. */
    record Channel(String id, URI connectUri, Instant expires) {
    }

    /** {@code POST /api/v2/notifications/channels} */
    Channel create() throws PushException;

    /** {@code PUT /api/v2/notifications/channels/{id}/subscriptions}: these topics, replacing any. */
    void subscribe(String channelId, List<String> topics) throws PushException;

    /**
     * {@code GET /api/v2/notifications/channels/{id}/subscriptions}: the topics the channel has.
     * A channel that is gone (expired, evicted by the 20-channel limit) answers 404, which the
     * {@link PushException#status()} carries.
     */
    List<String> subscriptions(String channelId) throws PushException;
}
