package com.queuewallboard.simulator;

import static com.queuewallboard.simulator.MediaKind.CALLBACK;
import static com.queuewallboard.simulator.MediaKind.CHAT;
import static com.queuewallboard.simulator.MediaKind.EMAIL;
import static com.queuewallboard.simulator.MediaKind.MESSAGE;
import static com.queuewallboard.simulator.MediaKind.VOICE;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The queues of the demo contact centre. Sized so the board tells a story: most queues cope,
 * "Support - Tier 1", "Technical Support" and "Billing" are understaffed and run hot at the
 * peaks, "Email Care" builds a backlog through the day, "After Hours" is mostly silent.
 */
final class QueueCatalog {

    private QueueCatalog() {
    }

    static List<QueueProfile> profiles(long seed, int extraQueues) {
        List<QueueProfile> all = new ArrayList<>(standard());
        SplittableRandom random = new SplittableRandom(Ids.mix(seed, 0x0FE4F10FL));
        for (int i = 1; i <= extraQueues; i++) {
            all.add(overflow(i, random));
        }
        return all;
    }

    private static List<QueueProfile> standard() {
        return List.of(
                queue("Sales", 24, 300, 45, 0.8, 20, 7, 3, s(VOICE, 95)),
                queue("Support - Tier 1", 30, 420, 60, 0.8, 30, 7, 4, s(VOICE, 140), s(CALLBACK, 20)),
                queue("Support - Tier 2", 12, 600, 90, 0.8, 60, 7.5, 3, s(VOICE, 32)),
                queue("Billing", 14, 360, 60, 0.8, 30, 7.5, 3, s(VOICE, 75)),
                queue("Retention", 9, 540, 90, 0.85, 20, 8, 2.5, s(VOICE, 26)),
                queue("Technical Support", 18, 720, 90, 0.75, 45, 7.5, 3, s(VOICE, 40), s(CHAT, 12)),
                queue("VIP Line", 6, 400, 60, 0.9, 10, 7.5, 2.5, s(VOICE, 14)),
                queue("Spanish Support", 7, 420, 60, 0.8, 30, 7.5, 3, s(VOICE, 20)),
                queue("Chat Support", 14, 420, 45, 0.8, 60, 7.5, 4, s(CHAT, 45), s(MESSAGE, 12)),
                queue("Email Care", 8, 480, 60, 0.7, 14_400, 8, 1, s(EMAIL, 52)),
                queue("Callbacks", 6, 300, 45, 0.8, 3_600, 8.5, 2, s(CALLBACK, 22)),
                queue("Collections", 5, 360, 60, 0.8, 30, 8, 1.5, s(VOICE, 14)),
                queue("After Hours", 3, 360, 60, 0.8, 30, 15, 0.5, s(VOICE, 4)));
    }

    /** Small generated voice queues for scale tests: "Overflow 001", "Overflow 002", ... */
    private static QueueProfile overflow(int index, SplittableRandom random) {
        int members = 2 + random.nextInt(5);
        double peak = 3 + random.nextInt(15);
        return queue(String.format("Overflow %03d", index), members, 240 + random.nextInt(240), 45, 0.8, 30,
                7 + random.nextInt(3), 2, s(VOICE, peak));
    }

    private static QueueProfile.Stream s(MediaKind kind, double peakPerHour) {
        return new QueueProfile.Stream(kind, peakPerHour);
    }

    private static QueueProfile queue(String name, int members, int handle, int wrap, double sl, int slSeconds,
                                      double firstShift, double spread, QueueProfile.Stream... media) {
        return new QueueProfile(name, List.of(media), members, handle, wrap, sl, slSeconds, firstShift, spread);
    }
}
