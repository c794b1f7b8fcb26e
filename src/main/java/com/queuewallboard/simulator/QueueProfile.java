package com.queuewallboard.simulator;

import java.util.List;

/**
 * The shape of one simulated queue: what it takes, how big its team is, how busy it gets.
 *
 * @param name             display name
 * @param media            media it takes, each with its peak arrivals per hour
 * @param members          queue members (some never join, some are off that day)
 * @param handleSeconds    mean talk time on voice (other media scale it)
 * @param wrapSeconds      mean after-call work
 * @param firstShiftHour   earliest shift start (local hour); the team's shifts follow the day's
 *                         calls from there (see {@code AgentPlan})
 * @param specialistShare  share of contacts that only a specialist (every fourth member) may
 *                         take: they wait while generalists sit idle, as with skills routing
 */
record QueueProfile(String name, List<Stream> media, int members, int handleSeconds, int wrapSeconds,
                    double firstShiftHour, double specialistShare) {

    /**
     * One medium of a queue: its arrivals per hour at the daily peak and its service-level
     * target (share answered within {@code serviceSeconds}), as served in the queue's
     * {@code mediaSettings} and used for {@code oServiceLevel}.
     */
    record Stream(MediaKind kind, double peakPerHour, double serviceLevel, long serviceSeconds) {
    }

    QueueProfile {
        media = List.copyOf(media);
    }

    /** Members who take calls: the first nine in ten (the rest never activated their membership). */
    int joinedMembers() {
        return members - members / 10;
    }
}
