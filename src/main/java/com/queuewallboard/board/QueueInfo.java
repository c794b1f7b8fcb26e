package com.queuewallboard.board;

import java.util.Map;

/**
 * A queue as listed by the routing API: its id and name (for pickers and name resolution), and
 * the service-level targets Genesys configures for it, by analytics media type ("voice", "chat").
 *
 * @param serviceLevelTargets targets by media type; empty when unknown (never null)
 */
public record QueueInfo(String id, String name, Map<String, ServiceLevelTarget> serviceLevelTargets) {

    public QueueInfo {
        serviceLevelTargets = serviceLevelTargets == null ? Map.of() : Map.copyOf(serviceLevelTargets);
    }

    /** A queue known by id and name only. */
    public QueueInfo(String id, String name) {
        this(id, name, Map.of());
    }

    /** The target for a media type ("voice", ...), or null when Genesys gave none. */
    public ServiceLevelTarget targetFor(String mediaType) {
        return mediaType == null ? null : serviceLevelTargets.get(mediaType.toLowerCase(java.util.Locale.ROOT));
    }
}
