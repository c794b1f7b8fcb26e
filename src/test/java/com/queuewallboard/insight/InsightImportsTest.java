package com.queuewallboard.insight;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** insight is toolkit-free core: it may use board and the JDK/Jackson, nothing of the UI, HTTP or the rest. */
class InsightImportsTest {
    private static final List<String> FORBIDDEN = List.of("javafx.", "java.net.http", "org.apache.hc.",
            "com.queuewallboard.ui.", "com.queuewallboard.cli.", "com.queuewallboard.config.",
            "com.queuewallboard.genesys.", "com.queuewallboard.simulator.", "com.queuewallboard.connect.", "java.awt", "javax.sound");

    @Test
    void importsOnlyTheCore() throws IOException {
        StringBuilder violations = new StringBuilder();
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/com/queuewallboard/insight"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                for (String line : Files.readAllLines(f)) {
                    String l = line.strip().replace("import static ", "import ");
                    if (l.startsWith("*") || l.startsWith("//") || l.startsWith("/*")) continue;   // prose may name them
                    for (String bad : FORBIDDEN) {
                        if (l.startsWith("import " + bad) || (!l.startsWith("import") && l.contains(bad))) {
                            violations.append(f.getFileName()).append(": ").append(line.strip()).append('\n');
                        }
                    }
                }
            }
        }
        assertTrue(files > 10, "found the sources");
        assertEquals("", violations.toString());
    }
}
