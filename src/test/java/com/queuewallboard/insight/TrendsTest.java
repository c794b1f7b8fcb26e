package com.queuewallboard.insight;

import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.TodayTotals;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendsTest {

    @Test
    void copiesTheLastPointsOldestFirst() {
        TrendBuffer t = new TrendBuffer(4);
        for (int i = 1; i <= 3; i++) t.add(100 + i, i, 10 - i);
        long[] times = new long[4];
        int[] waiting = new int[4];
        int[] free = new int[4];
        assertEquals(3, t.copyLast(10, times, waiting, free));
        assertArrayEquals(new long[]{101, 102, 103, 0}, times);
        assertArrayEquals(new int[]{1, 2, 3, 0}, waiting);
        assertArrayEquals(new int[]{9, 8, 7, 0}, free);
        assertEquals(2, t.copyLast(2, null, waiting, null));
        assertArrayEquals(new int[]{2, 3, 3, 0}, waiting);
    }

    @Test
    void wrapsAroundOverwritingTheOldest() {
        TrendBuffer t = new TrendBuffer(4);
        for (int i = 1; i <= 10; i++) t.add(i, i * 10, i);
        assertEquals(4, t.size());
        int[] waiting = new int[4];
        long[] times = new long[4];
        assertEquals(4, t.copyLast(4, times, waiting, null));
        assertArrayEquals(new int[]{70, 80, 90, 100}, waiting);   // crosses the wrap point
        assertArrayEquals(new long[]{7, 8, 9, 10}, times);
        assertEquals(3, t.copyLast(3, times, waiting, null));
        assertArrayEquals(new long[]{8, 9, 10, 10}, times);
        assertEquals(100, t.latestWaiting());
        assertEquals(10, t.latestEpochSecond());
        assertEquals(0, t.copyLast(0, times, waiting, null));
        assertEquals(0, t.copyLast(-1, times, waiting, null));
    }

    @Test
    void everyWrapOffsetCopiesCorrectly() {
        for (int added = 0; added <= 12; added++) {
            TrendBuffer t = new TrendBuffer(5);
            for (int i = 0; i < added; i++) t.add(i, i, -i);
            for (int n = 0; n <= 6; n++) {
                int[] waiting = new int[6];
                int[] free = new int[6];
                int got = t.copyLast(n, null, waiting, free);
                int expected = Math.min(n, Math.min(added, 5));
                assertEquals(expected, got);
                for (int k = 0; k < got; k++) {
                    assertEquals(added - got + k, waiting[k], "added " + added + " n " + n + " k " + k);
                    assertEquals(-(added - got + k), free[k]);
                }
            }
        }
    }

    @Test
    void clearAndEmpty() {
        TrendBuffer t = new TrendBuffer(2);
        assertEquals(Long.MIN_VALUE, t.latestEpochSecond());
        t.add(1, 1, 1);
        t.clear();
        assertEquals(0, t.size());
        assertEquals(0, t.copyLast(2, new long[2], null, null));
        assertThrows(IllegalArgumentException.class, () -> new TrendBuffer(0));
    }

    @Test
    void capacityCoversTheWindow() {
        assertEquals(360, TrendRegistry.covering(Duration.ofMinutes(60), Duration.ofSeconds(10)).capacity());
        assertEquals(120, TrendRegistry.covering(Duration.ofMinutes(60), Duration.ofSeconds(30)).capacity());
        assertEquals(259, TrendRegistry.covering(Duration.ofMinutes(60), Duration.ofMillis(13_900)).capacity());
        assertThrows(IllegalArgumentException.class, () -> TrendRegistry.covering(Duration.ofMinutes(60), Duration.ZERO));
    }

    @Test
    void registryFollowsTheQueuesShown() {
        TrendRegistry trends = new TrendRegistry(360);
        Instant t0 = Instant.parse("2026-11-26T10:00:00Z");
        trends.apply(t0, List.of(queue("a", 3, 1), queue("b", 0, 4)));
        TrendBuffer a = trends.get("a");
        trends.apply(t0.plusSeconds(10), List.of(queue("a", 5, 0), QueueFigures.noData("c", "C", TodayTotals.NONE)));
        assertSame(a, trends.get("a"), "the buffer lives on between refreshes");
        assertEquals(2, a.size());
        assertNull(trends.get("b"), "b left the board");
        assertNull(trends.get("c"), "no live data, no point");
        assertEquals(1, trends.queues());
        int[] waiting = new int[2];
        long[] times = new long[2];
        a.copyLast(2, times, waiting, null);
        assertArrayEquals(new int[]{3, 5}, waiting);
        assertArrayEquals(new long[]{t0.getEpochSecond(), t0.getEpochSecond() + 10}, times);

        trends.record("d", 1, 1, 1);
        assertNotNull(trends.get("d"));
        trends.retainOnly(Set.of());
        assertEquals(0, trends.queues());
    }

    @Test
    void addAndCopyAllocateNothing() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        TrendBuffer t = new TrendBuffer(360);
        long[] times = new long[360];
        int[] waiting = new int[360];
        t.add(0, 0, 0);
        t.copyLast(360, times, waiting, null);
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            t.add(i, i & 15, i & 3);
            if (i % 100 == 0) t.copyLast(360, times, waiting, null);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        // 100,000 adds allocating even one small object each would be megabytes
        assertTrue(allocated < 4_096, allocated + " bytes allocated");
    }

    @Test
    void memoryEstimateFor360Points() {
        // 360 x (8 + 4 + 4) bytes of data + headers: under 6 KB a queue
        assertEquals(5_840, TrendBuffer.estimatedBytes(360));
    }

    private static QueueFigures queue(String id, int waiting, int available) {
        return new QueueFigures(id, id, true, waiting, available, 0, 0, available, 0, 0, 0, 0, 0, TodayTotals.NONE);
    }
}
