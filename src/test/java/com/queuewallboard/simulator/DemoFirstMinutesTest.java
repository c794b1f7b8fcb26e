package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.queuewallboard.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Someone who starts the demo watches its first minutes: at real speed, from the busy hour the
 * demo shifts to, every 10 s some queue has more callers waiting than agents free (a red tile)
 * while most queues keep up. Counts what the default board shows: voice waiting against idle
 * agents. Deterministic: the model is stepped on a test clock, nobody sleeps.
 */
class DemoFirstMinutesTest {

    private static final ZoneId ZONE = ZoneId.of("UTC");

    @Test
    void theFirstTwoMinutesOfABusyHourShowAStrugglingQueueAndMostKeepingUp() {
        StringBuilder failures = new StringBuilder();
        for (LocalTime start : new LocalTime[] {LocalTime.of(10, 14), LocalTime.of(10, 30)}) {
            for (long seed : new long[] {42, 7}) {
                String run = check(start, seed);
                if (run != null) failures.append(run).append('\n');
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /** Null when every step is as it should be, else what the steps showed. */
    private static String check(LocalTime start, long seed) {
        MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 2).atTime(3, 37).atZone(ZONE).toInstant());
        ContactCentre centre = new ContactCentre(SimulatorOptions.builder().seed(seed).clock(clock).timeZone(ZONE)
                .simTime(SimTime.at(start)).build());
        int queues = centre.queues().size();
        StringBuilder steps = new StringBuilder();
        boolean ok = true;
        for (int step = 0; step <= 12; step++) {
            if (step > 0) clock.advance(Duration.ofSeconds(10));
            int struggling = centre.read(now -> {
                int n = 0;
                for (QueueModel q : centre.queues()) {
                    if (voiceWaiting(q) > idle(q)) n++;
                }
                return n;
            });
            steps.append(struggling).append(' ');
            ok &= struggling >= 1 && queues - struggling >= 0.6 * queues;
        }
        return ok ? null : "start " + start + " seed " + seed + ": queues with waiting > available per 10 s step: "
                + steps;
    }

    private static int voiceWaiting(QueueModel q) {
        int n = 0;
        for (MediaStream m : q.streams) {
            if (m.kind == MediaKind.VOICE) n += m.waiting.size();
        }
        return n;
    }

    private static int idle(QueueModel q) {
        int n = 0;
        for (Agent a : q.agents) {
            if (a.state == Agent.State.IDLE) n++;
        }
        return n;
    }
}
