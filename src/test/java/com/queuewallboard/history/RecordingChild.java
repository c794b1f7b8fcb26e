package com.queuewallboard.history;

import com.queuewallboard.board.ThresholdSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A process that records until it is killed (for {@link KillDuringRecordingTest}): after every
 * flush it prints how many refreshes are committed, so the test knows what must survive.
 */
public final class RecordingChild {
    public static void main(String[] args) throws Exception {
        HistoryRecorder r = HistoryRecorder.start(HistoryConfig.of(Path.of(args[0])));
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        for (int i = 1; ; i++) {
            r.record(BadFilesTest.snapshot(t.plusSeconds(10L * i), 100), ThresholdSettings.DEFAULT, "DEMO", true);
            if (i % 10 == 0) {
                if (!r.flush(Duration.ofSeconds(30)) || !r.status().on()) {
                    System.out.println("failed " + r.status().text());
                    System.exit(3);
                }
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
