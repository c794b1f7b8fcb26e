package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffingCommandTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return StaffingCommand.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tableAroundTheAnswer() {
        StaffingTable table = StaffingTable.around(new Workload(100, Duration.ofMinutes(30), 180), ServiceLevelTarget.DEFAULT);
        assertEquals(14, table.agentsNeeded());
        assertEquals(List.of(11, 12, 13, 14, 15, 16, 17), table.rows().stream().map(StaffingPrediction::agents).toList());
        assertEquals(14, table.recommended().agents());
    }

    @Test
    void rowsNeverGoBelowTheSmallestStableCount() {
        // 0.05 Erlangs: 1 agent is enough, and 0 agents would never answer
        StaffingTable light = StaffingTable.around(new Workload(1, Duration.ofHours(1), 180), ServiceLevelTarget.DEFAULT);
        assertEquals(List.of(1, 2, 3, 4), light.rows().stream().map(StaffingPrediction::agents).toList());
        assertTrue(light.rows().stream().allMatch(StaffingPrediction::stable));
        StaffingTable none = StaffingTable.around(new Workload(0, Duration.ofHours(1), 180), ServiceLevelTarget.DEFAULT);
        assertEquals(0, none.agentsNeeded());
        assertEquals(List.of(0, 1, 2, 3), none.rows().stream().map(StaffingPrediction::agents).toList());
    }

    @Test
    void printsATextTableWithTheAnswerMarked() {
        assertEquals(0, run("--calls", "100", "--per", "30m", "--aht", "180", "--target", "80/20"));
        assertEquals("", err());
        String[] lines = out().split("\\R");
        assertEquals("100 calls per 30m, AHT 180 s, target 80/20: 10.00 Erlangs", lines[0]);
        assertTrue(lines[1].matches("Agents +Service level +ASA +Occupancy +P\\(wait\\)"), lines[1]);
        assertEquals(1 + 1 + 7 + 1, lines.length);
        assertTrue(lines[5].matches(" +14 +88\\.8% +7\\.8s +71\\.4% +17\\.4% +<- fewest meeting 80/20"), lines[5]);
        assertTrue(lines[4].matches(" +13 +79\\.6% +17\\.1s .*"), lines[4]);
        assertFalse(lines[4].contains("<-"));
        assertEquals("Agents needed: 14", lines[9]);
    }

    @Test
    void printsJson() throws Exception {
        assertEquals(0, run("--calls=100", "--per=1800s", "--aht=3m", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals(14, json.get("agentsNeeded").asInt());
        assertEquals(10.0, json.get("erlangs").asDouble(), 1e-9);
        assertEquals(1800.0, json.get("periodSeconds").asDouble());
        assertEquals(80, json.at("/target/percentage").asInt());
        JsonNode rows = json.get("rows");
        assertEquals(7, rows.size());
        JsonNode r14 = rows.get(3);
        assertEquals(14, r14.get("agents").asInt());
        assertEquals(0.8884, r14.get("serviceLevel").asDouble(), 1e-9);
        assertEquals(7.84, r14.get("asaSeconds").asDouble(), 1e-9);
        assertTrue(r14.get("recommended").asBoolean());
        assertTrue(r14.get("meetsTarget").asBoolean());
        assertFalse(rows.get(2).get("meetsTarget").asBoolean());
        assertEquals(1, out().trim().split("\\R").length, "one JSON document on one line");
    }

    @Test
    void badInputIsOneLineAndExitCode2() {
        String[][] cases = {
                {"--per", "30m", "--aht", "180"},
                {"--calls", "lots", "--aht", "180"},
                {"--calls", "-1", "--aht", "180"},
                {"--calls", "100", "--aht", "180", "--per", "30"},
                {"--calls", "100", "--aht", "180", "--target", "80"},
                {"--calls", "100", "--aht", "180", "--format", "xml"},
                {"--calls", "100", "--aht"},
                {"--calls", "100", "--aht", "180", "--agents", "3"},
                {"--calls", "100", "--calls", "5", "--aht", "180"},
                {"--calls", "NaN", "--aht", "180"},
                {"--calls", "1e12", "--aht", "3600"},
        };
        for (String[] args : cases) {
            outBytes.reset();
            errBytes.reset();
            assertEquals(2, run(args), String.join(" ", args));
            assertEquals("", out());
            String[] lines = err().split("\\R");
            assertEquals(1, lines.length, err());
            assertTrue(lines[0].startsWith("queue-wallboard staffing: "), lines[0]);
            assertFalse(lines[0].contains("Exception"), lines[0]);
        }
    }

    @Test
    void missingCallsSaysWhatToType() {
        run("--aht", "180");
        assertEquals("queue-wallboard staffing: --calls is missing, e.g. --calls 100. (see: queue-wallboard staffing --help)",
                err().strip());
    }

    @Test
    void helpGoesToStdout() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: queue-wallboard staffing"));
        assertEquals("", err());
    }
}
