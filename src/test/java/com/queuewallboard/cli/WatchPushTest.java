package com.queuewallboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.SettingsStore;
import com.queuewallboard.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --watch on push, end to end over the demo simulator's real sockets: a snapshot per pushed
 * change (never faster than one a second, by the injected clock), "transport" in the JSON,
 * --no-push and --watch-on interval keep the interval's rhythm. No real sleeping: the only real
 * waits are for the simulator's own events.
 */
class WatchPushTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final List<Duration> slept = new ArrayList<>();
    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(e, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = new CliApp(new HashMap<>(), dir, new SettingsStore(dir.resolve("home")),
                    new PrintStream(o, true, StandardCharsets.UTF_8), errStream, clock, d -> {
                        slept.add(d);
                        clock.advance(d);
                    }).run(CommandLine.parse(args));
        } catch (ConfigException bad) {
            errStream.println("queue-wallboard: " + bad.problem().message());
            code = 2;
        }
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static List<JsonNode> lines(String text) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (String line : text.strip().split("\n")) docs.add(new ObjectMapper().readTree(line));
        return docs;
    }

    @Test
    void watchOnChangePrintsASnapshotPerPushedChange() {
        // an hour's interval: every line after the first must have come from a push signal
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("--demo", "--speed", "20",
                "--sim-time", "10:30", "--no-history", "--watch", "--watch-on", "change", "--count", "4",
                "--interval", "3600", "--format", "json"));
        assertEquals(0, code, err);
        assertTrue(slept.stream().noneMatch(d -> d.toSeconds() > 1), "never waited out the interval: " + slept);
        assertTrue(slept.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(1)) <= 0), "gaps of at most 1 s: " + slept);
        List<JsonNode> docs = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> lines(out));
        assertEquals(4, docs.size(), out);
        assertEquals("poll", docs.get(0).get("transport").asText(), "the first look is a query");
        assertEquals("push", docs.get(3).get("transport").asText(), "then push: " + out);
        assertTrue(docs.get(3).get("demo").asBoolean());
        assertFalse(docs.get(3).get("queues").isEmpty());
        assertEquals("", err);
    }

    @Test
    void noPushPollsAndSaysSo() throws Exception {
        assertEquals(0, run("--demo", "--no-push", "--no-history", "--watch", "--count", "2", "--interval", "5",
                "--format", "json"), err);
        List<JsonNode> docs = lines(out);
        assertEquals(2, docs.size());
        for (JsonNode d : docs) assertEquals("poll", d.get("transport").asText());
        assertEquals(List.of(Duration.ofSeconds(5)), slept, "the interval's rhythm");
    }

    @Test
    void watchOnIntervalKeepsTheIntervalRhythmOnPush() throws Exception {
        assertEquals(0, run("--demo", "--no-history", "--watch", "--watch-on", "interval", "--count", "3",
                "--interval", "2", "--format", "json"), err);
        assertEquals(3, lines(out).size());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), slept);
    }

    @Test
    void onceTakesOneLookByQuery() throws Exception {
        assertEquals(0, run("--demo", "--once", "--format", "json"), err);
        assertEquals("poll", lines(out).get(0).get("transport").asText());
    }

    @Test
    void aBadWatchOnIsAUsageError() {
        assertEquals(2, run("--demo", "--watch", "--watch-on", "sometimes", "--count", "1"));
        assertEquals(1, err.strip().split("\n").length, err);
        assertTrue(err.contains("--watch-on must be change or interval, not 'sometimes'"), err);
        assertEquals("", out);
    }
}
