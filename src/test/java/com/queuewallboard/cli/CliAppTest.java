package com.queuewallboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.app.AppVersion;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Option;
import com.queuewallboard.testing.MutableClock;
import com.queuewallboard.config.SettingsStore;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimulatorOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI end to end against the simulator on a real socket: output, schema and exit codes. */
class CliAppTest {
    @TempDir
    Path dir;
    private GenesysSimulator sim;
    private final Map<String, String> env = new HashMap<>();
    private String out;
    private String err;

    @BeforeEach
    void start() throws Exception {
        sim = GenesysSimulator.start(SimulatorOptions.builder().seed(7).build());
        env.put("GENESYS_CLIENT_ID", sim.clientId());
        env.put("GENESYS_CLIENT_SECRET", sim.clientSecret());
        env.put("GENESYS_BASE_URL", sim.baseUrl().toString());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** The clock --watch reads; the sleeper moves it instead of sleeping. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final List<Duration> slept = new ArrayList<>();

    private CliApp app(PrintStream o, PrintStream e) {
        return new CliApp(env, dir, new SettingsStore(dir.resolve("home")), o, e, clock, d -> {
            slept.add(d);
            clock.advance(d);
        });
    }

    /** As the launcher does it: a command line that does not parse is exit code 2. */
    private int run(String... args) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(e, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = app(new PrintStream(o, true, StandardCharsets.UTF_8), errStream).run(CommandLine.parse(args));
        } catch (ConfigException bad) {
            errStream.println("queue-wallboard: " + bad.problem().message());
            code = 2;
        }
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void onceAsJsonHasTheDocumentedSchema() throws Exception {
        assertEquals(0, run("--once", "--format", "json", "--queues", "Sales,Billing"), err);
        JsonNode doc = new ObjectMapper().readTree(out);
        assertTrue(doc.has("asOf") && doc.has("errors") && doc.has("queues"));
        assertFalse(doc.get("demo").asBoolean(), "talking to a base URL, not demo mode");
        assertEquals(2, doc.get("queues").size());
        JsonNode q = doc.get("queues").get(0);
        assertEquals("Sales", q.get("queueName").asText());
        for (String field : new String[]{"queueId", "waitingCalls", "availableAgents", "inProgressCalls", "abandonedCalls",
                "longestWaitSeconds", "serviceLevel", "offeredCalls", "alertLevel", "status"}) {
            assertTrue(q.has(field), field);
        }
        assertTrue(q.get("waitingCalls").isInt());
        assertEquals("", err);
    }

    @Test
    void onceAsJsonAgainstTheDemoHasTargetsRecentServiceLevelAndTheForecastForEveryQueueWithData() throws Exception {
        env.clear();
        assertEquals(0, run("--once", "--format", "json"), err);
        JsonNode doc = new ObjectMapper().readTree(out);
        assertTrue(doc.get("alarms").isArray(), out);
        Set<Double> targets = new java.util.HashSet<>();
        int forecasts = 0;
        for (JsonNode q : doc.get("queues")) {
            if (!q.get("status").asText().equals("ok")) continue;
            String name = q.get("queueName").asText();
            for (String field : new String[]{"serviceLevelTarget", "serviceLevelTargetSeconds", "intervalServiceLevel",
                    "agentsNeeded", "staffingGap", "predictedServiceLevel", "predictedAsaSeconds", "staffingNote"}) {
                assertTrue(q.has(field), name + " has " + field);
            }
            double target = q.get("serviceLevelTarget").asDouble();
            assertTrue(target > 0 && target < 1, name + ": a fraction, like serviceLevel");
            assertTrue(q.get("serviceLevelTargetSeconds").isInt(), name);
            targets.add(target);
            if (q.get("agentsNeeded").isInt()) {
                forecasts++;
                assertEquals(q.get("agentsNeeded").asInt() - q.get("agentsOnQueue").asInt(), q.get("staffingGap").asInt(), name);
                double predicted = q.get("predictedServiceLevel").asDouble();
                assertTrue(predicted >= 0 && predicted <= 1, name);
            } else {
                assertTrue(q.get("staffingNote").isTextual(), name + ": no forecast says why: " + q);
                assertTrue(q.get("staffingGap").isNull() && q.get("predictedServiceLevel").isNull(), name);
            }
            if (name.equals("Email Care")) {
                assertEquals(0.8, target, "no voice target on an email queue: the default 80/20 for the board's voice");
            }
        }
        assertTrue(targets.size() >= 3, "each queue's own target from Genesys: " + targets);
        assertTrue(forecasts >= 3, "busy voice queues have a forecast: " + out);
    }

    @Test
    void watchJsonCarriesTheActiveAlarms() throws Exception {
        assertEquals(0, run("--watch", "--count", "2", "--interval", "2", "--format", "json", "--queues", "Sales,Billing",
                "--warn-waiting", "0", "--no-history", "--no-push"), err);   // polling: the second print is one interval on
        String[] lines = out.strip().split("\n");
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        JsonNode alarm = second.get("alarms").get(0);
        assertTrue(second.get("alarms").size() >= 2, "every queue is at its (zero) warning level: " + lines[1]);
        for (String field : new String[]{"queueId", "queueName", "reason", "level", "raisedAt", "ageSeconds", "acknowledged"}) {
            assertTrue(alarm.has(field), field);
        }
        JsonNode waitingAlarm = null;
        for (JsonNode a : second.get("alarms")) {
            if (a.get("queueName").asText().equals("Sales") && a.get("reason").asText().equals("waiting")) waitingAlarm = a;
        }
        assertTrue(waitingAlarm != null, lines[1]);
        assertTrue(List.of("WARNING", "ALERT").contains(waitingAlarm.get("level").asText()));
        assertEquals("2026-11-26T10:00:00Z", waitingAlarm.get("raisedAt").asText(), "raised by the first refresh");
        assertEquals(2, waitingAlarm.get("ageSeconds").asInt(), "aged by the interval");
        assertFalse(waitingAlarm.get("acknowledged").asBoolean());
        assertEquals(0, first.get("alarms").get(0).get("ageSeconds").asInt());
    }

    @Test
    void chatOnTheBoardHasNoErlangCForecast() throws Exception {
        env.clear();
        assertEquals(0, run("--once", "--format", "json", "--media", "chat", "--queues", "Chat Support"), err);
        JsonNode q = new ObjectMapper().readTree(out).get("queues").get(0);
        assertTrue(q.get("staffingNote").asText().startsWith("n/a"), q.toString());
        assertTrue(q.get("agentsNeeded").isNull(), q.toString());
        assertEquals(60, q.get("serviceLevelTargetSeconds").asInt(), "Chat Support's chat target, 80/60");
    }

    @Test
    void tableShowsServiceLevelAgainstTargetAndTheNeedColumn() throws Exception {
        assertEquals(0, run("--once", "--queues", "VIP Line", "--sl-target", "85/15"));
        assertTrue(out.contains("SL/target") && out.contains("Need") && out.contains("SL 30m"), out);
        assertTrue(Pattern.compile("VIP Line .*(\\d+%|-)/85 ").matcher(out).find(), "the flag's target wins: " + out);
        assertEquals(0, run("--once", "--format", "json", "--queues", "VIP Line"));
        assertEquals(0.9, new ObjectMapper().readTree(out).get("queues").get(0).get("serviceLevelTarget").asDouble(),
                "without the flag, the queue's own 90/20 from Genesys");
    }

    @Test
    void tableAndCsvPrintEveryQueue() throws Exception {
        assertEquals(0, run("--once", "--queues", "Sales"));
        assertTrue(out.contains("Sales") && out.contains("Waiting"), out);
        assertEquals(0, run("--once", "--format", "csv", "--queues", "Sales,Billing"));
        assertEquals(3, out.strip().split("\n").length, out);
        assertTrue(out.startsWith("asOf,queueId,queueName"));
        String header = out.strip().split("\n")[0];
        assertTrue(header.endsWith(",averageHandleSeconds,serviceLevelTarget,serviceLevelTargetSeconds,intervalServiceLevel,"
                + "agentsNeeded,staffingGap,predictedServiceLevel,predictedAsaSeconds,staffingNote,source"), header);
        String[] row = out.strip().split("\n")[1].split(",", -1);
        assertEquals(header.split(",").length, row.length, "one cell per column");
        assertEquals("0.8", row[21], "Sales' target 80/20 from Genesys");
        assertEquals("20", row[22]);
    }

    @Test
    void watchPrintsOneJsonLinePerRefresh() throws Exception {
        assertEquals(0, run("--watch", "--no-push", "--count", "2", "--interval", "2", "--format", "json", "--queues", "Sales"));
        assertEquals(2, out.strip().split("\n").length);
        assertEquals(List.of(Duration.ofSeconds(2)), slept, "one wait, start to start");
    }

    @Test
    void listQueuesPrintsEveryQueue() throws Exception {
        assertEquals(0, run("--list-queues"));
        assertEquals(sim.queues().size(), out.strip().split("\n").length);
    }

    @Test
    void wrongSecretExits3AndNeverPrintsIt() throws Exception {
        env.put("GENESYS_CLIENT_SECRET", "wrong-secret-123");
        assertEquals(3, run("--once"));
        assertTrue(err.contains("Login refused"), err);
        assertFalse((out + err).contains("wrong-secret-123"));
        assertEquals(1, err.strip().split("\n").length, "one line: " + err);
    }

    @Test
    void missingPermissionExits4AndNamesIt() throws Exception {
        sim.faults().missingPermission("analytics:queueObservation:view");
        assertEquals(4, run("--once", "--queues", "Sales"));
        assertTrue(err.contains("analytics:queueObservation:view"), err);
    }

    @Test
    void serviceErrorsExit5() throws Exception {
        sim.faults().errorRate(1.0);
        assertEquals(5, run("--once", "--queues", "Sales"));
        assertTrue(err.startsWith("queue-wallboard: "), err);
    }

    @Test
    void unknownQueueIdExits6WithOtherQueuesStillShown() throws Exception {
        String unknown = "00000000-0000-4000-8000-000000000000";
        assertEquals(6, run("--once", "--format", "json", "--queues", "Sales," + unknown));
        JsonNode doc = new ObjectMapper().readTree(out);
        assertEquals(1, doc.get("queues").size());
        assertTrue(doc.get("errors").get(0).get("message").asText().contains(unknown));
    }

    @Test
    void queueTheOrgForgotIsReported() throws Exception {
        String sales = sim.queues().stream().filter(q -> q.name().equals("Sales")).findFirst().orElseThrow().id();
        sim.faults().unknownQueues(Set.of(sales));
        assertEquals(6, run("--once", "--queues", sales));
        assertTrue(err.contains(sales), err);
    }

    @Test
    void partialProblemsAreSaidOnStderrInEveryFormat() throws Exception {
        String unknown = "00000000-0000-4000-8000-000000000000";
        assertEquals(6, run("--once", "--queues", "Sales," + unknown));
        assertTrue(out.contains("Sales"), out);
        assertTrue(err.contains(unknown), err);
        assertEquals(1, err.strip().split("\n").length, "one line per problem: " + err);
    }

    @Test
    void watchPrintsAStaleSnapshotForAFailedRefreshAndKeepsGoing() throws Exception {
        sim.faults().requestsPerMinute(0);
        // the second refresh fails as a whole: the fault goes on when the first line is out, off after the second
        int[] lines = {0};
        ByteArrayOutputStream o = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                for (int i = off; i < off + len; i++) {
                    if (b[i] != '\n') continue;
                    lines[0]++;
                    if (lines[0] == 1) sim.faults().missingPermission("analytics:queueObservation:view");
                    if (lines[0] == 2) sim.faults().reset();
                }
            }
        };
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = app(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(CommandLine.parse("--watch", "--no-push", "--count", "3", "--interval", "2", "--format", "json", "--queues", "Sales"));
        String[] printed = o.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(3, printed.length);
        JsonNode failed = new ObjectMapper().readTree(printed[1]);
        assertEquals("stale", failed.get("queues").get(0).get("status").asText());
        assertEquals("PERMISSION", failed.get("errors").get(0).get("kind").asText());
        assertEquals("ok", new ObjectMapper().readTree(printed[2]).get("queues").get(0).get("status").asText(), "recovered");
        assertEquals(4, code, "the worst problem of the run");
    }

