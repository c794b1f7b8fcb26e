package com.queuewallboard.genesys;

import com.queuewallboard.board.QueueFigures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservationMapperTest {
    private static final String Q1 = "11111111-1111-4111-8111-111111111111";
    private static final String Q2 = "22222222-2222-4222-8222-222222222222";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    /** The documented response shape (genesys-api.md §3), plus fields and metrics we do not know. */
    private static final String RESPONSE = """
            {"systemToOrganizationMappings":{"ON_QUEUE":["e08e"],"BREAK":["ccf3"]},
             "somethingNew": {"x": 1},
             "results":[
              {"group":{"queueId":"%1$s"},
               "data":[{"metric":"oOnQueueUsers","qualifier":"IDLE","stats":{"count":3}},
                       {"metric":"oOnQueueUsers","qualifier":"INTERACTING","stats":{"count":5}},
                       {"metric":"oOnQueueUsers","qualifier":"NOT_RESPONDING","stats":{"count":1}},
                       {"metric":"oOnQueueUsers","qualifier":"SOME_NEW_STATUS","stats":{"count":2}},
                       {"metric":"oOffQueueUsers","qualifier":"ccf3","stats":{"count":1}},
                       {"metric":"oOffQueueUsers","qualifier":"e08e","stats":{"count":2}},
                       {"metric":"oActiveUsers","stats":{"count":9}},
                       {"metric":"oMemberUsers","stats":{"count":12}},
                       {"metric":"oBrandNewMetric","stats":{"count":99}}]},
              {"group":{"queueId":"%1$s","mediaType":"voice"},
               "data":[{"metric":"oWaiting","stats":{"count":2},"truncated":false,
                        "observations":[{"observationDate":"2026-11-26T09:58:12.345Z","conversationId":"c1","routingPriority":0},
                                        {"observationDate":"2026-11-26T09:59:30.000Z","conversationId":"c2"}]},
                       {"metric":"oInteracting","stats":{"count":5.0}},
                       {"metric":"oAlerting","stats":{"count":1}}]},
              {"group":{"queueId":"%1$s","mediaType":"chat"},
               "data":[{"metric":"oWaiting","stats":{"count":7}}]}]}
            """.formatted(Q1);

    private Map<String, QueueFigures> map(String json, List<String> media) throws Exception {
        ObservationJson.Response r = ObservationParser.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new ObservationMapper(media).map(r, Map.of(Q1, "Sales", Q2, "Billing"), NOW);
    }

    @Test
    void mapsTheWallboardFiguresAsDocumented() throws Exception {
        QueueFigures q = map(RESPONSE, List.of("voice")).get(Q1);
        assertEquals("Sales", q.queueName());
        assertTrue(q.hasLiveData());
        assertEquals(2, q.waitingCalls(), "voice only; chat's 7 are not counted");
        assertEquals(3, q.availableAgents());
        assertEquals(5, q.inProgressCalls());
        assertEquals(1, q.alertingCalls());
        assertEquals(11, q.agentsOnQueue(), "sum over all qualifiers, unknown ones included");
        assertEquals(1, q.notResponding());
        assertEquals(3, q.agentsOffQueue());
        assertEquals(9, q.activeAgents());
        assertEquals(12, q.memberAgents());
        assertEquals(107, q.longestWaitSeconds(), "now - oldest observationDate (09:58:12.345)");
    }

    @Test
    void severalMediaTypesAddUp() throws Exception {
        QueueFigures q = map(RESPONSE, List.of("voice", "chat")).get(Q1);
        assertEquals(9, q.waitingCalls());
        assertEquals(3, q.availableAgents(), "agents are per queue, not per media type");
    }

    @Test
    void aQueueAbsentFromTheResultsHasNoEntry() throws Exception {
        assertFalse(map(RESPONSE, List.of("voice")).containsKey(Q2));
    }

    @Test
    void missingMetricsAreZero() throws Exception {
        String json = "{\"results\":[{\"group\":{\"queueId\":\"" + Q2 + "\"},\"data\":[{\"metric\":\"oActiveUsers\",\"stats\":{\"count\":4}}]}]}";
        QueueFigures q = map(json, List.of("voice")).get(Q2);
        assertTrue(q.hasLiveData());
        assertEquals(0, q.waitingCalls());
        assertEquals(0, q.availableAgents());
        assertEquals(0, q.longestWaitSeconds());
        assertEquals(4, q.activeAgents());
    }

    @Test
    void longestWaitingMetricWinsWhenPresent() throws Exception {
        String json = """
                {"results":[{"group":{"queueId":"%s","mediaType":"voice"},
                  "data":[{"metric":"oWaiting","stats":{"count":1}},
                          {"metric":"oLongestWaiting","stats":{"calculatedMetricValue":65400}}]}]}
                """.formatted(Q2);
        assertEquals(65, map(json, List.of("voice")).get(Q2).longestWaitSeconds());
    }

    @Test
    void theOnePassReaderMapsWhatDataBindingToRecordsMapped() throws Exception {
        String emptyData = "{\"results\":[{\"group\":{\"queueId\":\"" + Q1 + "\"},\"data\":[]}]}";
        for (String json : new String[]{RESPONSE, "{}", emptyData}) {
            for (List<String> media : List.of(List.of("voice"), List.of("voice", "chat"), List.of("email"))) {
                ObservationReference.Response records = GenesysConnector.json().readValue(json, ObservationReference.Response.class);
                assertEquals(new ObservationReference.Mapper(media).map(records, Map.of(Q1, "Sales", Q2, "Billing"), NOW),
                        map(json, media), json);
            }
        }
    }

    @Test
    void truncatedJsonIsAnErrorNotAHang() {
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ObservationParser.parse("{\"results\":[{\"group\":{\"queueId\":\"x\"},\"data\":[{\"observations\":[".getBytes()));
    }

    @Test
    void offsetDatesWithoutAColonAreRead() throws Exception {
        String json = """
                {"results":[{"group":{"queueId":"%s","mediaType":"voice"},
                  "data":[{"metric":"oWaiting","stats":{"count":1},"observations":[{"observationDate":"2026-11-26T10:58:00.000+0100"}]}]}]}
                """.formatted(Q2);
        assertEquals(120, map(json, List.of("voice")).get(Q2).longestWaitSeconds());
    }

    @Test
    void aRepeatedGroupCountsOnceAndAgentsAreNotCountedPerMediaType() throws Exception {
        String json = """
                {"results":[
                  {"group":{"queueId":"%1$s","mediaType":"voice"},"data":[{"metric":"oWaiting","stats":{"count":2}},
                      {"metric":"oOnQueueUsers","qualifier":"IDLE","stats":{"count":4}}]},
                  {"group":{"queueId":"%1$s","mediaType":"voice"},"data":[{"metric":"oWaiting","stats":{"count":2}},
                      {"metric":"oOnQueueUsers","qualifier":"IDLE","stats":{"count":4}}]},
                  {"group":{"queueId":"%1$s","mediaType":"chat"},"data":[{"metric":"oWaiting","stats":{"count":1}},
                      {"metric":"oOnQueueUsers","qualifier":"IDLE","stats":{"count":4}}]}]}
                """.formatted(Q2);
        QueueFigures q = map(json, List.of("voice", "chat")).get(Q2);
        assertEquals(3, q.waitingCalls());
        assertEquals(4, q.availableAgents());
    }

    @Test
    void emptyOrNullPartsDoNotCrash() throws Exception {
        assertTrue(map("{}", List.of("voice")).isEmpty());
        assertTrue(map("{\"results\":null}", List.of("voice")).isEmpty());
        String odd = "{\"results\":[{\"group\":null},{\"group\":{\"queueId\":\"" + Q1 + "\"},\"data\":[{\"metric\":null},{\"metric\":\"oWaiting\"}]}]}";
        assertEquals(0, map(odd, List.of("voice")).get(Q1).waitingCalls());
    }
}
