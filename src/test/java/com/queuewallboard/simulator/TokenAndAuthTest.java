package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

class TokenAndAuthTest {

    private static GenesysSimulator sim;
    private static SimClient client;

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.morning();

    @BeforeAll
    static void start() throws Exception {
        sim = SIM.sim();
        client = SIM.client();
    }


    @Test
    void clientCredentialsGrantGivesBearerToken() throws Exception {
        SimClient.Reply r = client.tokenRequest("demo-client", "demo-secret", "application/x-www-form-urlencoded",
                "grant_type=client_credentials");
        assertEquals(200, r.status());
        assertTrue(r.body().get("access_token").asText().length() > 20);
        assertEquals("bearer", r.body().get("token_type").asText());
        assertEquals(86400, r.body().get("expires_in").asLong());
        assertTrue(sim.baseUrl().toString().startsWith("http://127.0.0.1:"));
    }

    @Test
    void wrongSecretIsInvalidClient() throws Exception {
        SimClient.Reply r = client.tokenRequest("demo-client", "nope", "application/x-www-form-urlencoded",
                "grant_type=client_credentials");
        assertEquals(401, r.status());
        assertEquals("invalid_client", r.body().get("error").asText());
        assertNotNull(r.body().get("description"));
        assertEquals(401, client.tokenRequest(null, null, "application/x-www-form-urlencoded",
                "grant_type=client_credentials").status());
    }

    @Test
    void wrongGrantOrContentTypeIsBadRequest() throws Exception {
        SimClient.Reply grant = client.tokenRequest("demo-client", "demo-secret",
                "application/x-www-form-urlencoded", "grant_type=password");
        assertEquals(400, grant.status());
        assertEquals("unsupported_grant_type", grant.body().get("error").asText());
        SimClient.Reply json = client.tokenRequest("demo-client", "demo-secret", "application/json",
                "{\"grant_type\":\"client_credentials\"}");
        assertEquals(400, json.status());
        assertEquals("invalid_request", json.body().get("error").asText());
    }

    @Test
    void apiWithoutTokenIs401WithGenesysErrorBody() throws Exception {
        SimClient.Reply r = client.send(HttpRequest.newBuilder(sim.baseUrl().resolve("/api/v2/routing/queues"))
                .GET().build());
        assertEquals(401, r.status());
        assertErrorBody(r, 401, "authentication.required");
    }

    @Test
    void unknownTokenIsBadCredentials() throws Exception {
        SimClient.Reply r = client.send(HttpRequest.newBuilder(sim.baseUrl().resolve("/api/v2/routing/queues"))
                .header("Authorization", "Bearer not-a-token").GET().build());
        assertEquals(401, r.status());
        assertErrorBody(r, 401, "bad.credentials");
    }

    @Test
    void apiResponsesCarryCorrelationAndRateLimitHeaders() throws Exception {
        SimClient.Reply r = client.get("/api/v2/routing/queues");
        assertEquals(200, r.status());
        assertNotNull(r.header("ININ-Correlation-Id"));
        assertEquals("300", r.header("inin-ratelimit-allowed"));
        assertTrue(Integer.parseInt(r.header("inin-ratelimit-count")) >= 1);
        assertNotNull(r.header("inin-ratelimit-reset"));
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        SimClient.Reply missing = client.get("/api/v2/analytics/queues/currentmetrics/query");
        assertEquals(404, missing.status());
        assertErrorBody(missing, 404, "not.found");
        SimClient.Reply method = client.get(ApiRoutes.OBSERVATIONS);
        assertEquals(405, method.status());
        assertEquals("POST", method.header("Allow"));
        assertErrorBody(method, 405, "method.not.allowed");
        assertEquals(405, client.send(HttpRequest.newBuilder(sim.baseUrl().resolve("/oauth/token")).GET().build())
                .status());
    }

    /** {"message","code","status","contextId","details":[],"errors":[]} and the correlation header. */
    static void assertErrorBody(SimClient.Reply r, int status, String code) {
        assertEquals(code, r.body().get("code").asText(), r.body().toString());
        assertEquals(status, r.body().get("status").asInt());
        assertTrue(r.body().get("message").asText().length() > 0);
        assertTrue(r.body().get("details").isArray());
        assertTrue(r.body().get("errors").isArray());
        assertEquals(r.header("ININ-Correlation-Id"), r.body().get("contextId").asText());
    }
}
