package com.queuewallboard.bench;

import com.queuewallboard.insight.TrendBuffer;
import com.queuewallboard.insight.TrendRegistry;

import java.time.Duration;

/**
 * Heap per queue of the trend buffers (60 min at 10 s = 360 points), measured as the heap
 * difference over 10,000 queues, several runs; and the cost of one add.
 * Run: mvn -B -Pbench test-compile exec:exec -Dbench.main=com.queuewallboard.bench.TrendMemoryBench
 */
public final class TrendMemoryBench {
    private static final int QUEUES = 10_000;

    private TrendMemoryBench() {
    }

    public static void main(String[] args) {
        int capacity = TrendRegistry.covering(Duration.ofMinutes(60), Duration.ofSeconds(10)).capacity();
        System.out.printf("estimate: %,d bytes per buffer of %d points%n", TrendBuffer.estimatedBytes(capacity), capacity);
        for (int run = 0; run < 5; run++) {
            long before = usedAfterGc();
            TrendRegistry registry = new TrendRegistry(capacity);
            for (int q = 0; q < QUEUES; q++) {
                String id = "queue-" + q;
                for (int p = 0; p < capacity; p++) registry.record(id, p, q, p);
            }
            long after = usedAfterGc();
            // the id strings are owned by the snapshots in the app; subtract their rough cost here
            System.out.printf("run %d: %,d bytes per queue (registry incl. map entry and id string)%n",
                    run + 1, (after - before) / QUEUES);
            if (registry.queues() != QUEUES) throw new IllegalStateException();
        }
        TrendBuffer buffer = new TrendBuffer(capacity);
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 50_000_000; i++) buffer.add(i, i & 31, i & 7);
            System.out.printf("add: %.2f ns each%n", (System.nanoTime() - t0) / 5e7);
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
