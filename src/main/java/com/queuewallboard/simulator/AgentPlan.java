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
     * The team's shifts, as workforce planning would lay them to follow the day's calls (see
     * {@link DayCurve}): members sorted by rank in [0, 1) take the first shift whose upper rank
     * bound lies above theirs. Part-timers (4.5 h) cover the morning peak and leave before the
     * lunch dip; the late shift (the top {@code 1 - LATE_FROM}) starts between 13:00 and 14:00 and
     * covers the afternoon peak and the evening. Hours are for a queue whose first shift is at
     * {@link #FIRST_HOUR}; other queues move the whole table.
     */
    private static final double[] SHIFT_UPTO = {0.10, 0.20, 0.32, 0.40, 0.52, 0.59, 0.71, 0.83};
    private static final double[] SHIFT_START = {7, 7.5, 8, 8, 8.5, 8.5, 9, 9.5};
    private static final double[] SHIFT_HOURS = {8.5, 8.5, 4.5, 8.5, 8.5, 4.5, 8.5, 8.5};
    private static final double LATE_FROM = 0.83;
    private static final double LATE_START = 13;
    private static final double FULL_SHIFT = 8.5;
    private static final double FIRST_HOUR = 7;

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
            double rank = agentIndex == 0 ? 0.1 * offset
                    : agentIndex == members - 1 ? LATE_FROM + (1 - LATE_FROM) * offset
                    : (agentIndex + offset) / members;
            int shift = shift(rank);
            double shiftStart = shift < SHIFT_START.length ? SHIFT_START[shift]
                    : LATE_START + (rank - LATE_FROM) / (1 - LATE_FROM);
            double hours = shift < SHIFT_HOURS.length ? SHIFT_HOURS[shift] : FULL_SHIFT;
            long start = (long) ((profile.firstShiftHour() + shiftStart - FIRST_HOUR) * HOUR)
                    + (r.nextLong(16) - 5) * MINUTE;
            long end = Math.min(start + (long) (hours * HOUR), 24 * HOUR - 5 * MINUTE);
            add(steps, start, Presence.AVAILABLE);
            add(steps, start + (2 + r.nextLong(5)) * MINUTE, Presence.ON_QUEUE);
            if (r.nextDouble() < 0.05) {
                add(steps, start + 30 * MINUTE, Presence.TRAINING);
                add(steps, start + 75 * MINUTE, Presence.ON_QUEUE);
            }
            // the random draws happen whatever the shift's length, so a plan's other choices stay put
            offQueue(steps, end, start + 2 * HOUR + (r.nextLong(41) - 20) * MINUTE, 15, Presence.BREAK);
            if (r.nextDouble() < 0.2) {
                offQueue(steps, end, start + 3 * HOUR, 3 + r.nextLong(6), Presence.AWAY);
            }
            long meal = start + 4 * HOUR + (r.nextLong(61) - 30) * MINUTE;
            if (hours > 6) { // part-timers eat at home
                offQueue(steps, end, meal, 30, Presence.MEAL);
            }
            if (r.nextDouble() < 0.15) {
                offQueue(steps, end, start + 5 * HOUR + r.nextLong(31) * MINUTE, 30, Presence.MEETING);
            }
            offQueue(steps, end, start + 6 * HOUR + 30 * MINUTE + (r.nextLong(41) - 20) * MINUTE, 15, Presence.BREAK);
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

    /** Index into the shift table for {@code rank}; {@code SHIFT_UPTO.length} is the late shift. */
    private static int shift(double rank) {
        for (int i = 0; i < SHIFT_UPTO.length; i++) {
            if (rank < SHIFT_UPTO[i]) {
                return i;
            }
        }
        return SHIFT_UPTO.length;
    }

    /** Off queue for {@code minutes} from {@code from}, when that ends before the shift does. */
    private static void offQueue(List<long[]> steps, long shiftEnd, long from, long minutes, Presence presence) {
        long back = from + minutes * MINUTE;
        if (back < shiftEnd) {
            add(steps, from, presence);
            add(steps, back, Presence.ON_QUEUE);
        }
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
