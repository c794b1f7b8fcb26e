package com.queuewallboard.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live queue figures over the Genesys Notifications API. Opens channels for the shown queues
 * (1,000 topics each), keeps their sockets alive and hands every changed group to the
 * {@link PushListener}; the owner keeps polling whenever the state says POLLING.
 *
 * <p>Rules kept here: after every (re)connect and every few minutes, ask for a resync (delivery
 * is not guaranteed). A socket that dropped, or nothing heard for 60 s: reopen a socket on the
 * SAME channel (its subscriptions outlive the socket), after checking with one GET that the
 * channel still has them. Genesys allows 20 channels per client and user and the 21st evicts
 * the oldest, so a new channel per drop would churn channels and could evict another board's.
 * Only a channel that is gone (404 on its subscriptions, socket upgrade refused: expired or
 * evicted), a {@code socket_closing} warning, a channel near its 24 h end or other queues get
 * a new set of channels: opened first, the old set closed after, so events never stop. The old
 * set's channels are kept as spares and the next new set takes them first (its topics put back by
 * one PUT), so a board that gets a {@code socket_closing} every few minutes for a day switches
 * between two channels instead of making one per warning (channels cannot be deleted: each would
 * count against the 20 until it expires, and the 21st evicts the oldest, maybe another board's).
 * A spare that is gone (404) or near its end is dropped and a new channel made. A failed
 * set-up reports POLLING with the reason and retries with backoff; success reports LIVE again.
 * The sockets carry no token, so a token renewal never touches the stream.
 */
public final class PushFeed implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PushFeed.class.getName());
    private static final String PING = "{\"message\":\"ping\"}";

    private final ChannelApi api;
    private final HttpClient http;
    private final Scheduler scheduler;
    private final Clock clock;
    private final PushSettings settings;
    private final PushListener listener;
    private final AutoCloseable owned;
    private final EventParser parser = new EventParser();
    private final Map<String, LiveUpdate> delivered = new ConcurrentHashMap<>();
    private final AtomicInteger channelsOpened = new AtomicInteger();
    private final AtomicInteger socketsOpened = new AtomicInteger();
    private final AtomicInteger socketsReopened = new AtomicInteger();

    private final Object lock = new Object();
    private List<String> queueIds = List.of();
    private Generation current;
    private final SpareChannels spares;
    private PushState state;
    private boolean closed;
    private boolean connectScheduled;
    private boolean connectRunning;
    private boolean again;
    private Scheduler.Task connectTask;
    private Scheduler.Task watchTask;
    private Instant lastHeard;
    private Instant nextResync = Instant.MAX;
    private Instant rolloverAt = Instant.MAX;
    private Duration backoff;

    /** For tests and owners with their own threads: nothing here is closed by {@link #close()} but the sockets. */
    public PushFeed(ChannelApi api, HttpClient http, Scheduler scheduler, Clock clock, PushSettings settings,
                    PushListener listener) {
        this(api, http, scheduler, clock, settings, listener, null);
    }

    private PushFeed(ChannelApi api, HttpClient http, Scheduler scheduler, Clock clock, PushSettings settings,
                     PushListener listener, AutoCloseable owned) {
        this.api = api;
        this.http = http;
        this.scheduler = scheduler;
        this.clock = clock;
        this.settings = settings;
        this.listener = listener;
        this.owned = owned;
        this.spares = new SpareChannels(api, clock, settings.rolloverBefore());
        this.backoff = settings.backoffMin();
        this.state = PushState.polling("connecting", clock.instant());
    }

    /**
     * The board's entry point: a feed with its own two threads (one timer, one for socket
     * callbacks) that {@link #close()} stops. {@code tokens} is usually
     * {@code TokenSource.of(tokenProvider)}, sharing the board's token.
     */
    public static PushFeed create(URI apiBase, TokenSource tokens, PushSettings settings, PushListener listener) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("push-timer"));
        ExecutorService sockets = Executors.newFixedThreadPool(1, daemon("push-socket"));
        HttpClient http = HttpClient.newBuilder().executor(sockets).connectTimeout(settings.connectTimeout()).build();
        AutoCloseable threads = () -> {
            timer.shutdownNow();
            sockets.shutdownNow();
        };
        return new PushFeed(new HttpChannelApi(apiBase, tokens, http), http, Scheduler.of(timer), Clock.systemUTC(),
                settings, listener, threads);
    }

    /** Starts (or re-targets) the feed for these queues; a new set of channels replaces the old one. */
    public void showQueues(Collection<String> ids) {
        List<String> copy = List.copyOf(new java.util.LinkedHashSet<>(ids));
        boolean startWatch;
        synchronized (lock) {
            if (closed || copy.equals(queueIds) && current != null) {
                return;
            }
            queueIds = copy;
            startWatch = watchTask == null;
            if (startWatch) {
                watchTask = scheduler.schedule(this::watch, settings.watchEvery());
            }
        }
        requestConnect(Duration.ZERO);
    }

    /** LIVE or POLLING (with the reason), as last reported. */
    public PushState state() {
        synchronized (lock) {
            return state;
        }
    }

    /**
     * The owner is about to run a resync query: the next event of every group counts again, even
     * one equal to the last delivered (the query may have shown other figures in between).
     */
    public void forgetDelivered() {
        delivered.clear();
    }

    /** Channels opened since the start (tests and the benchmark: rollover, several channels). */
    public int channelsOpened() {
        return channelsOpened.get();
    }

    /** Spare channels (of a replaced set) taken by a new set instead of making new channels. */
    public int channelsReused() {
        return spares.reused();
    }

    /** Sockets opened since the start, on new channels and reopened ones alike. */
    public int socketsOpened() {
        return socketsOpened.get();
    }

    /** Sockets reopened on a channel the feed already had (a drop healed without a new channel). */
    public int socketsReopened() {
        return socketsReopened.get();
    }

    /** Channels of the set in use now. */
    public int channelsInUse() {
        synchronized (lock) {
            return current == null ? 0 : current.links.size();
        }
    }

    @Override
    public void close() {
        Generation old;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            old = current;
            current = null;
            if (connectTask != null) {
                connectTask.cancel();
            }
            if (watchTask != null) {
                watchTask.cancel();
            }
        }
        if (old != null) {
            old.retire();
        }
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "push threads", e);
            }
        }
    }

    // ---- connecting ----

    private void requestConnect(Duration delay) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (connectRunning) {
                again = true;
                return;
            }
            if (connectScheduled) {
                if (!delay.isZero()) {
                    return;
                }
                connectTask.cancel(); // a retry waiting out its backoff: now is better
            }
            connectScheduled = true;
            connectTask = scheduler.schedule(this::connect, delay);
        }
    }

    private void connect() {
        List<String> ids;
        Generation reuse;
        synchronized (lock) {
            if (closed || connectRunning) {
                return;
            }
            connectRunning = true;
            connectScheduled = false;
            again = false;
            ids = queueIds;
            reuse = current != null && !current.renew && current.ids.equals(ids) ? current : null;
        }
        Duration retryIn = null;
        List<Runnable> notices = new ArrayList<>();
        try {
            if (reuse != null) {
                if (reopen(reuse, notices)) {
                    return;
                }
                synchronized (lock) {
                    reuse.renew = true; // a channel of the set is gone: a new set replaces it
                }
            }
            Generation gen = new Generation(ids);
            try {
                open(gen, ids);
            } catch (PushException e) {
                gen.retire();
                keepAsSpares(gen); // a retry takes them again instead of making more
                throw e;
            }
            Generation old;
            synchronized (lock) {
                if (closed) {
                    gen.retire();
                    return;
                }
                old = current;
                current = gen;
                Instant now = clock.instant();
                lastHeard = now;
                nextResync = now.plus(settings.resyncEvery());
                rolloverAt = rolloverTime(gen, now);
                backoff = settings.backoffMin();
                delivered.clear(); // after a resync every group's next event counts
                setState(PushState.live(now), notices);
            }
            notices.add(listener::resyncNeeded);
            if (old != null) {
                old.retire(); // only now: the new set already listens, so nothing falls in a gap
                keepAsSpares(old);
            }
        } catch (PushException e) {
            LOG.log(Level.FINE, "push set-up failed", e);
            synchronized (lock) {
                retryIn = backoff;
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : doubled;
                if (current == null || current.broken) {
                    setState(PushState.polling(e.getMessage(), clock.instant()), notices);
                }
            }
        } finally {
            boolean redo;
            synchronized (lock) {
                connectRunning = false;
                redo = again && !closed;
            }
            notices.forEach(PushFeed::safely);
            if (retryIn != null) {
                requestConnect(retryIn);
            } else if (redo) {
                requestConnect(Duration.ZERO);
            }
        }
    }

    private void open(Generation gen, List<String> ids) throws PushException {
        int per = settings.topicsPerChannel();
        for (int from = 0; from < ids.size() || from == 0; from += per) {
            List<String> topics = new ArrayList<>();
            for (String id : ids.subList(from, Math.min(ids.size(), from + per))) {
                topics.add("v2.analytics.queues." + id + ".observations");
            }
            ChannelApi.Channel channel = spares.take(topics);
            if (channel == null) {
                channel = api.create();
                channelsOpened.incrementAndGet();
                api.subscribe(channel.id(), topics);
            }
            Link link = new Link(gen, channel, topics);
            gen.links.add(link); // before the socket, so a failed open still closes what it made
            openSocket(link);
            gen.expires = gen.expires == null || channel.expires().isBefore(gen.expires) ? channel.expires() : gen.expires;
            if (ids.isEmpty()) {
                break;
            }
        }
    }

    /** The retired set's channels become spares (see {@link SpareChannels}), unless the feed is closed. */
    private void keepAsSpares(Generation retired) {
        Set<String> inUse = new HashSet<>();
        int needed;
        synchronized (lock) {
            if (closed) return;
            needed = (queueIds.size() + settings.topicsPerChannel() - 1) / settings.topicsPerChannel();
            if (current != null) current.links.forEach(l -> inUse.add(l.channel.id()));
        }
        List<ChannelApi.Channel> channels = new ArrayList<>();
        retired.links.forEach(l -> channels.add(l.channel));
        spares.keep(channels, inUse, needed);
    }

    /** Opens the link's socket on its channel's connectUri; a refused upgrade has the HTTP status. */
    private void openSocket(Link link) throws PushException {
        try {
            link.socket = http.newWebSocketBuilder().connectTimeout(settings.connectTimeout())
                    .buildAsync(link.channel.connectUri(), link)
                    .get(settings.connectTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            socketsOpened.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException("interrupted while opening the socket", e);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof WebSocketHandshakeException refused) {
                // the server answered the upgrade with an HTTP status: for a known channel, it is gone
                throw new PushException("the notification socket was refused: HTTP "
                        + refused.getResponse().statusCode(), refused.getResponse().statusCode());
            }
            throw new PushException("the notification socket did not open (" + cause.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /**
     * Heals the set in use without new channels: every link whose socket dropped (all of them
     * after a silence) gets a new socket on its own channel, once the channel's subscriptions
     * are seen to be intact. True when the set is whole and live again (or was already); false
     * when a channel is gone, so a new set must replace this one. Other failures throw and are
     * retried with backoff, still on the same channels.
     */
    private boolean reopen(Generation gen, List<Runnable> notices) throws PushException {
        List<Link> dropped = new ArrayList<>();
        synchronized (lock) {
            for (Link link : gen.links) {
                if (link.dropped || gen.silent) {
                    dropped.add(link);
                }
            }
        }
        if (dropped.isEmpty()) {
            return true; // a second request for a drop the last run already healed
        }
        for (Link old : dropped) {
            try {
                List<String> has = api.subscriptions(old.channel.id());
                if (!new HashSet<>(has).equals(new HashSet<>(old.topics))) {
                    api.subscribe(old.channel.id(), old.topics); // not expected, but cheap to mend
                }
            } catch (PushException e) {
                if (e.status() == 404) {
                    LOG.log(Level.FINE, "notification channel gone: a new one replaces it");
                    return false;
                }
                throw e;
            }
            Link fresh = new Link(gen, old.channel, old.topics);
            old.retire(); // its socket is dead or silent: nothing to wait for
            synchronized (lock) {
                int at = gen.links.indexOf(old);
                if (gen.retired || at < 0) {
                    return true; // replaced or closed meanwhile: nothing left to heal here
                }
                gen.links.set(at, fresh);
            }
            try {
                openSocket(fresh);
            } catch (PushException e) {
                if (e.status() != 0) {
                    LOG.log(Level.FINE, "notification socket refused: a new channel replaces it");
                    return false;
                }
                fresh.dropped = true; // retried on the same channel after the backoff
                throw e;
            }
            socketsReopened.incrementAndGet();
        }
        synchronized (lock) {
            if (closed || gen != current) {
                return true;
            }
            gen.silent = false;
            gen.broken = false;
            Instant now = clock.instant();
            lastHeard = now;
            nextResync = now.plus(settings.resyncEvery());
            backoff = settings.backoffMin();
            delivered.clear(); // after a resync every group's next event counts
            setState(PushState.live(now), notices);
        }
        notices.add(listener::resyncNeeded);
        return true;
    }

    private Instant rolloverTime(Generation gen, Instant now) {
        if (gen.expires == null) {
            return Instant.MAX;
        }
        Duration left = Duration.between(now, gen.expires);
        Duration margin = settings.rolloverBefore().compareTo(left.dividedBy(2)) < 0 ? settings.rolloverBefore()
                : left.dividedBy(2); // a short-lived channel rolls at half-life rather than at once
        return gen.expires.minus(margin);
    }

    // ---- the watch: heartbeats, resync, rollover ----

    private void watch() {
        boolean reconnect = false;
        boolean resync = false;
        WebSocket ping = null;
        synchronized (lock) {
            if (closed) {
                return;
            }
            Instant now = clock.instant();
            if (current != null && !connectRunning) {
                Duration silent = Duration.between(lastHeard, now);
                if (silent.compareTo(settings.silenceLimit()) > 0) {
                    current.broken = true; // the socket may look open, but nothing comes through it
                    current.silent = true;
                    reconnect = true;
                } else if (silent.compareTo(settings.pingAfter()) > 0 && !current.links.isEmpty()) {
                    ping = current.links.get(0).socket;
                }
                if (!now.isBefore(rolloverAt)) {
                    rolloverAt = Instant.MAX;
                    current.renew = true;
                    reconnect = true;
                }
                if (!now.isBefore(nextResync)) {
                    nextResync = now.plus(settings.resyncEvery());
                    resync = true;
                }
            }
            watchTask = scheduler.schedule(this::watch, settings.watchEvery());
        }
        if (ping != null) {
            ping.sendText(PING, true);
        }
        if (resync) {
            safely(listener::resyncNeeded);
        }
        if (reconnect) {
            requestConnect(Duration.ZERO);
        }
    }

    // ---- socket events ----

    private void received(Link link, String text) {
        Generation gen = link.gen;
        EventParser.Parsed parsed = parser.parse(text, clock.instant());
        synchronized (lock) {
            if (gen.retired || link.retired) {
                return;
            }
            if (gen == current && parsed.kind() != EventParser.Kind.PONG) {
                // a pong only proves our direction; Genesys' rule is about heartbeats and events
                lastHeard = clock.instant();
            }
        }
        switch (parsed.kind()) {
            case SOCKET_CLOSING -> {
                if (renew(gen)) {
                    requestConnect(Duration.ZERO); // the old socket keeps delivering until the new set is up
                }
            }
            case QUEUE_OBSERVATIONS -> parsed.updates().forEach(this::deliver);
            default -> { }
        }
    }

    private void deliver(LiveUpdate update) {
        boolean[] fresh = {false};
        delivered.compute(update.groupKey(), (k, previous) -> {
            if (update.sameFigures(previous)) {
                return previous; // a duplicate, or the other channel set's copy during a switch
            }
            fresh[0] = true;
            return update;
        });
        if (fresh[0]) {
            safely(() -> listener.onLive(update));
        }
    }

    private void lost(Link link) {
        Generation gen = link.gen;
        synchronized (lock) {
            if (gen.retired || link.retired || gen != current || closed) {
                return;
            }
            link.dropped = true; // the next connect reopens it on the same channel
            gen.broken = true;
        }
        requestConnect(Duration.ZERO);
    }

    /** Marks the set in use for replacement by a new set of channels; false when gen is not in use. */
    private boolean renew(Generation gen) {
        synchronized (lock) {
            if (gen != current) {
                return false;
            }
            gen.renew = true;
            return true;
        }
    }

    private void setState(PushState next, List<Runnable> notices) {
        if (state.mode() == next.mode() && state.reason().equals(next.reason())) {
            return;
        }
        state = next;
        notices.add(() -> listener.onState(next));
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "push listener failed", e); // the owner's bug must not kill the feed
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One complete set of channels and sockets for the shown queues. */
    private final class Generation {
        final List<String> ids;
        final List<Link> links = new ArrayList<>();
        Instant expires;
        /** Not delivering now: a failure to heal it means POLLING. */
        volatile boolean broken;
        /** Nothing heard for too long: every socket is reopened. */
        volatile boolean silent;
        /** Needs a new set of channels (socket_closing, rollover, a channel gone), not a reopen. */
        volatile boolean renew;
        volatile boolean retired;

        Generation(List<String> ids) {
            this.ids = ids;
        }

        void retire() {
            retired = true;
            List<Link> all;
            synchronized (lock) {
                all = List.copyOf(links);
            }
            all.forEach(Link::retire);
        }
    }

    /** One socket on one channel, with its JDK callbacks; a reopen makes a new Link on the same channel. */
    private final class Link implements WebSocket.Listener {
        final Generation gen;
        final ChannelApi.Channel channel;
        final List<String> topics;
        final StringBuilder partial = new StringBuilder();
        volatile WebSocket socket;
        volatile boolean dropped;
        volatile boolean retired;

        Link(Generation gen, ChannelApi.Channel channel, List<String> topics) {
            this.gen = gen;
            this.channel = channel;
            this.topics = List.copyOf(topics);
        }

        void retire() {
            retired = true;
            WebSocket s = socket;
            if (s != null) {
                s.sendClose(WebSocket.NORMAL_CLOSURE, "replaced").whenComplete((r, e) -> s.abort());
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                received(this, text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            lost(this);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            lost(this);
        }
    }
}
