package com.queuewallboard.hub;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.history.ConnectionEvent;
import com.queuewallboard.history.HistoryConfig;
import com.queuewallboard.history.HistoryReader;
import com.queuewallboard.history.HistoryRecorder;
import com.queuewallboard.ui.Fixtures;
import com.queuewallboard.ui.ScriptedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hub records each refreshed snapshot and its connection changes in the history file. */
class HubHistoryTest {
    @TempDir
    Path dir;

    @Test
    void eachRefreshedSnapshotIsRecorded() throws Exception {
        Path file = dir.resolve("history.db");
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        ScriptedSource source = new ScriptedSource(true)
                .then(new BoardSnapshot(t, t, List.of(Fixtures.queue("q1", 1, 2)), List.of()))
                .thenFail(Problem.of(ProblemKind.NETWORK, "The service did not answer."))
                .then(new BoardSnapshot(t.plusSeconds(20), t.plusSeconds(20), List.of(Fixtures.queue("q1", 3, 2)), List.of()));
        HistoryRecorder recorder = HistoryRecorder.start(HistoryConfig.of(file));
        try (HubRefresher hub = new HubRefresher(source, ThresholdSettings.DEFAULT, "voice", new HubEvents(16, 0), Clock.systemUTC())
                .recordInto(recorder)) {
            hub.refreshOnce();
            hub.refreshOnce();
            hub.refreshOnce();
            recorder.flush(Duration.ofSeconds(10));
        }
        try (HistoryReader reader = HistoryReader.open(file)) {
            var rows = reader.refreshes(Instant.EPOCH, t.plusSeconds(3600));
            assertEquals(2, rows.size(), "the two good refreshes; the failed one is a connection event");
            assertEquals(3, reader.snapshot(rows.get(1)).queues().get(0).waitingCalls());
            assertEquals(List.of("connected", "failed", "recovered"),
                    reader.connectionEvents(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream().map(ConnectionEvent::kind).toList());
        }
    }
}