    @Test
    void csvSaysWhereTheFiguresCameFrom() throws Exception {
        env.clear();
        assertEquals(0, run("--once", "--format", "csv", "--queues", "Sales"));
        assertTrue(out.strip().split("\n")[1].endsWith(",DEMO"), out);
    }

    @Test
    void usageErrorsExit2() throws Exception {
        assertEquals(2, run("--once", "--format", "xml"));
        assertTrue(err.contains("--format must be table, json or csv"), err);
        assertEquals(2, run("--once", "--queues", "1b2c3d4e-0000-4000-8000-12345678"));
        assertEquals(2, run("--once", "--queues", "1b2c3d4e-0000-4000-8000-12345678901Z"));
    }

    @Test
    void rateLimitIsRidenOut() throws Exception {
        sim.faults().rateLimitNext(1, 1);
        long t0 = System.nanoTime();
        assertEquals(0, run("--once", "--queues", "Sales"), err);
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() >= 1000, "waited for Retry-After");
    }

    @Test
    void demoModeSaysDemo() throws Exception {
        env.clear();
        assertEquals(0, run("--once", "--queues", "Sales"));
        assertTrue(out.contains("DEMO"), out);
    }

    @Test
    void helpDocumentsExitCodesAndVariables() throws Exception {
        assertEquals(0, run("--help"));
        assertTrue(out.contains("GENESYS_CLIENT_SECRET") && out.contains("eu_west_1") && out.contains("130"));
    }

    @Test
    void watchStopsWith141WhenItsReaderGoes() throws Exception {
        // like `--watch | head -n 2`: the pipe breaks after two lines; without a --count this would run forever
        int[] lines = {0};
        OutputStream pipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (lines[0] >= 2) throw new IOException("Broken pipe");
                if (b == '\n') lines[0]++;
            }
        };
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = app(new PrintStream(pipe, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(CommandLine.parse("--watch", "--no-push", "--format", "json", "--queues", "Sales"));
        assertEquals(141, code);
        assertEquals(2, slept.size(), "stopped at the first write that failed");
        assertEquals("", e.toString(StandardCharsets.UTF_8), "a closed pipe is not an error to report");
    }

    @Test
    void watchSaysAProblemOnceNotAtEveryRefresh() throws Exception {
        String unknown = "00000000-0000-4000-8000-000000000000";
        assertEquals(6, run("--watch", "--no-push", "--count", "3", "--format", "json", "--queues", "Sales," + unknown));
        assertEquals(3, out.strip().split("\n").length);
        assertEquals(1, err.strip().split("\n").length, "said once while it stays the same: " + err);
        assertTrue(err.contains(unknown), err);
    }

    @Test
    void versionIsTheBuildsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>queue-wallboard</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find());
        assertEquals(0, run("--version"));
        assertEquals("Queue Wallboard " + m.group(1), out.strip());
        assertEquals(m.group(1), AppVersion.current());
    }

    @Test
    void helpIsMadeFromTheOptionTable() throws Exception {
        assertEquals(0, run("-h"));
        for (Option o : Option.values()) assertTrue(out.contains("  " + o.flag()), o.flag());
        assertTrue(out.contains("--interval S") && out.contains("live refresh, seconds (2 to 3600, default 10)"), out);
        assertTrue(out.contains("141"), "the closed-output exit code is documented");
        assertTrue(out.contains("--sim-time VALUE"), out);
    }

    @Test
    void aSecretFileThatCannotBeOneIsExit2WithoutAStackTrace() throws Exception {
        Path big = Files.write(dir.resolve("big"), new byte[10_000_000]);
        assertEquals(2, run("--once", "--client-secret-file", big.toString()));
        assertTrue(err.contains("too large to be a client secret"), err);
        assertEquals(1, err.strip().split("\n").length, err);
        assertEquals(2, run("--once", "--client-secret-file", "/dev/zero"));
        assertTrue(err.contains("not a regular file"), err);
    }

    @Test
    void anErrorIsOneLineToo() {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream exploding = new PrintStream(new ByteArrayOutputStream()) {
            @Override
            public void print(String s) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        int code = app(exploding, new PrintStream(e, true, StandardCharsets.UTF_8)).run(parsed("--help"));
        assertEquals(1, code);
        String said = e.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("queue-wallboard: unexpected error (OutOfMemoryError)"), said);
        assertFalse(said.contains("\tat "), "no stack trace: " + said);
    }

    private static CommandLine parsed(String... args) {
        try {
            return CommandLine.parse(args);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }
}
