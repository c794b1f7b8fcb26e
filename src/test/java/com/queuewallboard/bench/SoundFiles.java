package com.queuewallboard.bench;

import com.queuewallboard.insight.AlarmSounds;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated alarm sounds to target/sounds/ for listening and for measuring with sox
 * ({@code sox --i}, {@code sox FILE -n stat}).
 * Run: mvn -B -Pbench test-compile exec:exec -Dbench.main=com.queuewallboard.bench.SoundFiles
 */
public final class SoundFiles {
    private SoundFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/sounds"));
        Files.write(dir.resolve("warning.wav"), AlarmSounds.warningChime());
        Files.write(dir.resolve("alert.wav"), AlarmSounds.alertBeeps());
        System.out.println("wrote " + dir.toAbsolutePath().resolve("warning.wav") + " and alert.wav");
    }
}
