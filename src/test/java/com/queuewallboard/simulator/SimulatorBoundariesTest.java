package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The simulator stands alone: no JavaFX, no client code, no console output, small files. */
class SimulatorBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/queuewallboard/simulator");

    @Test
    void importsNothingItMustNot() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : sources()) {
            for (String line : Files.readAllLines(file)) {
                String l = line.trim();
                if (l.startsWith("import ") && (l.contains("javafx") || l.contains("com.queuewallboard.genesys")
                        || l.contains("com.queuewallboard.cli") || l.contains("com.queuewallboard.ui"))) {
                    offences.add(file.getFileName() + ": " + l);
                }
                if (l.contains("System.out") || l.contains("System.err") || l.contains("printStackTrace")) {
                    offences.add(file.getFileName() + ": " + l);
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void filesStaySmall() throws IOException {
        for (Path file : sources()) {
            int lines = Files.readAllLines(file).size();
            assertTrue(lines <= 300, file.getFileName() + " has " + lines + " lines");
        }
    }

    @Test
    void glob() {
        assertTrue(QueuesEndpoint.glob("sup*").matcher("Support - Tier 1").matches());
        assertTrue(QueuesEndpoint.glob("*tier*").matcher("Support - Tier 2").matches());
        assertTrue(QueuesEndpoint.glob("a.b*").matcher("A.B queue").matches());
        assertTrue(!QueuesEndpoint.glob("a.b*").matcher("axb").matches(), "dots are literal");
    }

    @Test
    void dayCurveHasMorningPeakLunchDipAndQuietNight() {
        double night = DayCurve.share(3 * 3600);
        double peak = DayCurve.share(10 * 3600);
        double lunch = DayCurve.share(12.5 * 3600);
        double afternoon = DayCurve.share(14.5 * 3600);
        assertTrue(night < 0.1 && peak == 1.0 && lunch < afternoon && afternoon < peak);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
