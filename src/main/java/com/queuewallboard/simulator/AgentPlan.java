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
    /**
     * Shift start (local hour) by rank in the team, piecewise linear: most start early for the
     * morning peak, some mid-morning, the top {@code 1 - LATE_FROM} cover the afternoon and evening.
     */
    private static final double[] START_RANKS = {0, 0.25, 0.50, 0.66, 0.80, 0.80, 1};
    private static final double[] START_HOURS = {7, 7.5, 8.5, 9.5, 10.5, 12, 13};
    private static final double LATE_FROM = 0.80;

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
        // the team's first and last members anchor the early and the late shift: never off, so even a
        // small team (After Hours) has someone in whenever the phones are open
        int members = profile.joinedMembers(); // the rest never activated their membership
        boolean anchor = agentIndex == 0 || agentIndex == members - 1;
        boolean dayOff = r.nextDouble() < 0.08 && !anchor;
        if (!dayOff) {
            // shift starts follow the day's calls (workforce planning): members are spread evenly over
            // the start table from one offset per queue and day, people log in a little early or late
            double offset = new SplittableRandom(Ids.mix(seed, 0x5A1F7, queueIndex, epochDay)).nextDouble();
            double rank = agentIndex == 0 ? 0.15 * offset
                    : agentIndex == members - 1 ? LATE_FROM + (1 - LATE_FROM) * offset
                    : (agentIndex + offset) / members;
            double firstHour = profile.firstShiftHour() + startHour(rank) - START_HOURS[0];
            long start = (long) (firstHour * HOUR) + (r.nextLong(16) - 5) * MINUTE;
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

    private static double startHour(double rank) {
        for (int i = 1; i < START_RANKS.length; i++) {
            if (rank < START_RANKS[i]) {
                double f = (rank - START_RANKS[i - 1]) / (START_RANKS[i] - START_RANKS[i - 1]);
                return START_HOURS[i - 1] + f * (START_HOURS[i] - START_HOURS[i - 1]);
            }
        }
        return START_HOURS[START_HOURS.length - 1];
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
