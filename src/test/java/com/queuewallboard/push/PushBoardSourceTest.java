package com.queuewallboard.push;

import static com.queuewallboard.push.RecordingListener.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.genesys.GenesysBoardSource;
import com.queuewallboard.genesys.GenesysConnector;
import com.queuewallboard.genesys.HttpTimeouts;
import com.queuewallboard.genesys.RetryPolicy;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimulatorOptions;
import com.queuewallboard.testing.MutableClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The board's push source over real sockets: the simulator's model moves only when the test
 * moves the clock, and the REST requests are counted by the simulator itself.
 */
class PushBoardSourceTest {

    private static final Duration STEP = Duration.ofSeconds(1);

    private MutableClock clock;
    private GenesysSimulator sim;
    private TestScheduler scheduler;
    private ExecutorService socketThreads;
    private HttpClient http;
    private Settings settings;
    private PushBoardSource source;
    private GenesysBoardSource truth;
    private final AtomicInteger signals = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(PushFeedTest.MORNING);
        sim = GenesysSimulator.start(SimulatorOptions.builder().clock(clock).timeZone(PushFeedTest.DUBLIN).build());
        sim.faults().requestsPerMinute(0);
        scheduler = new TestScheduler(clock);
        socketThreads = Executors.newFixedThreadPool(1, r -> {
            Thread t = new Thread(r, "test-push-socket");
            t.setDaemon(true);
            return t;
        });
        http = HttpClient.newBuilder().executor(socketThreads).build();
        settings = new Settings(null, sim.baseUrl().toString(), null, sim.clientId(), Secret.of(sim.clientSecret()),
                List.of(), List.of("voice"), Duration.ofSeconds(10), Duration.ofSeconds(60), PushFeedTest.DUBLIN, null,
                false);
        GenesysBoardSource polling = open();
        // real heartbeats do not follow the test clock, so silence is not judged here
        PushSettings feedSettings = new PushSettings(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofSeconds(10), 1_000,
                Duration.ofSeconds(10));
        source = new PushBoardSource(polling, l -> new PushFeed(new HttpChannelApi(sim.baseUrl(),
                TokenSource.of(polling.api().tokens()), http), http, scheduler, clock, feedSettings, l),
                Set.of("voice"), settings.todayInterval(), clock, scheduler, null);
        source.onChange(signals::incrementAndGet);
        truth = open();
    }

    private GenesysBoardSource open() throws Exception {
        return GenesysConnector.open(settings, "SIM", false, null, HttpTimeouts.DEFAULT, RetryPolicy.DEFAULT, clock,
                clock::sleep);
    }

    @AfterEach
    void stop() {
        source.close();
        truth.close();
        scheduler.close();
        sim.close();
        socketThreads.shutdownNow();
    }

    /** First poll, the feed starts 2 s later, goes live, and the next refresh is the resync. */
    private BoardSnapshot goLive() throws Exception {
        BoardSnapshot first = source.refresh();
        assertEquals("poll", first.transport());
        assertTrue(source.transportStatus().startsWith("Polling (push unavailable: connecting"),
                source.transportStatus());
        scheduler.advance(PushBoardSource.FEED_START_DELAY, STEP);
        await("LIVE", () -> source.pushState().isLive());
        settle();
        BoardSnapshot resynced = source.refresh();
        assertEquals("push", resynced.transport());
        assertEquals("Live (push)", source.transportStatus());
        return resynced;
    }

    /**
     * The simulator, like Genesys, pushes changes from its first look at a new subscription on;
     * its pusher ticks every 0.2 s, so let it take that look before the model moves.
     */
    private static void settle() {
        LockSupport.parkNanos(400_000_000);
    }

    /** Moves the model a second and gives the simulator's 0.2 s pusher tick the time to send. */
    private void second() throws Exception {
        scheduler.advance(STEP, STEP);
        LockSupport.parkNanos(350_000_000);
    }

    /** The query's view of now, on a source of its own (its requests are not the board's). */
    private BoardSnapshot truthNow() throws Exception {
        return truth.refresh();
    }

    private static void assertSameLiveFigures(BoardSnapshot expected, BoardSnapshot actual) {
        assertEquals(expected.queues().size(), actual.queues().size());
        for (int i = 0; i < expected.queues().size(); i++) {
            QueueFigures e = expected.queues().get(i);
            QueueFigures a = actual.queues().get(i);
            String q = e.queueName();
            assertEquals(e.queueId(), a.queueId());
            assertEquals(e.waitingCalls(), a.waitingCalls(), q + " waiting");
            assertEquals(e.inProgressCalls(), a.inProgressCalls(), q + " in progress");
            assertEquals(e.availableAgents(), a.availableAgents(), q + " available");
            assertEquals(e.agentsOnQueue(), a.agentsOnQueue(), q + " on queue");
            assertEquals(e.longestWaitSeconds(), a.longestWaitSeconds(), 1, q + " longest wait");
        }
    }

    private static boolean sameLiveFigures(BoardSnapshot a, BoardSnapshot b) {
        try {
            assertSameLiveFigures(a, b);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    @Test
    void whileLiveTheFiguresFollowTheModelWithoutRestPolls() throws Exception {
        BoardSnapshot resynced = goLive();
        long queries = sim.requests().observationQueries();
        long aggregates = sim.requests().aggregateQueries();
        long polls = source.restRefreshes();
        int signalsBefore = signals.get();
        BoardSnapshot latest = resynced;
        for (int i = 0; i < 20; i++) {
            second();
            latest = source.refresh();
            assertEquals("push", latest.transport());
            assertEquals(clock.instant(), latest.asOf(), "pushed figures are as of now");
        }
        assertEquals(queries, sim.requests().observationQueries(), "no observation query while live");
        assertEquals(aggregates, sim.requests().aggregateQueries(), "today's totals not yet due");
        assertEquals(polls, source.restRefreshes());
        assertFalse(sameLiveFigures(resynced, latest), "20 s of a busy morning moved some figure");
        assertTrue(signals.get() > signalsBefore, "changes were signalled");
        // the last second's events are in; the board now says what a query says
        second();
        LockSupport.parkNanos(300_000_000);
        assertSameLiveFigures(truthNow(), source.refresh());
        assertEquals(queries, sim.requests().observationQueries() - 1, "only the check's own query");
    }

    @Test
    void todaysTotalsStillComeByQueryWhenDue() throws Exception {
        goLive();
        long aggregates = sim.requests().aggregateQueries();
        scheduler.advance(Duration.ofSeconds(61), Duration.ofSeconds(5));
        BoardSnapshot s = source.refresh();
        assertEquals("push", s.transport());
        assertEquals(aggregates + 2, sim.requests().aggregateQueries(), "today's totals and the recent window: two aggregates queries for 12 queues");
        assertEquals(clock.instant(), s.todayAsOf());
    }

    @Test
    void aKilledSocketShowsPollingWithTheReasonThenLiveAgain() throws Exception {
        goLive();
        int signalsBefore = signals.get();
        sim.pushFaults().refuseChannels(503);
        // the socket dies with its channel (a socket alone would reopen on the same channel) and no new one is had
        sim.pushFaults().expireChannelsNow();
        await("POLLING", () -> !source.pushState().isLive());
        String status = source.transportStatus();
        assertTrue(status.startsWith("Polling (push unavailable: ") && status.contains("HTTP 503"), status);
        long queries = sim.requests().observationQueries();
        BoardSnapshot polled = source.refresh();
        assertEquals("poll", polled.transport());
        assertEquals(queries + 1, sim.requests().observationQueries(), "polling again: one query per refresh");
        assertSameLiveFigures(truthNow(), polled);

        sim.pushFaults().refuseChannels(0);
        scheduler.advance(Duration.ofSeconds(10), STEP); // the feed's back-off
        await("LIVE again", () -> source.pushState().isLive() && source.resyncPending());
        settle();
        scheduler.runDue();
        assertTrue(signals.get() > signalsBefore, "the fall-back and the return were signalled");
        BoardSnapshot back = source.refresh();
        assertEquals("push", back.transport());
        assertEquals("Live (push)", source.transportStatus());
        long after = sim.requests().observationQueries();
        second();
        assertEquals("push", source.refresh().transport());
        assertEquals(after, sim.requests().observationQueries(), "live again: no query per refresh");
    }

    @Test
    void theResyncAfterAReconnectHealsDroppedEvents() throws Exception {
        goLive();
        sim.pushFaults().dropEvents(1.0);
        BoardSnapshot frozen = source.refresh();
        for (int i = 0; i < 30; i++) {
            second();
        }
        BoardSnapshot stillFrozen = source.refresh();
        BoardSnapshot actual = truthNow();
        assertFalse(sameLiveFigures(actual, stillFrozen), "every event lost: the board missed changes");
        assertEquals(frozen.queues().get(0).waitingCalls(), stillFrozen.queues().get(0).waitingCalls());

        sim.pushFaults().dropEvents(0);
        int opened = source.feed().socketsOpened();
        sim.pushFaults().closeSocketsNow();
        await("reconnected", () -> source.feed().socketsOpened() == opened + 1 && source.pushState().isLive()
                && source.resyncPending());
        settle();
        long queries = sim.requests().observationQueries();
        BoardSnapshot healed = source.refresh();
        assertEquals(queries + 1, sim.requests().observationQueries(), "one resync query after the reconnect");
        assertSameLiveFigures(truthNow(), healed);
        // and the stream goes on from there
        for (int i = 0; i < 5; i++) {
            second();
        }
        second();
        assertSameLiveFigures(truthNow(), source.refresh());
    }

    @Test
    void aSourceClosedBeforeTheFeedStartsNeverOpensAChannel() throws Exception {
        source.refresh();
        source.close();
        scheduler.advance(Duration.ofSeconds(5), STEP);
        assertNull(source.feed());
        assertEquals(0, sim.channelCount(), "a one-look source (connection test) takes no channel");
    }

    @Test
    void changesAreSignalledAtMostOnceASecond() throws Exception {
        goLive();
        scheduler.runDue();
        int before = signals.get();
        // many events within one second of the test clock: at most one signal now, the rest after a second
        LockSupport.parkNanos(200_000_000);
        second();
        second();
        int during = signals.get() - before;
        assertTrue(during <= 3, "two seconds, at most one signal each (and one pending): " + during);
        assertNotEquals(0, during, "the changes were signalled");
    }
}
