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
 * The queues of the demo contact centre. Sized so the board tells a story at any opening hour:
 * the big voice teams run about 80 % busy at the peak, so most queues stay near their
 * service-level target (each has its own, per medium) and a surge (see {@link Surges}) tips one
 * over the edge. "Technical Support" and "Chat Support" are short-handed and run hot,
 * "Support - Tier 2", "Billing" and "Technical Support" route some contacts to specialists only (calls wait beside idle agents:
 * amber tiles), "Email Care" and "Callbacks" build and clear backlogs, "After Hours" is quiet.
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
        //     name                 members handle wrap first shift  media (peak/h, SL target within seconds)
        return List.of(
                queue("Sales", 21, 300, 45, 7, s(VOICE, 95, 0.8, 20)),
                queue("Support - Tier 1", 40, 420, 60, 7, s(VOICE, 120, 0.8, 30), s(CALLBACK, 15, 0.9, 3_600)),
                skilled(0.3, queue("Support - Tier 2", 14, 600, 90, 7, s(VOICE, 28, 0.7, 60))),
                skilled(0.15, queue("Billing", 21, 360, 60, 7, s(VOICE, 75, 0.85, 30))),
                queue("Retention", 10, 540, 90, 7, s(VOICE, 22, 0.85, 20)),
                skilled(0.25, queue("Technical Support", 20, 720, 90, 7, s(VOICE, 36, 0.75, 45),
                        s(CHAT, 12, 0.8, 60))),
                queue("VIP Line", 9, 400, 60, 7, s(VOICE, 14, 0.9, 20)),
                queue("Spanish Support", 9, 420, 60, 7, s(VOICE, 20, 0.8, 40)),
                queue("Chat Support", 15, 420, 45, 7, s(CHAT, 40, 0.8, 60), s(MESSAGE, 12, 0.9, 300)),
                queue("Email Care", 10, 480, 60, 7, s(EMAIL, 22, 0.9, 86_400)),
                queue("Callbacks", 7, 300, 45, 7, s(CALLBACK, 22, 0.85, 7_200)),
                queue("Collections", 5, 360, 60, 7.5, s(VOICE, 14, 0.7, 90)),
                queue("After Hours", 3, 360, 60, 7, s(VOICE, 3, 0.6, 120)));
    }

    /** Small generated voice queues for scale tests: "Overflow 001", "Overflow 002", ... */
    private static QueueProfile overflow(int index, SplittableRandom random) {
        int members = 2 + random.nextInt(5);
        double peak = 3 + random.nextInt(15);
        return queue(String.format("Overflow %03d", index), members, 240 + random.nextInt(240), 45,
                7 + random.nextInt(3), s(VOICE, peak, 0.8, 30));
    }

    private static QueueProfile.Stream s(MediaKind kind, double peakPerHour, double serviceLevel, long seconds) {
        return new QueueProfile.Stream(kind, peakPerHour, serviceLevel, seconds);
    }

    private static QueueProfile queue(String name, int members, int handle, int wrap, double firstShift,
                                      QueueProfile.Stream... media) {
        return new QueueProfile(name, List.of(media), members, handle, wrap, firstShift, 0);
    }

    /** A queue where some contacts need a specialist (skills routing): calls wait beside idle agents. */
    private static QueueProfile skilled(double specialistShare, QueueProfile q) {
        return new QueueProfile(q.name(), q.media(), q.members(), q.handleSeconds(), q.wrapSeconds(), q.firstShiftHour(),
                specialistShare);
    }
}
