package com.queuewallboard.simulator;

import java.util.List;

/**
 * A queue the simulator serves, as tests and the demo need to know it.
 *
 * @param id         Genesys-style UUID, stable for a given seed
 * @param name       display name, as {@code GET /api/v2/routing/queues} reports it
 * @param mediaTypes analytics media types the queue takes (voice, chat, email, message, callback)
 */
public record SimQueue(String id, String name, List<String> mediaTypes) {
    public SimQueue {
        mediaTypes = List.copyOf(mediaTypes);
    }
}
