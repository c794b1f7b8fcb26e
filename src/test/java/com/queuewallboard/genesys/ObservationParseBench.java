package com.queuewallboard.genesys;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The parse+map step of a refresh on a synthetic response in the documented shape, for the
 * benchmark harness (it lives in this package to reach the package-private mapper).
 */
public final class ObservationParseBench {
    private final byte[] response;
    private final Map<String, String> names = new HashMap<>();
    private final ObservationMapper mapper = new ObservationMapper(java.util.List.of("voice"));
    /** The mapping over records as it was before the one-pass parser, for the data-binding baseline. */
    private final ObservationReference.Mapper recordsMapper = new ObservationReference.Mapper(java.util.List.of("voice"));
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    public ObservationParseBench(int queues) {
        StringBuilder sb = new StringBuilder("{\"systemToOrganizationMappings\":{\"ON_QUEUE\":[\"e08e\"]},\"results\":[");
        for (int i = 0; i < queues; i++) {
            String id = String.format("%08x-0000-4000-8000-%012x", i, i);
            names.put(id, "Queue " + i);
            if (i > 0) sb.append(',');
            sb.append("{\"group\":{\"queueId\":\"").append(id).append("\"},\"data\":[")
                    .append("{\"metric\":\"oOnQueueUsers\",\"qualifier\":\"IDLE\",\"stats\":{\"count\":").append(i % 7).append("}},")
                    .append("{\"metric\":\"oOnQueueUsers\",\"qualifier\":\"INTERACTING\",\"stats\":{\"count\":").append(i % 11).append("}},")
                    .append("{\"metric\":\"oOffQueueUsers\",\"qualifier\":\"ccf3\",\"stats\":{\"count\":2}},")
                    .append("{\"metric\":\"oActiveUsers\",\"stats\":{\"count\":20}},")
                    .append("{\"metric\":\"oMemberUsers\",\"stats\":{\"count\":25}}]},");
            sb.append("{\"group\":{\"queueId\":\"").append(id).append("\",\"mediaType\":\"voice\"},\"data\":[")
                    .append("{\"metric\":\"oWaiting\",\"stats\":{\"count\":3},\"truncated\":false,\"observations\":[")
                    .append("{\"observationDate\":\"2026-11-26T09:58:12.345Z\",\"conversationId\":\"c1\",\"sessionId\":\"s1\",\"routingPriority\":0,\"direction\":\"inbound\"},")
                    .append("{\"observationDate\":\"2026-11-26T09:59:01.000Z\",\"conversationId\":\"c2\",\"sessionId\":\"s2\",\"routingPriority\":0,\"direction\":\"inbound\"},")
                    .append("{\"observationDate\":\"2026-11-26T09:59:40.500Z\",\"conversationId\":\"c3\",\"sessionId\":\"s3\",\"routingPriority\":0,\"direction\":\"inbound\"}]},")
                    .append("{\"metric\":\"oInteracting\",\"stats\":{\"count\":").append(i % 11).append("}},")
                    .append("{\"metric\":\"oAlerting\",\"stats\":{\"count\":1}},")
                    .append("{\"metric\":\"oLongestWaiting\",\"stats\":{\"calculatedMetricValue\":107655}}]}");
        }
        response = sb.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public int responseBytes() {
        return response.length;
    }

    private final com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
    private final com.fasterxml.jackson.databind.ObjectMapper json = GenesysConnector.json();

    /** The floor: a bare streaming token scan of the same bytes; returns the token count. */
    public int scanOnly() throws java.io.IOException {
        int tokens = 0;
        try (com.fasterxml.jackson.core.JsonParser p = factory.createParser(response)) {
            while (p.nextToken() != null) tokens++;
        }
        return tokens;
    }

    /** Jackson's tree model of the same bytes (no mapping); returns the number of results. */
    public int readTree() throws java.io.IOException {
        return json.readTree(response).path("results").size();
    }

    /** Jackson data binding to the client's records, then the same mapping; returns queues mapped. */
    public int bindRecordsAndMap() throws java.io.IOException {
        ObservationReference.Response r = json.readValue(response, ObservationReference.Response.class);
        return recordsMapper.map(r, names, now).size();
    }

    /** Parses and maps once; returns how many queues were mapped. */
    public int run() throws java.io.IOException {
        ObservationJson.Response r = ObservationParser.parse(response);
        return mapper.map(r, names, now).size();
    }
}
