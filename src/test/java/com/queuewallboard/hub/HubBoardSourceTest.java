package com.queuewallboard.hub;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.cli.CliApp;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A screen following a real hub: same figures, hub down = "Hub unreachable", hub back = recovers by itself. */
class HubBoardSourceTest {
    @TempDir
    Path home;
    private HubFixture hub;
    private HubBoardSource screen;

    @AfterEach
    void stop() {
        if (screen != null) screen.close();
        if (hub != null) hub.close();
    }

    private HubBoardSource follow() throws Exception {
        HubTarget target = HubTarget.of(hub.base(), hub.key.value(), false);
        screen = new HubBoardSource(target, Clock.systemUTC(), Duration.ofMillis(50));
        return screen;
    }

    /** Waits for a network event (a stream opening or closing), never longer than 10 s. */
    private static void awaitState(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for: " + what);
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private BoardSnapshot hubsOwn() throws Exception {
        return SnapshotReader.read(hub.events.latest().json()).snapshot();
    }

    @Test
    void theScreenShowsTheHubsFiguresAndFollowsItsStream() throws Exception {
        hub = new HubFixture(home, HubConfig.loopback());
        HubBoardSource s = follow();
        assertEquals(hubsOwn(), s.refresh());
        assertTrue(s.isDemo());
        assertTrue(s.description().contains("via hub 127.0.0.1:"), s.description());
        assertEquals("ok", s.genesysState());
        awaitState(s::streaming, "the stream to open");
        hub.refresher.refreshOnce();
        long id = hub.events.latest().id();
        awaitState(() -> Long.valueOf(id).equals(s.lastEventId()), "event " + id);
        assertEquals(hubsOwn(), s.refresh());
        assertEquals(ThresholdSettings.DEFAULT.defaults(), s.thresholds().defaults());
        assertEquals("Team huddle at 3", s.settings().teamMessage());
    }

    @Test
    void aStoppedHubIsUnreachableAndARestartedOneIsFollowedAgainByItself() throws Exception {
        hub = new HubFixture(home, HubConfig.loopback());
        HubBoardSource s = follow();
        awaitState(s::streaming, "the stream to open");
        hub.server.close();
        awaitState(() -> !s.streaming(), "the stream to drop");
        SourceException down = assertThrows(SourceException.class, s::refresh);
        assertEquals(ProblemKind.NETWORK, down.problem().kind());
        assertTrue(down.problem().message().startsWith("Hub unreachable: "), down.problem().message());
        assertFalse(down.problem().message().contains(hub.key.value()));

        hub.refresher.refreshOnce();
        hub.startServer();
        assertEquals(hubsOwn(), s.refresh());   // polled at once
        awaitState(s::streaming, "the stream to reopen");
        hub.refresher.refreshOnce();
        long id = hub.events.latest().id();
        awaitState(() -> Long.valueOf(id).equals(s.lastEventId()), "event " + id + " after the restart");
    }

    @Test
    void theHubsGenesysTroubleIsAnotherStateThanTheHubBeingUnreachable() throws Exception {
        hub = new HubFixture(home, HubConfig.loopback());
        HubBoardSource s = follow();
        awaitState(s::streaming, "the stream to open");
        hub.simulator.faults().errorRate(1.0);
        hub.refresher.refreshOnce();
        long id = hub.events.latest().id();
        awaitState(() -> Long.valueOf(id).equals(s.lastEventId()), "the retrying event");
        BoardSnapshot snap = s.refresh();   // the hub answers: no exception
        assertEquals("retrying", s.genesysState());
        assertEquals(snap.queues().size(), snap.staleQueueIds().size());
        assertTrue(snap.problems().get(0).message().startsWith("Genesys: retrying."));
    }

    @Test
    void aWrongKeyIsAccessRefused() throws Exception {
        hub = new HubFixture(home, HubConfig.loopback());
        screen = new HubBoardSource(HubTarget.of(hub.base(), "wrong-key", false), Clock.systemUTC(), Duration.ofMillis(50));
        SourceException e = assertThrows(SourceException.class, screen::refresh);
        assertEquals(ProblemKind.AUTHENTICATION, e.problem().kind());
        assertTrue(e.problem().message().startsWith("Access refused by the hub"));
        assertTrue(screen.accessRefused());
    }

    @Test
    void theCliFollowsAHubWithoutGenesysCredentials() throws Exception {
        hub = new HubFixture(home, HubConfig.loopback());
        Path keyFile = Files.writeString(home.resolve("viewer.key"), hub.key.value() + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliApp cli = new CliApp(Map.of(), home, new SettingsStore(home.resolve("screen")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = cli.run(CommandLine.parse("--once", "--format", "json", "--hub", hub.base(), "--hub-key-file", keyFile.toString()));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        var printedQueues = HubJson.MAPPER.readTree(printed).get("queues");
        assertEquals(HubJson.MAPPER.readTree(hub.events.latest().json()).get("queues"), printedQueues);

        String base = hub.base();
        hub.server.close();
        err.reset();
        code = cli.run(CommandLine.parse("--once", "--hub", base, "--hub-key-file", keyFile.toString()));
        assertEquals(5, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Hub unreachable"), err.toString(StandardCharsets.UTF_8));
    }
}
