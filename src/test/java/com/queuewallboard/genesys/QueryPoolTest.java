package com.queuewallboard.genesys;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query pool grows with the queries that run at once, not with the queries ever sent. */
class QueryPoolTest {

    @Test
    void anIdleThreadIsReusedInsteadOfStartingAnother() throws Exception {
        ThreadPoolExecutor pool = GenesysBoardSource.queryPool();
        try {
            for (int refresh = 0; refresh < 50; refresh++) {
                // three queries that all run at once: each waits until the three have started
                CountDownLatch allRunning = new CountDownLatch(3);
                List<Future<?>> batch = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    batch.add(pool.submit(() -> {
                        allRunning.countDown();
                        await(allRunning);
                    }));
                }
                for (Future<?> f : batch) f.get(5, TimeUnit.SECONDS);
            }
            // a thread that has just finished may not be waiting for work yet when the next batch
            // comes, so a few more than 3 may start; a fixed pool would have started all 30
            assertTrue(pool.getLargestPoolSize() <= 10, "threads started for 150 tasks, 3 at a time: " + pool.getLargestPoolSize());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withEveryThreadBusyTheCallerRunsTheTaskAndNothingIsLost() throws Exception {
        ThreadPoolExecutor pool = GenesysBoardSource.queryPool();
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < GenesysBoardSource.POOL_SIZE; i++) pool.submit(() -> await(release));
            Thread caller = Thread.currentThread();
            Future<Thread> extra = pool.submit(Thread::currentThread);
            assertEquals(caller, extra.get(1, TimeUnit.SECONDS), "the 31st query runs on the refreshing thread");
            assertEquals(GenesysBoardSource.POOL_SIZE, pool.getPoolSize(), "never more than the cap");
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertThrows(RejectedExecutionException.class, () -> pool.submit(() -> { }), "a closed source refuses work, as before");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
