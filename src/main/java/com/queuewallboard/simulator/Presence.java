package com.queuewallboard.simulator;

/**
 * Genesys system presences an agent can be in while logged in. The API never shows these names
 * as qualifiers: it shows the organisation's presence-definition UUIDs and maps them back in
 * {@code systemToOrganizationMappings}.
 */
enum Presence {
    ON_QUEUE, AVAILABLE, BREAK, MEAL, MEETING, TRAINING, AWAY, BUSY;

    /** The organisation's presence-definition id for this system presence. */
    String orgId(long seed) {
        return Ids.stable(seed, "presence:" + name());
    }
}
