package com.queuewallboard.genesys;

import com.queuewallboard.board.TodayTotals;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AggregateMapperTest {
    private static final String Q1 = "11111111-1111-4111-8111-111111111111";
    private static final String Q2 = "22222222-2222-4222-8222-222222222222";

    private static final String RESPONSE = """
            {"results":[
              {"group":{"queueId":"%1$s","mediaType":"voice"},
               "data":[{"interval":"2026-11-26T00:00:00.000Z/2026-11-27T00:00:00.000Z",
                 "metrics":[{"metric":"nOffered","stats":{"count":120}},
                            {"metric":"tAnswered","stats":{"count":100,"sum":1500000,"max":60000}},
                            {"metric":"tAbandon","stats":{"count":12,"sum":400000}},
                            {"metric":"tHandle","stats":{"count":98,"sum":29400000}},
                            {"metric":"oServiceLevel","stats":{"ratio":0.8,"numerator":80,"denominator":100,"target":0.8}},
                            {"metric":"tSomethingNew","stats":{"count":5}}]}]},
              {"group":{"queueId":"%1$s","mediaType":"chat"},
               "data":[{"interval":"x","metrics":[{"metric":"nOffered","stats":{"count":10}},
                                                   {"metric":"oServiceLevel","stats":{"ratio":0.5,"numerator":5,"denominator":10}}]}]}]}
            """.formatted(Q1);

    private Map<String, TodayTotals> map(List<String> media) throws Exception {
        AggregateJson.Response r = GenesysConnector.json().readValue(RESPONSE, AggregateJson.Response.class);
        return new AggregateMapper(media).map(r, List.of(Q1, Q2));
    }

    @Test
    void mapsTodaysTotals() throws Exception {
        TodayTotals t = map(List.of("voice")).get(Q1);
        assertEquals(120, t.offered());
        assertEquals(100, t.answered());
        assertEquals(12, t.abandoned());
        assertEquals(0.8, t.serviceLevel(), 1e-9);
        assertEquals(15.0, t.averageSpeedOfAnswerSeconds(), 1e-9);
        assertEquals(300.0, t.averageHandleSeconds(), 1e-9);
    }

    @Test
    void severalMediaPoolTheServiceLevel() throws Exception {
        TodayTotals t = map(List.of("voice", "chat")).get(Q1);
        assertEquals(130, t.offered());
        assertEquals(85.0 / 110.0, t.serviceLevel(), 1e-9);
    }

    @Test
    void aQueueWithNoGroupHadNoCallsToday() throws Exception {
        TodayTotals t = map(List.of("voice")).get(Q2);
        assertEquals(0, t.offered());
        assertNull(t.serviceLevel());
        assertNull(t.averageSpeedOfAnswerSeconds());
    }

    @Test
    void anUnexpectedNestedGroupValueSpoilsNothing() throws Exception {
        String json = "{\"results\":[{\"group\":{\"queueId\":\"" + Q1 + "\",\"mediaType\":\"voice\",\"extra\":{\"a\":1}},"
                + "\"data\":[{\"metrics\":[{\"metric\":\"tAbandon\",\"stats\":{\"count\":3}}]}]}]}";
        AggregateJson.Response r = GenesysConnector.json().readValue(json, AggregateJson.Response.class);
        assertEquals(3, new AggregateMapper(List.of("voice")).map(r, List.of(Q1)).get(Q1).abandoned());
    }

    @Test
    void serviceLevelSurvivesSeveralIntervalsWithoutNumerators() throws Exception {
        String json = "{\"results\":[{\"group\":{\"queueId\":\"" + Q1 + "\",\"mediaType\":\"voice\"},\"data\":["
                + "{\"interval\":\"a\",\"metrics\":[{\"metric\":\"oServiceLevel\",\"stats\":{\"ratio\":0.5}}]},"
                + "{\"interval\":\"b\",\"metrics\":[{\"metric\":\"oServiceLevel\",\"stats\":{\"ratio\":0.7}}]}]}]}";
        AggregateJson.Response r = GenesysConnector.json().readValue(json, AggregateJson.Response.class);
        assertEquals(0.7, new AggregateMapper(List.of("voice")).map(r, List.of(Q1)).get(Q1).serviceLevel(), 1e-9);
    }

    @Test
    void fixedOffsetZonesAreSentAsIanaNames() {
        assertEquals("Etc/GMT-1", TodayInterval.zoneName(java.time.ZoneOffset.ofHours(1)));
        assertEquals("Etc/GMT+5", TodayInterval.zoneName(java.time.ZoneOffset.ofHours(-5)));
        assertEquals("Etc/UTC", TodayInterval.zoneName(java.time.ZoneOffset.UTC));
        assertEquals("Europe/Dublin", TodayInterval.zoneName(ZoneId.of("Europe/Dublin")));
    }

    @Test
    void todayIsLocalMidnightToMidnight() {
        assertEquals("2026-11-26T00:00:00.000Z/2026-11-27T00:00:00.000Z",
                TodayInterval.of(Instant.parse("2026-11-26T23:30:00Z"), ZoneId.of("Europe/Dublin")));
        assertEquals("2026-11-27T00:00:00.000+01:00/2026-11-28T00:00:00.000+01:00",
                TodayInterval.of(Instant.parse("2026-11-26T23:30:00Z"), ZoneId.of("Europe/Berlin")));
    }

    @Test
    void observationQueryHasTheDocumentedShape() throws Exception {
        String json = GenesysConnector.json().writeValueAsString(QueueMetricsApi.observationQuery(List.of(Q1, Q2), true));
        assertEquals("{\"filter\":{\"type\":\"or\",\"predicates\":["
                + "{\"type\":\"dimension\",\"dimension\":\"queueId\",\"operator\":\"matches\",\"value\":\"" + Q1 + "\"},"
                + "{\"type\":\"dimension\",\"dimension\":\"queueId\",\"operator\":\"matches\",\"value\":\"" + Q2 + "\"}]},"
                + "\"metrics\":[\"oWaiting\",\"oInteracting\",\"oAlerting\",\"oOnQueueUsers\",\"oOffQueueUsers\","
                + "\"oActiveUsers\",\"oMemberUsers\",\"oLongestWaiting\"],\"detailMetrics\":[\"oWaiting\"]}", json);
    }
}
