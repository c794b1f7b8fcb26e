package com.queuewallboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The imports point one way, and the core runs without a toolkit (read from the sources). */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/com/queuewallboard");

    /** package -> packages of ours it must not import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "board", List.of("config", "genesys", "simulator", "cli", "ui", "connect", "javafx"),
            "config", List.of("genesys", "simulator", "cli", "ui", "connect", "javafx"),
            "genesys", List.of("simulator", "cli", "ui", "connect", "javafx"),
            "simulator", List.of("board", "config", "genesys", "cli", "ui", "connect", "javafx"),
            "cli", List.of("ui", "javafx"),
            "connect", List.of("ui", "cli", "javafx"),
            // infrastructure (paths, files, logging, version) is a leaf: it runs things, it configures nothing
            "app", List.of("board", "config", "genesys", "simulator", "cli", "ui", "connect", "javafx"),
            // the hub serves any BoardSource it is handed; it never talks to Genesys or draws itself
            "hub", List.of("genesys", "simulator", "ui", "connect", "javafx"));

    @Test
    void importsPointOneWay() throws IOException {
        StringBuilder violations = new StringBuilder();
        for (var entry : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(entry.getKey()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        if (!line.startsWith("import ")) continue;
                        for (String bad : entry.getValue()) {
                            String prefix = bad.equals("javafx") ? "javafx." : "com.queuewallboard." + bad + ".";
                            if (line.replace("import static ", "import ").startsWith("import " + prefix)) {
                                violations.append(f).append(": ").append(line).append('\n');
                            }
                        }
                    }
                }
            }
        }
        assertEquals("", violations.toString());
    }
}
