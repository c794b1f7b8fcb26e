package com.queuewallboard.simulator;

import com.queuewallboard.board.ServiceLevelTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

class QueuesEndpointTest {

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
    void pagesFollowNextUriUntilItIsGone() throws Exception {
        List<String> names = new ArrayList<>();
        String next = "/api/v2/routing/queues?pageSize=5&pageNumber=1";
        int pages = 0;
        while (next != null) {
            SimClient.Reply r = client.get(next);
            assertEquals(200, r.status());
            JsonNode page = r.body();
            pages++;
            assertEquals(5, page.get("pageSize").asInt());
            assertEquals(pages, page.get("pageNumber").asInt());
            assertEquals(sim.queues().size(), page.get("total").asInt());
            assertEquals((sim.queues().size() + 4) / 5, page.get("pageCount").asInt());
            page.get("entities").forEach(e -> names.add(e.get("name").asText()));
            next = page.hasNonNull("nextUri") ? page.get("nextUri").asText() : null;
            if (next != null) {
                assertEquals("/api/v2/routing/queues?pageSize=5&pageNumber=" + (pages + 1), next);
            }
        }
        assertEquals(sim.queues().size(), names.size());
        assertEquals(new HashSet<>(names).size(), names.size(), "no queue twice");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names, "Genesys lists by name");
    }

    @Test
    void defaultPageIs25AndEntityHasDocumentedFields() throws Exception {
        JsonNode page = client.get("/api/v2/routing/queues").body();
        assertEquals(25, page.get("pageSize").asInt());
        assertNull(page.get("nextUri"), "13 queues fit one page");
        JsonNode sales = find(page, "Sales");
        assertTrue(sales.get("memberCount").asInt() > 0);
        JsonNode sl = sales.get("mediaSettings").get("call").get("serviceLevel");
        assertEquals(0.8, sl.get("percentage").asDouble(), 1e-9);
        assertEquals(20000, sl.get("durationMs").asLong());
        assertTrue(find(page, "Email Care").get("mediaSettings").has("email"));
    }

    @Test
    void nameFilterTakesWildcardsCaseInsensitively() throws Exception {
        assertEquals(Set.of("Support - Tier 1", "Support - Tier 2"), names("sup*"));
        assertEquals(Set.of("Support - Tier 1", "Support - Tier 2", "Technical Support", "Spanish Support",
                "Chat Support"), names("*support*"));
        assertEquals(Set.of("Billing"), names("billing"));
        assertEquals(Set.of(), names("Bill"));
        JsonNode paged = client.get("/api/v2/routing/queues?pageSize=1&name=Sup*").body();
        assertEquals("/api/v2/routing/queues?pageSize=1&pageNumber=2&name=Sup*", paged.get("nextUri").asText());
    }

    @Test
    void asteriskOnlyWildcardAtEitherEnd() throws Exception {
        assertEquals(Set.of(), names("Sup*Tier 1"), "a * in the middle is a literal character");
        assertEquals(Set.of("Support - Tier 1"), names("*tier 1"));
    }

    @Test
    void repeatedIdFetchesThoseQueuesAndSkipsUnknownOnes() throws Exception {
        SimQueue sales = sim.queues().get(0);
        SimQueue billing = sim.queues().stream().filter(q -> q.name().equals("Billing")).findFirst().orElseThrow();
        JsonNode page = client.get("/api/v2/routing/queues?pageSize=1&id=" + sales.id() + "&id=" + billing.id()
                + "&id=00000000-0000-4000-8000-000000000000").body();
        assertEquals(2, page.get("total").asInt());
        assertTrue(page.get("nextUri").asText().contains("&id=" + sales.id() + "&id=" + billing.id()),
                page.get("nextUri").asText());
        Set<String> names = new HashSet<>();
        client.get("/api/v2/routing/queues?id=" + sales.id() + "&id=" + billing.id()).body().get("entities")
                .forEach(e -> names.add(e.get("name").asText()));
        assertEquals(Set.of(sales.name(), "Billing"), names);
    }

    @Test
    void everyQueueHasItsOwnServiceLevelTargetPerMedium() throws Exception {
        Set<String> targets = new HashSet<>();
        JsonNode page = client.get("/api/v2/routing/queues?pageSize=100").body();
        for (JsonNode e : page.get("entities")) {
            e.get("mediaSettings").fields().forEachRemaining(m -> {
                JsonNode sl = m.getValue().get("serviceLevel");
                assertTrue(sl.get("percentage").asDouble() > 0.5 && sl.get("percentage").asDouble() < 1, e.toString());
                assertTrue(sl.get("durationMs").asLong() >= 10_000, e.toString());
                targets.add(m.getKey() + sl.toString());
            });
        }
        assertTrue(targets.size() >= 10, "varied targets: " + targets);
        JsonNode email = find(page, "Email Care").get("mediaSettings").get("email").get("serviceLevel");
        assertEquals(86_400_000L, email.get("durationMs").asLong(), "email: answered within a day");
        assertTrue(find(page, "Sales").get("mediaSettings").has("call"), "voice's key is call");
    }

    @Test
    void singleQueueAndUnknownQueue() throws Exception {
        SimQueue billing = sim.queues().stream().filter(q -> q.name().equals("Billing")).findFirst().orElseThrow();
        SimClient.Reply ok = client.get("/api/v2/routing/queues/" + billing.id());
        assertEquals(200, ok.status());
        assertEquals("Billing", ok.body().get("name").asText());
        assertEquals(billing.id(), ok.body().get("id").asText());
        SimClient.Reply missing = client.get("/api/v2/routing/queues/00000000-0000-4000-8000-000000000000");
        assertEquals(404, missing.status());
        TokenAndAuthTest.assertErrorBody(missing, 404, "not.found");
    }

    @Test
    void badPagingIsBadRequest() throws Exception {
        SimClient.Reply r = client.get("/api/v2/routing/queues?pageSize=abc");
        assertEquals(400, r.status());
        TokenAndAuthTest.assertErrorBody(r, 400, "bad.request");
        assertFalse(client.get("/api/v2/routing/queues?pageNumber=9").body().has("nextUri"));
    }

    private static Set<String> names(String filter) throws Exception {
        Set<String> names = new HashSet<>();
        client.get("/api/v2/routing/queues?pageSize=100&name=" + java.net.URLEncoder.encode(filter, "UTF-8"))
                .body().get("entities").forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    private static JsonNode find(JsonNode page, String name) {
        for (JsonNode e : page.get("entities")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no queue " + name);
    }
}
