package com.queuewallboard.genesys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The JSON of {@code GET /api/v2/routing/queues} and {@code GET /api/v2/routing/queues/{id}}. */
final class QueueJson {
    private QueueJson() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Queue(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Queue> entities, Integer pageSize, Integer pageNumber, Long total, Integer pageCount, String nextUri) {
    }
}
