package com.queuewallboard.push;

import static com.queuewallboard.push.RecordingListener.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimQueue;
import com.queuewallboard.simulator.SimulatorOptions;
import com.queuewallboard.testing.MutableClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feed against the simulator over real sockets; time moves only when the test says so. */
class PushFeedTest {

    static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
    static final Instant MORNING = LocalDate.of(2026, 11, 26).atTime(LocalTime.of(10, 30)).atZone(DUBLIN).toInstant();
    private static final Duration STEP = Duration.ofSeconds(1);

    private MutableClock clock;
    private GenesysSimulator sim;
    private TestScheduler scheduler;
    private ExecutorService socketThreads;
    private HttpClient http;
    private RecordingListener listener;
    private PushFeed feed;
    private List<String> queueIds;

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(MORNING);
        sim = GenesysSimulator.start(SimulatorOptions.builder().clock(clock).timeZone(DUBLIN).build());
        scheduler = new TestScheduler(clock);
        socketThreads = Executors.newFixedThreadPool(1, r -> {
            Thread t = new Thread(r, "test-push-socket");
            t.setDaemon(true);
            return t;
        });
        http = HttpClient.newBuilder().executor(socketThreads).build();
        listener = new RecordingListener();
        queueIds = sim.queues().stream().map(SimQueue::id).toList();
    }

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.close();
        }
        scheduler.close();
        sim.close();
        socketThreads.shutdownNow();
    }

    private PushFeed startFeed(List<String> ids) {
        return startFeed(ids, PushSettings.DEFAULTS);
    }

    private PushFeed startFeed(List<String> ids, PushSettings settings) {
        feed = new PushFeed(new HttpChannelApi(sim.baseUrl(), new SimTokens(sim), http), http, scheduler, clock,
                settings, listener);
        feed.showQueues(ids);
        return feed;
    }

    /** Real heartbeats do not follow the test clock: for tests that jump minutes ahead. */
    private static PushSettings deafToSilence() {
        PushSettings d = PushSettings.DEFAULTS;
        return new PushSettings(d.resyncEvery(), Duration.ofHours(1), Duration.ofHours(1), d.watchEvery(),
                d.rolloverBefore(), d.backoffMin(), d.backoffMax(), d.topicsPerChannel(), d.connectTimeout());
    }

    private void awaitLive() {
        await("LIVE", () -> feed.state().isLive());
    }

    /** Moves model time a second at a time until the feed delivers {@code n} more updates. */
    private void runUntilUpdates(int n) throws Exception {
        int target = listener.updates.size() + n;
        for (int i = 0; i < 120 && listener.updates.size() < target; i++) {
            scheduler.advance(STEP, STEP);
            long seen = listener.updates.size();
            // give the simulator's 0.2 s tick a chance to push what this second changed
            await("the simulator's tick", () -> true);
            if (listener.updates.size() == seen) {
                java.util.concurrent.locks.LockSupport.parkNanos(250_000_000);
            }
        }
        assertTrue(listener.updates.size() >= target, "updates arrived: " + listener.updates.size());
    }

    @Test
    void eventsArriveAsLiveFiguresThatMergeOntoTheSnapshot() throws Exception {
        startFeed(queueIds);
        awaitLive();
        assertEquals(1, listener.resyncs.get(), "a resync right after connecting");
        assertEquals("Live (push)", feed.state().label());
        runUntilUpdates(3);
        LiveUpdate u = listener.updates.get(0);
        assertTrue(queueIds.contains(u.queueId()));
        assertTrue(u.counts().keySet().stream().allMatch(k -> k.startsWith("o")), "only live metrics: " + u.counts());
        LiveUpdate media = listener.updates.stream().filter(x -> "voice".equals(x.mediaType())).findFirst()
                .orElseThrow();
        LiveFigures merged = new LiveFigures(Set.of("voice"));
        merged.apply(media);
        QueueFigures before = new QueueFigures(media.queueId(), "Q", true, 99, 1, 99, 99, 1, 0, 0, 1, 1, 0, null);
        QueueFigures after = merged.mergeOnto(before, clock.instant());
        assertEquals((int) media.count("oWaiting"), after.waitingCalls());
        assertNotEquals(99, after.inProgressCalls());
        assertEquals(1, after.availableAgents(), "agent figures untouched without their group");
    }

    @Test
    void heartbeatSilenceReopensTheSocketOfTheSameChannel() throws Exception {
        sim.pushFaults().stopHeartbeats(true);
        startFeed(queueIds);
        awaitLive();
        scheduler.advance(Duration.ofSeconds(70), Duration.ofSeconds(5));
        await("socket reopened " + feed.socketsReopened() + " " + listener.resyncs.get() + " " + listener.states,
                () -> feed.socketsReopened() == 1 && listener.resyncs.get() == 2);
        assertTrue(feed.state().isLive());
        assertEquals(1, feed.channelsOpened(), "the channel outlives its silent socket");
        assertEquals(1, sim.channelCount());
    }

    @Test
    void socketDropsReopenTheSameChannelAndSpareOtherBoardsChannels() throws Exception {
        OtherBoard other = otherBoardsChannel();
        startFeed(queueIds);
        awaitLive();
        for (int i = 0; i < 20; i++) {
            int sockets = feed.socketsOpened();
            int resyncs = listener.resyncs.get();
            sim.pushFaults().closeSocketsNow();
            await("reconnect " + i, () -> feed.socketsOpened() == sockets + 1 && feed.state().isLive()
                    && listener.resyncs.get() == resyncs + 1);
        }
        assertEquals(20, feed.socketsReopened());
        assertEquals(1, feed.channelsOpened(), "20 socket drops, still the first channel");
        assertEquals(2, sim.channelCount(), "the feed's channel and the hub's");
        other.assertNotEvicted();
        assertEquals(21, listener.resyncs.get(), "a resync after every reconnect");
        runUntilUpdates(2); // the channel's subscriptions survived: events still arrive
        assertFalse(listener.sawPolling(), "a quick reconnect is not a fallback: " + listener.states);
    }

    @Test
    void anExpiredChannelIsReplacedByANewOne() throws Exception {
        startFeed(queueIds);
        awaitLive();
        sim.pushFaults().expireChannelsNow();
        await("replacement " + feed.channelsOpened() + " " + listener.states,
                () -> feed.channelsOpened() == 2 && feed.state().isLive() && listener.resyncs.get() == 2);
        assertEquals(1, sim.channelCount(), "the expired one is gone, the new one is there");
        assertEquals(0, feed.socketsReopened(), "a gone channel is not reopened");
        runUntilUpdates(1);
    }

    @Test
    void dropsOnASetOfTwoChannelsReopenBoth() throws Exception {
        List<String> many = new ArrayList<>(queueIds);
        for (int i = 0; many.size() <= 1_000; i++) {
            many.add("00000000-0000-0000-0000-" + String.format("%012d", i));
        }
        startFeed(many);
        awaitLive();
        for (int i = 0; i < 3; i++) {
            int sockets = feed.socketsOpened();
            sim.pushFaults().closeSocketsNow();
            await("both reopened", () -> feed.socketsOpened() == sockets + 2 && feed.state().isLive());
        }
        assertEquals(2, feed.channelsOpened());
        assertEquals(2, feed.channelsInUse());
        assertEquals(2, sim.channelCount());
    }

    @Test
    void heartbeatsKeepTheChannel() throws Exception {
        sim.pushFaults().heartbeatPeriod(Duration.ofMillis(50));
        startFeed(queueIds);
        awaitLive();
        for (int i = 0; i < 6; i++) {
            int resyncs = listener.resyncs.get();
            java.util.concurrent.locks.LockSupport.parkNanos(150_000_000); // let a real heartbeat arrive
            scheduler.advance(Duration.ofSeconds(25), Duration.ofSeconds(5));
            assertEquals(resyncs, listener.resyncs.get());
        }
        assertEquals(1, feed.channelsOpened(), "150 s of heartbeats: no reconnect");
    }

    @Test
    void socketClosingSwitchesWithoutFallingBackToPolling() throws Exception {
        startFeed(queueIds);
        awaitLive();
        sim.pushFaults().socketClosingNow(Duration.ofSeconds(3));
        await("new channel", () -> feed.channelsOpened() == 2 && listener.resyncs.get() == 2);
        assertFalse(listener.sawPolling(), "states: " + listener.states);
        runUntilUpdates(1);
    }

    @Test
    void socketClosingEveryFewMinutesTakesTwoChannelsInTurnAndSparesOtherBoards() throws Exception {
        OtherBoard other = otherBoardsChannel();
        startFeed(queueIds);
        awaitLive();
        for (int i = 0; i < 24; i++) { // a day of warnings would be hundreds; 24 pass the 20-channel limit
            int sockets = feed.socketsOpened();
            int resyncs = listener.resyncs.get();
            sim.pushFaults().socketClosingNow(Duration.ofMillis(300));
            await("switch " + i, () -> feed.socketsOpened() == sockets + 1 && feed.state().isLive()
                    && listener.resyncs.get() == resyncs + 1);
        }
        assertEquals(2, feed.channelsOpened(), "the first channel and one more, taken in turn");
        assertEquals(23, feed.channelsReused());
        assertEquals(3, sim.channelCount(), "the feed's two and the hub's");
        other.assertNotEvicted();
        assertFalse(listener.sawPolling(), "states: " + listener.states);
        runUntilUpdates(1); // the reused channel carries the topics again
    }

    @Test
    void aSpareChannelThatIsGoneIsNotReused() throws Exception {
        startFeed(queueIds);
        awaitLive();
        sim.pushFaults().socketClosingNow(Duration.ofMillis(300));
        await("switch", () -> feed.channelsOpened() == 2 && listener.resyncs.get() == 2);
        sim.pushFaults().expireChannelsNow(); // the one in use and the spare
        await("replacement " + listener.states, () -> feed.channelsOpened() == 3 && feed.state().isLive()
                && listener.resyncs.get() == 3);
        assertEquals(0, feed.channelsReused(), "the expired spare answered 404 and was dropped");
        assertEquals(1, sim.channelCount());
        runUntilUpdates(1);
    }

    @Test
    void channelRollsOverBeforeItExpires() throws Exception {
        sim.pushFaults().channelLifetime(Duration.ofMinutes(20));
        startFeed(queueIds, deafToSilence());
        awaitLive();
        scheduler.advance(Duration.ofMinutes(9), Duration.ofSeconds(30));
        assertEquals(1, feed.channelsOpened());
        scheduler.advance(Duration.ofMinutes(2), Duration.ofSeconds(5));
        await("rollover", () -> feed.channelsOpened() == 2 && listener.resyncs.get() >= 2);
        assertFalse(listener.sawPolling());
        runUntilUpdates(1);
    }

    @Test
    void refusedChannelFallsBackToPollingThenReturns() throws Exception {
        sim.pushFaults().refuseChannels(403);
        startFeed(queueIds);
        await("POLLING", () -> !listener.states.isEmpty());
        PushState polling = feed.state();
        assertFalse(polling.isLive());
        assertTrue(polling.reason().contains("HTTP 403"), polling.reason());
        assertEquals("poll", polling.transport());
        sim.pushFaults().refuseChannels(0);
        scheduler.advance(Duration.ofSeconds(10), Duration.ofSeconds(1));
        awaitLive();
        assertEquals("push", feed.state().transport());
    }

    @Test
    void moreThanAThousandTopicsTakeTwoChannels() throws Exception {
        List<String> many = new ArrayList<>(queueIds);
        for (int i = 0; many.size() <= 1_000; i++) {
            many.add("00000000-0000-0000-0000-" + String.format("%012d", i));
        }
        startFeed(many);
        awaitLive();
        assertEquals(2, feed.channelsInUse());
    }

    @Test
    void aChannelEvictedByTheLimitIsReplaced() throws Exception {
        startFeed(queueIds);
        awaitLive();
        HttpChannelApi other = new HttpChannelApi(sim.baseUrl(), new SimTokens(sim), http);
        for (int i = 0; i < 20; i++) {
            other.create(); // another board of the same client takes the other 20
        }
        await("replacement", () -> feed.channelsOpened() == 2);
        awaitLive();
        assertEquals(0, feed.socketsReopened(), "an evicted channel is replaced, not reopened");
        runUntilUpdates(1);
    }

    @Test
    void droppedEventsAreHealedByThePeriodicResync() throws Exception {
        sim.pushFaults().dropEvents(1.0);
        startFeed(queueIds, deafToSilence());
        awaitLive();
        scheduler.advance(Duration.ofMinutes(5), Duration.ofSeconds(5));
        assertTrue(listener.updates.isEmpty(), "every event dropped");
        assertEquals(2, listener.resyncs.get(), "the five-minute resync asks for a query");
    }

    @Test
    void duplicatesAreDeliveredOnce() throws Exception {
        sim.pushFaults().duplicateEvents(true);
        startFeed(queueIds);
        awaitLive();
        runUntilUpdates(4);
        for (int i = 1; i < listener.updates.size(); i++) {
            LiveUpdate a = listener.updates.get(i - 1);
            LiveUpdate b = listener.updates.get(i);
            assertFalse(a.groupKey().equals(b.groupKey()) && a.sameFigures(b), "repeat delivered");
        }
    }

    @Test
    void threadCountStaysFlatOverManyReconnects() throws Exception {
        startFeed(queueIds);
        awaitLive();
        for (int i = 0; i < 3; i++) {
            int opened = feed.socketsOpened();
            sim.pushFaults().closeSocketsNow();
            await("reconnect", () -> feed.socketsOpened() == opened + 1 && feed.state().isLive());
        }
        int before = Thread.activeCount();
        for (int i = 0; i < 25; i++) {
            int opened = feed.socketsOpened();
            sim.pushFaults().closeSocketsNow();
            await("reconnect", () -> feed.socketsOpened() == opened + 1 && feed.state().isLive());
        }
        assertTrue(Thread.activeCount() <= before + 2, "threads " + before + " -> " + Thread.activeCount());
        assertEquals(1, sim.channelCount(), "28 socket drops on one channel");
        assertFalse(listener.sawPolling(), "a quick reconnect is not a fallback");
    }

    /** A channel of another board of the same OAuth client, made before the feed's: the oldest of all. */
    private OtherBoard otherBoardsChannel() throws Exception {
        HttpChannelApi api = new HttpChannelApi(sim.baseUrl(), new SimTokens(sim), http);
        ChannelApi.Channel channel = api.create();
        String topic = "v2.analytics.queues." + queueIds.get(0) + ".observations";
        api.subscribe(channel.id(), List.of(topic));
        return new OtherBoard(api, channel, topic);
    }

    private record OtherBoard(HttpChannelApi api, ChannelApi.Channel channel, String topic) {
        void assertNotEvicted() throws Exception {
            assertEquals(List.of(topic), api.subscriptions(channel.id()), "the other board's channel was not evicted");
        }
    }
}
