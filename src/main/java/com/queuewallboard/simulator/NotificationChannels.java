package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Notifications API's channels: {@code POST /api/v2/notifications/channels}, the channel's
 * subscriptions, and which socket listens on it. Limits as Genesys documents them: 20 channels
 * (the 21st evicts the oldest, whose socket is closed), 1,000 topics a channel, one socket a
 * channel, 24 h life. The simulator has one OAuth client, so all channels share one budget.
 * As in Genesys, a channel outlives its socket: a dropped socket leaves the channel and its
 * subscriptions, and a new socket on the same connectUri carries on, until the channel expires
 * or is evicted (then its subscriptions answer 404 and the socket upgrade is refused with 404).
 */
final class NotificationChannels {

    static final String PATH = "/api/v2/notifications/channels";
    static final int MAX_CHANNELS = 20;
    static final int MAX_TOPICS = 1_000;
    private static final Pattern QUEUE_TOPIC = Pattern.compile("v2\\.analytics\\.queues\\.([^.]+)\\.observations");

    /** One channel; its topics and socket change under the registry's lock. */
    static final class Channel {
        final String id;
        final long expiresAt;
        Set<String> topics = Set.of();
        Set<String> queueIds = Set.of();
        ChannelSocket socket;
        /** What was last sent per group ("queueId" or "queueId/media"), and when per queue (options clock). */
        final Map<String, String> lastSent = new HashMap<>();
        final Map<String, Long> lastPushAt = new HashMap<>();

        Channel(String id, long expiresAt) {
            this.id = id;
            this.expiresAt = expiresAt;
        }
    }

    private final Map<String, Channel> channels = new LinkedHashMap<>(); // creation order: oldest first
    private final Clock clock;
    private final PushFaults faults;
    private final ContactCentre centre;
    private volatile int port;

    NotificationChannels(Clock clock, PushFaults faults, ContactCentre centre) {
        this.clock = clock;
        this.faults = faults;
        this.centre = centre;
    }

    void port(int port) {
        this.port = port;
    }

    /** POST .../channels */
    JsonNode create() throws ApiException {
        int refusal = faults.refusal();
        if (refusal == 403) {
            throw new ApiException(403, "missing.permissions", "Unable to perform the requested action. You are "
                    + "missing the following permission(s): notifications");
        }
        if (refusal == 429) {
            throw new ApiException(429, "too.many.requests.retry.after",
                    "Rate limit exceeded the maximum. Retry the request in [1] seconds", Map.of("Retry-After", "1"));
        }
        if (refusal != 0) {
            throw new ApiException(refusal, "service.unavailable", "Service Unavailable");
        }
        Channel made = new Channel(UUID.randomUUID().toString(), clock.millis() + faults.channelLifetime().toMillis());
        ChannelSocket evicted = null;
        synchronized (this) {
            if (channels.size() >= MAX_CHANNELS) {
                String oldest = channels.keySet().iterator().next();
                evicted = channels.remove(oldest).socket;
            }
            channels.put(made.id, made);
        }
        if (evicted != null) {
            evicted.close("channel limit: evicted by a newer channel");
        }
        ObjectNode body = Json.object();
        body.put("id", made.id);
        body.put("connectUri", "ws://127.0.0.1:" + port + "/channels/" + made.id);
        body.put("expires", Json.iso(made.expiresAt));
        return body;
    }

    /** PUT .../channels/{id}/subscriptions: replaces the channel's topics. */
    JsonNode replace(String channelId, JsonNode body) throws ApiException {
        if (body == null || !body.isArray()) {
            throw ApiException.badRequest("The request body must be an array of {\"id\": topic}");
        }
        Set<String> topics = new LinkedHashSet<>();
        Set<String> queues = new LinkedHashSet<>();
        for (JsonNode item : body) {
            JsonNode id = item.get("id");
            if (id == null || !id.isTextual()) {
                throw ApiException.badRequest("Each subscription needs an id (the topic name)");
            }
            Matcher m = QUEUE_TOPIC.matcher(id.asText());
            if (!m.matches()) {
                throw ApiException.badRequest("Topic " + id.asText() + " is not valid or not available");
            }
            topics.add(id.asText());
            queues.add(m.group(1));
        }
        if (topics.size() > MAX_TOPICS) {
            throw new ApiException(400, "notification.channel.topics.limit",
                    "A channel may subscribe at most " + MAX_TOPICS + " topics, got " + topics.size());
        }
        synchronized (this) {
            Channel channel = existing(channelId);
            channel.topics = Set.copyOf(topics);
            channel.queueIds = Set.copyOf(queues);
            channel.lastSent.keySet().removeIf(k -> !queues.contains(k.split("/")[0]));
            return entities(channel);
        }
    }

    /** GET .../channels/{id}/subscriptions */
    synchronized JsonNode list(String channelId) throws ApiException {
        return entities(existing(channelId));
    }

    private Channel existing(String channelId) throws ApiException {
        Channel channel = channels.get(channelId);
        if (channel == null || channel.expiresAt <= clock.millis()) {
            throw new ApiException(404, "not.found", "Channel " + channelId + " not found");
        }
        return channel;
    }

    private static JsonNode entities(Channel channel) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("entities");
        channel.topics.forEach(t -> list.addObject().put("id", t));
        return body;
    }

    /** The endpoint for a socket opening on {@code /channels/{id}}, or null when there is no such channel. */
    synchronized ChannelSocket socketFor(String channelId) {
        Channel channel = channels.get(channelId);
        if (channel == null || channel.expiresAt <= clock.millis()) {
            return null;
        }
        return new ChannelSocket(channel, this);
    }

    void attached(ChannelSocket socket) {
        ChannelSocket replaced;
        synchronized (this) {
            Channel channel = socket.channel();
            if (channels.get(channel.id) != channel) {
                replaced = socket; // evicted or expired while connecting
            } else {
                replaced = channel.socket; // one socket per channel: the newer wins
                channel.socket = socket;
            }
        }
        if (replaced != null) {
            replaced.close("channel has a newer connection");
        }
    }

    synchronized void detached(ChannelSocket socket) {
        Channel channel = socket.channel();
        if (channel.socket == socket) {
            channel.socket = null;
        }
    }

    /** Channels that have a socket, for the pusher. */
    synchronized List<Channel> connected() {
        List<Channel> list = new ArrayList<>();
        for (Channel c : channels.values()) {
            if (c.socket != null) {
                list.add(c);
            }
        }
        return list;
    }

    /** Removes channels past their expiry (or all, when forced) and closes their sockets. */
    void expire(boolean all) {
        List<ChannelSocket> closing = new ArrayList<>();
        synchronized (this) {
            long now = clock.millis();
            channels.values().removeIf(c -> {
                boolean gone = all || c.expiresAt <= now;
                if (gone && c.socket != null) {
                    closing.add(c.socket);
                }
                return gone;
            });
        }
        closing.forEach(s -> s.close("channel expired"));
    }

    synchronized int size() {
        return channels.size();
    }

    ContactCentre centre() {
        return centre;
    }
}
