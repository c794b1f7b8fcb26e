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
 * @param serviceLevel     target share answered within {@code serviceSeconds}
 * @param serviceSeconds   service-level threshold
 * @param firstShiftHour   earliest shift start (local hour)
 * @param shiftSpreadHours shifts start between first and first + spread
 */
record QueueProfile(String name, List<Stream> media, int members, int handleSeconds, int wrapSeconds,
                    double serviceLevel, int serviceSeconds, double firstShiftHour, double shiftSpreadHours) {

    /** One medium of a queue and its arrivals per hour at the daily peak. */
    record Stream(MediaKind kind, double peakPerHour) {
    }

    QueueProfile {
        media = List.copyOf(media);
    }
}
