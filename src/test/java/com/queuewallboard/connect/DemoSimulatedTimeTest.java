package com.queuewallboard.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.config.Settings;
import com.queuewallboard.simulator.SimTime;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The demo through the real client: a shifted day is stamped on every snapshot, and the waits
 * the client works out from the simulator's epoch timestamps are the model's waits.
 */
class DemoSimulatedTimeTest {

    @Test
    void shiftedDemoStampsSnapshotsAndKeepsWaitsTrue() throws Exception {
        DemoOptions demo = new DemoOptions(42, 1.0, 0, 0, 0, SimTime.at(LocalTime.of(10, 30)));
        try (BoardSource source = demo.open(Settings.defaults())) {
            BoardSnapshot snapshot = source.refresh();
            LocalTime at = snapshot.simulatedTime();
            assertTrue(at != null && Duration.between(LocalTime.of(10, 30), at).abs().toSeconds() < 120, "stamped: " + at);
            assertTrue(source.isDemo());
            int live = 0;
            long busy = 0;
            for (QueueFigures q : snapshot.queues()) {
                live += q.hasLiveData() ? 1 : 0;
                busy += q.inProgressCalls() + q.waitingCalls();
                assertTrue(q.longestWaitSeconds() >= 0 && q.longestWaitSeconds() < 3_600,
                        q.queueName() + " waits " + q.longestWaitSeconds() + " s: read from a model-time epoch");
            }
            assertEquals(snapshot.queues().size(), live, "every queue has data, quiet ones too (zero groups present)");
            assertTrue(busy > 20, "10:30 is a busy hour, whatever the real clock says: " + busy);
            assertTrue(snapshot.queues().stream().anyMatch(q -> q.today() != null && q.today().offered() > 50),
                    "today's totals are the shifted model's day, asked with the real clock's today");
        }
    }

    @Test
    void realTimeDemoIsNotStamped() throws Exception {
        DemoOptions demo = new DemoOptions(42, 1.0, 0, 0, 0, SimTime.REAL);
        try (BoardSource source = demo.open(Settings.defaults())) {
            assertNull(source.refresh().simulatedTime());
        }
    }
}
