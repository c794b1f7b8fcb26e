package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** {@code POST /api/v2/analytics/queues/observations/query}: the live queue picture. */
final class ObservationEndpoint {

    private static final Set<String> PRESENCE_METRICS = Set.of("oOffQueueUsers", "oUserPresences");

    private final ContactCentre centre;
    private final FaultKnobs knobs;
    private final long seed;

    ObservationEndpoint(ContactCentre centre, FaultKnobs knobs, long seed) {
        this.centre = centre;
        this.knobs = knobs;
        this.seed = seed;
    }

    JsonNode handle(JsonNode body) throws ApiException {
        ObservationQuery query = ObservationQuery.parse(body);
        return centre.read(now -> respond(query, now));
    }

    private ObjectNode respond(ObservationQuery query, ContactCentre.Now now) {
        ObjectNode response = Json.object();
        if (query.wantsAny(PRESENCE_METRICS)) {
            // qualifiers are org presence ids; this tells the client which system presence each is
            ObjectNode mappings = response.putObject("systemToOrganizationMappings");
            for (Presence p : Presence.values()) {
                mappings.putArray(p.name()).add(p.orgId(seed));
            }
        }
        ArrayNode results = response.putArray("results");
        ObservationGroups groups = new ObservationGroups(query, seed, now, knobs);
        boolean users = query.wantsAny(ObservationQuery.USER_METRICS);
        for (QueueModel queue : candidates(query.filter())) {
            if (knobs.isUnknown(queue.id)) {
                continue;
            }
            boolean anyMedia = false;
            for (MediaStream stream : queue.streams) {
                anyMedia |= query.filter().matches(queue.id, stream.kind.analyticsName());
            }
            if (!anyMedia) {
                continue;
            }
            if (users) {
                ArrayNode data = groups.userData(queue);
                if (!data.isEmpty()) {
                    ObjectNode result = results.addObject();
                    result.putObject("group").put("queueId", queue.id);
                    result.set("data", data);
                }
            }
            for (MediaStream stream : queue.streams) {
                String media = stream.kind.analyticsName();
                if (!query.filter().matches(queue.id, media)) {
                    continue;
                }
                ArrayNode data = groups.mediaData(stream);
                if (!data.isEmpty()) {
                    ObjectNode result = results.addObject();
                    result.putObject("group").put("queueId", queue.id).put("mediaType", media);
                    result.set("data", data);
                }
            }
        }
        return response;
    }

    private List<QueueModel> candidates(QueryFilter filter) {
        Set<String> ids = filter.candidateQueueIds();
        if (ids == null) {
            return centre.queues();
        }
        List<QueueModel> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            QueueModel queue = centre.queue(id);
            if (queue != null) {
                found.add(queue);
            }
        }
        found.sort(Comparator.comparingInt(q -> q.index)); // stable order, whatever the set did
        return found;
    }
}
