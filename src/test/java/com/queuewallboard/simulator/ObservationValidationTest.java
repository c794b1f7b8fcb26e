package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

class ObservationValidationTest {

    private static GenesysSimulator sim;
    private static SimClient client;
    private static String queueId;

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.morning();

    @BeforeAll
    static void start() throws Exception {
        sim = SIM.sim();
        client = SIM.client();
        queueId = sim.queues().get(0).id();
    }


    @Test
    void arrayValueIsRejected() throws Exception {
        ObjectNode q = SimClient.JSON.createObjectNode();
        q.putObject("filter").put("type", "or").putArray("predicates").addObject().put("type", "dimension")
                .put("dimension", "queueId").put("operator", "matches").putArray("value").add(queueId).add(queueId);
        q.putArray("metrics").add("oWaiting");
        assertBadRequest(q.toString());
    }

    @Test
    void unknownMetricIsRejected() throws Exception {
        assertBadRequest(SimClient.observationQuery(List.of(queueId), new String[] {"waitingCalls"}).toString());
        assertBadRequest(SimClient.observationQuery(List.of(queueId), new String[] {"oServiceLevel"}).toString());
    }

    @Test
    void longestWaitingIsNotADetailMetric() throws Exception {
        assertBadRequest(SimClient.observationQuery(List.of(queueId), new String[] {"oLongestWaiting"},
                "oLongestWaiting").toString());
    }

    @Test
    void onlyQueueAndMediaDimensions() throws Exception {
        ObjectNode q = SimClient.JSON.createObjectNode();
        q.putObject("filter").put("type", "or").putArray("predicates").addObject()
                .put("dimension", "userId").put("value", queueId);
        q.putArray("metrics").add("oWaiting");
        assertBadRequest(q.toString());
    }

    @Test
    void malformedBodiesAreRejected() throws Exception {
        assertBadRequest("{not json");
        assertBadRequest("{\"metrics\":[\"oWaiting\"]}"); // no filter
        assertBadRequest("{\"filter\":{\"type\":\"or\",\"predicates\":[{\"dimension\":\"queueId\",\"value\":\""
                + queueId + "\"}]}}"); // no metrics
        assertBadRequest("{\"filter\":{\"type\":\"xor\",\"predicates\":[{\"dimension\":\"queueId\",\"value\":\""
                + queueId + "\"}]},\"metrics\":[\"oWaiting\"]}");
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        var request = client.authed(ApiRoutes.OBSERVATIONS).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        assertEquals(415, client.send(request).status());
    }

    private static void assertBadRequest(String body) throws Exception {
        SimClient.Reply r = client.post(ApiRoutes.OBSERVATIONS, body);
        assertEquals(400, r.status(), String.valueOf(r.body()));
        TokenAndAuthTest.assertErrorBody(r, 400, "bad.request");
    }
}
