package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.queuewallboard.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Someone who starts the demo watches its first minutes: at real speed, from whatever hour the
 * demo starts at (08:30 to 17:30, several seeds), every 10 s for two minutes. Counts what the
 * default board shows red: more voice callers waiting than agents idle. What the board must show
 * over all those runs: a red tile in at least {@value #MIN_LOOKS_WITH_RED} of the looks, a red
 * tile at some look in at least {@value #MIN_RUNS_WITH_RED} of the runs, and in every look at
 * most {@value #MAX_RED_SHARE} of the queues red (most keep up). Not "every run": a centre does
 * have quiet minutes, and which minutes those are depends on the seed. Deterministic: the model
 * is stepped on a test clock, nobody sleeps.
 */
class DemoFirstMinutesTest {

    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final int STEPS = 13; // 0 s, 10 s, ... 120 s
    private static final double MIN_LOOKS_WITH_RED = 0.5;
    private static final double MIN_RUNS_WITH_RED = 0.8;
    private static final double MAX_RED_SHARE = 0.4;
    private static final LocalTime[] STARTS = {LocalTime.of(8, 30), LocalTime.of(10, 14), LocalTime.of(10, 30),
        LocalTime.of(13, 0), LocalTime.of(15, 45), LocalTime.of(17, 30)};
    private static final long[] SEEDS = {1, 7, 42, 1234};

    @Test
    void theFirstTwoMinutesAtAnyOpeningHourMostlyShowAStrugglingQueueAndMostKeepingUp() {
        StringBuilder runs = new StringBuilder();
        int looks = 0;
        int looksWithRed = 0;
        int runsWithRed = 0;
        int mostRed = 0;
        int queues = 0;
        for (LocalTime start : STARTS) {
            for (long seed : SEEDS) {
                int[] red = redPerLook(start, seed);
                queues = red[STEPS];
                boolean any = false;
                runs.append("start ").append(start).append(" seed ").append(seed).append(':');
                for (int step = 0; step < STEPS; step++) {
                    runs.append(' ').append(red[step]);
                    looks++;
                    if (red[step] > 0) looksWithRed++;
                    any |= red[step] > 0;
                    mostRed = Math.max(mostRed, red[step]);
                }
                if (any) runsWithRed++;
                runs.append('\n');
            }
        }
        int runCount = STARTS.length * SEEDS.length;
        String why = String.format("looks with a red queue %d/%d, runs with one %d/%d, most red at once %d of %d%n"
                + "queues red (voice waiting > idle) per 10 s look:%n%s", looksWithRed, looks, runsWithRed, runCount,
                mostRed, queues, runs);
        assertTrue(looksWithRed >= MIN_LOOKS_WITH_RED * looks, "a struggling queue in most looks\n" + why);
        assertTrue(runsWithRed >= MIN_RUNS_WITH_RED * runCount, "a struggling queue in nearly every run\n" + why);
        assertTrue(mostRed <= MAX_RED_SHARE * queues, "most queues keep up in every look\n" + why);
    }

    /** Queues red at each look of one run; the last element is the number of queues. */
    private static int[] redPerLook(LocalTime start, long seed) {
        MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 2).atTime(3, 37).atZone(ZONE).toInstant());
        ContactCentre centre = new ContactCentre(SimulatorOptions.builder().seed(seed).clock(clock).timeZone(ZONE)
                .simTime(SimTime.at(start)).build());
        int[] red = new int[STEPS + 1];
        red[STEPS] = centre.queues().size();
        for (int step = 0; step < STEPS; step++) {
            if (step > 0) clock.advance(Duration.ofSeconds(10));
            red[step] = centre.read(now -> {
                int n = 0;
                for (QueueModel q : centre.queues()) {
                    if (voiceWaiting(q) > idle(q)) n++;
                }
                return n;
            });
        }
        return red;
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
