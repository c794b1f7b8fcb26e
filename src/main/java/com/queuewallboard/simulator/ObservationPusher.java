package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes {@code v2.analytics.queues.{id}.observations} events to the connected channels as the
 * model changes, at most once a second per queue (options clock), sends heartbeats, expires
 * channels and plays the {@link PushFaults}. One daemon thread ticking every
 * {@value #TICK_MS} ms: the model only moves when read, and this tick is what reads it.
 *
 * <p>A group ({queueId} for user metrics, {queueId, mediaType} for conversation metrics) is
 * sent when its live metrics differ from what this channel last got; the first look after a
 * subscription is only remembered (Genesys too pushes changes, not the initial state).
 */
final class ObservationPusher {

    static final long TICK_MS = 200;
    private static final long MIN_PUSH_GAP_MS = 1_000;
    private static final long INTERVAL_MS = 30 * 60_000L;
    private static final Logger LOG = Logger.getLogger(ObservationPusher.class.getName());
    static final String HEARTBEAT =
            "{\"topicName\":\"channel.metadata\",\"eventBody\":{\"message\":\"WebSocket Heartbeat\"}}";
    private static final String CLOSING = "{\"topicName\":\"v2.system.socket_closing\",\"version\":\"2\","
            + "\"eventBody\":{\"message\":\"This socket will close shortly; open a new one.\"}}";

    private final NotificationChannels channels;
    private final ContactCentre centre;
    private final FaultKnobs knobs;
    private final PushFaults faults;
    private final Clock clock;
    private final long seed;
    private final ObservationQuery allMetrics;
    private final SplittableRandom random;
    private long seenClose;
    private long seenExpire;
    private long seenClosing;
    private long lastPeriodicClose = System.nanoTime();
    private final ScheduledExecutorService ticker;

    ObservationPusher(NotificationChannels channels, ContactCentre centre, FaultKnobs knobs, PushFaults faults,
                      Clock clock, long seed, ScheduledExecutorService ticker) {
        this.channels = channels;
        this.centre = centre;
        this.knobs = knobs;
        this.faults = faults;
        this.clock = clock;
        this.seed = seed;
        this.random = new SplittableRandom(Ids.mix(seed, 0x9057L));
        this.ticker = ticker;
        this.seenClose = faults.closeRequests();
        this.seenExpire = faults.expireRequests();
        this.seenClosing = faults.closingWarnings();
        try {
            ObjectNode q = Json.object();
            q.putObject("filter").put("type", "or").putArray("predicates").addObject().put("type", "dimension")
                    .put("dimension", "queueId").put("operator", "matches").put("value", "all");
            ArrayNode metrics = q.putArray("metrics");
            for (String m : new String[] {"oWaiting", "oInteracting", "oAlerting", "oOnQueueUsers", "oOffQueueUsers",
                "oActiveUsers", "oMemberUsers", "oLongestWaiting"}) {
                metrics.add(m);
            }
            this.allMetrics = ObservationQuery.parse(q);
        } catch (ApiException e) {
            throw new IllegalStateException(e);
        }
    }

    void start() {
        ticker.scheduleWithFixedDelay(this::tickSafely, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification pusher failed a tick", e); // keep ticking: the board runs for weeks
        }
    }

    void tick() {
        playFaults();
        channels.expire(false);
        List<NotificationChannels.Channel> connected = channels.connected();
        long nanos = System.nanoTime();
        long period = faults.heartbeatPeriod().toNanos();
        for (NotificationChannels.Channel c : connected) {
            ChannelSocket s = c.socket;
            if (s == null) {
                continue;
            }
            if (s.closeDueNanos != 0 && nanos - s.closeDueNanos >= 0) {
                s.close("closing as announced");
                continue;
            }
            if (!faults.heartbeatsStopped() && nanos - s.lastHeartbeatNanos >= period) {
                s.lastHeartbeatNanos = nanos;
                s.send(HEARTBEAT);
            }
        }
        if (!connected.isEmpty()) {
            centre.read(now -> {
                push(connected, now);
                return null;
            });
        }
    }

    private void playFaults() {
        long expire = faults.expireRequests();
        if (expire != seenExpire) {
            seenExpire = expire;
            channels.expire(true);
        }
        long close = faults.closeRequests();
        long every = faults.closeSocketsEvery().toNanos();
        long nanos = System.nanoTime();
        boolean periodic = every > 0 && nanos - lastPeriodicClose >= every;
        if (every <= 0) {
            lastPeriodicClose = nanos;
        }
        if (close != seenClose || periodic) {
            seenClose = close;
            lastPeriodicClose = nanos;
            channels.connected().forEach(c -> closeSocket(c, "server closed the socket"));
        }
        long closing = faults.closingWarnings();
        if (closing != seenClosing) {
            seenClosing = closing;
            long due = nanos + Math.max(1, faults.closingDelay().toNanos());
            for (NotificationChannels.Channel c : channels.connected()) {
                ChannelSocket s = c.socket;
                if (s != null) {
                    s.send(CLOSING);
                    s.closeDueNanos = due;
                }
            }
        }
    }

    private static void closeSocket(NotificationChannels.Channel c, String why) {
        ChannelSocket s = c.socket;
        if (s != null) {
            s.close(why);
        }
    }

    /** Under the centre's lock: compares each subscribed group with what its channel last got. */
    private void push(List<NotificationChannels.Channel> connected, ContactCentre.Now now) {
        ObservationGroups groups = new ObservationGroups(allMetrics, seed, now, knobs);
        Map<String, List<Group>> byQueue = new HashMap<>();
        long at = clock.millis();
        for (NotificationChannels.Channel channel : connected) {
            ChannelSocket socket = channel.socket;
            if (socket == null) {
                continue;
            }
            for (String queueId : channel.queueIds) {
                List<Group> current = byQueue.computeIfAbsent(queueId, id -> live(groups, id));
                List<Group> changed = new ArrayList<>();
                for (Group g : current) {
                    String last = channel.lastSent.get(g.key);
                    if (last == null) {
                        channel.lastSent.put(g.key, g.signature); // first look: remember, do not send
                    } else if (!last.equals(g.signature)) {
                        changed.add(g);
                    }
                }
                Long lastPush = channel.lastPushAt.get(queueId);
                if (changed.isEmpty() || (lastPush != null && at - lastPush < MIN_PUSH_GAP_MS)) {
                    continue; // nothing new, or pushed less than a second ago: the next tick tries again
                }
                channel.lastPushAt.put(queueId, at);
                for (Group g : changed) {
                    channel.lastSent.put(g.key, g.signature);
                    if (random.nextDouble() < faults.dropRate()) {
                        continue;
                    }
                    String event = envelope(g, now);
                    socket.send(event);
                    if (faults.duplicates()) {
                        socket.send(event);
                    }
                }
            }
        }
    }

    /** A group's live metrics now; its signature is the metrics' JSON. */
    private record Group(String key, String queueId, MediaStream stream, ArrayNode metrics, String signature) {
    }

    private List<Group> live(ObservationGroups groups, String queueId) {
        QueueModel queue = centre.queue(queueId);
        if (queue == null || knobs.isUnknown(queueId)) {
            return List.of();
        }
        List<Group> list = new ArrayList<>();
        ArrayNode users = decimals(groups.userData(queue));
        list.add(new Group(queueId, queueId, null, users, users.toString()));
        for (MediaStream stream : queue.streams) {
            ArrayNode metrics = decimals(groups.mediaData(stream));
            list.add(new Group(queueId + "/" + stream.kind.analyticsName(), queueId, stream, metrics,
                    metrics.toString()));
        }
        return list;
    }

    /** Counts as the notification service writes them: decimals (3.0), qualifier always present. */
    private static ArrayNode decimals(ArrayNode data) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (JsonNode item : data) {
            ObjectNode m = out.addObject();
            m.put("metric", item.get("metric").asText());
            m.set("qualifier", item.has("qualifier") ? item.get("qualifier") : Json.MAPPER.nullNode());
            ObjectNode stats = m.putObject("stats");
            JsonNode s = item.get("stats");
            if (s.has("count")) {
                stats.put("count", s.get("count").asDouble());
            }
            if (s.has("calculatedMetricValue")) {
                stats.put("calculatedMetricValue", s.get("calculatedMetricValue").asLong());
            }
        }
        return out;
    }

    private String envelope(Group g, ContactCentre.Now now) {
        ObjectNode root = Json.object();
        root.put("topicName", "v2.analytics.queues." + g.queueId + ".observations");
        root.put("version", "2");
        ObjectNode body = root.putObject("eventBody");
        ObjectNode group = body.putObject("group").put("queueId", g.queueId);
        if (g.stream != null) {
            group.put("mediaType", g.stream.kind.analyticsName());
        }
        long from = now.model() - Math.floorMod(now.model(), INTERVAL_MS);
        ObjectNode data = body.putArray("data").addObject();
        data.put("interval", Json.iso(now.toWire(from)) + "/" + Json.iso(now.toWire(from + INTERVAL_MS)));
        ArrayNode metrics = data.putArray("metrics");
        metrics.addAll(g.metrics);
        if (g.stream != null) {
            intervalMetrics(metrics, g.stream, from, now.model());
        }
        root.putObject("metadata").put("CorrelationId", UUID.randomUUID().toString());
        return root.toString();
    }

    /** The 30-minute aggregates that share the topic; clients must not take them for live figures. */
    private static void intervalMetrics(ArrayNode metrics, MediaStream stream, long from, long to) {
        long[] counts = new long[EventLog.Kind.values().length];
        stream.log.forEach(from, to, (kind, at, value) -> counts[kind.ordinal()]++);
        metrics.addObject().put("metric", "nOffered").putNull("qualifier").putObject("stats")
                .put("count", (double) counts[EventLog.Kind.OFFERED.ordinal()]);
        metrics.addObject().put("metric", "tAbandon").putNull("qualifier").putObject("stats")
                .put("count", (double) counts[EventLog.Kind.ABANDONED.ordinal()]);
    }
}
