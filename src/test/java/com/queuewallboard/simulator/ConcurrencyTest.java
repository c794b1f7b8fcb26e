package com.queuewallboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void concurrentQueriesWhileTheModelRuns() throws Exception {
        // real clock at 120x: every request has model time to catch up while others read
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().speed(120).build())) {
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    int kind = t % 3;
                    done.add(pool.submit(() -> {
                        SimClient client = new SimClient(sim);
                        int ok = 0;
                        for (int i = 0; i < 15; i++) {
                            SimClient.Reply r = switch (kind) {
                                case 0 -> client.observations(SimClient.observationQuery(ids, SimClient.ALL_METRICS,
                                        "oWaiting"));
                                case 1 -> client.aggregates(SimClient.todayQuery(ids, "PT15M"));
                                default -> client.get("/api/v2/routing/queues?pageSize=3&pageNumber=" + (1 + i % 5));
                            };
                            ok += r.status() == 200 ? 1 : 0;
                        }
                        return ok;
                    }));
                }
                for (Future<Integer> f : done) {
                    assertEquals(15, f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(6 * 15, sim.requests().total() - sim.requests().tokenRequests());
        }
    }
}
