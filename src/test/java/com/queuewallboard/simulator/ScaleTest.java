package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ScaleTest {

    private static final Logger LOG = Logger.getLogger(ScaleTest.class.getName());

    @Test
    void thousandExtraQueuesAreListedInPagesAndObservedInBatches() throws Exception {
        long startNanos = System.nanoTime();
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().extraQueues(1000).build())) {
            long startMs = (System.nanoTime() - startNanos) / 1_000_000;
            assertEquals(1013, sim.queues().size());
            assertEquals("Overflow 001", sim.queues().get(13).name());
            SimClient client = new SimClient(sim);
            client.token();
            JsonNode page = client.get("/api/v2/routing/queues?pageSize=500&name=Overflow*").body();
            assertEquals(1000, page.get("total").asInt());
            assertEquals(2, page.get("pageCount").asInt());

            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            client.observations(SimClient.observationQuery(ids.subList(0, 100), SimClient.ALL_METRICS)); // warm up
            List<Long> times = new ArrayList<>();
            int groups = 0;
            for (int from = 0; from < ids.size(); from += 100) {
                long t = System.nanoTime();
                SimClient.Reply r = client.observations(SimClient.observationQuery(
                        ids.subList(from, Math.min(ids.size(), from + 100)), SimClient.ALL_METRICS, "oWaiting"));
                times.add((System.nanoTime() - t) / 1_000_000);
                assertEquals(200, r.status());
                groups += r.body().get("results").size();
            }
            times.sort(null);
            long median = times.get(times.size() / 2);
            LOG.info("1013 queues: start " + startMs + " ms, 100-queue observation median " + median + " ms");
            assertTrue(groups >= 1013, "every staffed queue reports its members: " + groups);
            // how fast is the benchmark harness's question (CoreBenchmark); here only what is served
        }
    }

    @Test
    void demoCentreStartsWithoutHanging() throws Exception {
        GenesysSimulator.start(SimClient.morning().build()).close(); // warm the JIT
        long t = System.nanoTime();
        try (GenesysSimulator sim = GenesysSimulator.start(SimClient.morning().build())) {
            long ms = (System.nanoTime() - t) / 1_000_000;
            LOG.info("demo centre start " + ms + " ms");
            assertTrue(ms < 30_000, "start took " + ms + " ms");   // a hang detector, not a speed target
            assertTrue(sim.queues().size() >= 13);
        }
    }
}
