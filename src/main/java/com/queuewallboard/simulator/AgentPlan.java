package com.queuewallboard.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One agent's schedule for one local day: when they log in, go on queue, take their breaks and
 * lunch, sit in a meeting, log out. Drawn from a generator seeded by (seed, queue, agent, day)
 * so a day's plan never depends on what happened before it.
 */
final class AgentPlan {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;

    private final long[] starts;
    private final Presence[] activities; // null = logged out
    private final long dayEnd;

    private AgentPlan(long[] starts, Presence[] activities, long dayEnd) {
        this.starts = starts;
        this.activities = activities;
        this.dayEnd = dayEnd;
    }

    static AgentPlan forDay(long seed, int queueIndex, int agentIndex, long epochDay, long dayStart, long dayEnd,
                            QueueProfile profile) {
        SplittableRandom r = new SplittableRandom(Ids.mix(seed, 0xA9E47, queueIndex, agentIndex, epochDay));
        List<long[]> steps = new ArrayList<>(); // {offset ms, presence ordinal or -1}
        steps.add(new long[] {0, -1});
        boolean dayOff = r.nextDouble() < 0.08;
        if (!dayOff) {
            // shifts start on the quarter hour within the queue's window, people log in a little early or late
            // about a third work the late shift, so the evening is staffed too
            long quarters = Math.round(profile.shiftSpreadHours() * 4);
            double firstHour = profile.firstShiftHour() + (r.nextDouble() < 0.3 ? profile.shiftSpreadHours() + 3 : 0);
            long start = (long) (firstHour * HOUR) + r.nextLong(quarters + 1) * 15 * MINUTE
                    + (r.nextLong(16) - 5) * MINUTE;
            long end = Math.min(start + 8 * HOUR + 30 * MINUTE, 24 * HOUR - 5 * MINUTE);
            add(steps, start, Presence.AVAILABLE);
            add(steps, start + (2 + r.nextLong(5)) * MINUTE, Presence.ON_QUEUE);
            if (r.nextDouble() < 0.05) {
                add(steps, start + 30 * MINUTE, Presence.TRAINING);
                add(steps, start + 75 * MINUTE, Presence.ON_QUEUE);
            }
            offQueue(steps, start + 2 * HOUR + (r.nextLong(41) - 20) * MINUTE, 15, Presence.BREAK);
            if (r.nextDouble() < 0.2) {
                offQueue(steps, start + 3 * HOUR, 3 + r.nextLong(6), Presence.AWAY);
            }
            offQueue(steps, start + 4 * HOUR + (r.nextLong(61) - 30) * MINUTE, 30, Presence.MEAL);
            if (r.nextDouble() < 0.15) {
                offQueue(steps, start + 5 * HOUR + r.nextLong(31) * MINUTE, 30, Presence.MEETING);
            }
            offQueue(steps, start + 6 * HOUR + 30 * MINUTE + (r.nextLong(41) - 20) * MINUTE, 15, Presence.BREAK);
            steps.add(new long[] {end, -1});
        }
        long[] starts = new long[steps.size()];
        Presence[] activities = new Presence[steps.size()];
        for (int i = 0; i < starts.length; i++) {
            // clamp into the day: a DST day can be shorter than the shift arithmetic assumes
            starts[i] = Math.min(dayStart + steps.get(i)[0], dayEnd - 1);
            int ordinal = (int) steps.get(i)[1];
            activities[i] = ordinal < 0 ? null : Presence.values()[ordinal];
        }
        return new AgentPlan(starts, activities, dayEnd);
    }

    private static void offQueue(List<long[]> steps, long from, long minutes, Presence presence) {
        add(steps, from, presence);
        add(steps, from + minutes * MINUTE, Presence.ON_QUEUE);
    }

    private static void add(List<long[]> steps, long at, Presence presence) {
        steps.add(new long[] {at, presence.ordinal()});
    }

    int size() {
        return starts.length;
    }

    /** Planned activity of segment {@code index}; null = logged out. */
    Presence activity(int index) {
        return activities[index];
    }

    /** When segment {@code index} ends: the next segment's start, or the end of the day. */
    long end(int index) {
        return index + 1 < starts.length ? starts[index + 1] : dayEnd;
    }
}
