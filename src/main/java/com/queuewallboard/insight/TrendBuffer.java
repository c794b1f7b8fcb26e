package com.queuewallboard.insight;

/**
 * The recent history of one queue for a sparkline: waiting calls and free agents per refresh, in
 * a fixed ring of primitive arrays. Adding is O(1) and allocates nothing, so a board of 1,000
 * queues refreshing every 10 s creates no garbage for its trends. Not thread-safe: one writer
 * (the thread applying snapshots) and readers on that same thread.
 */
public final class TrendBuffer {
    private final long[] epochSeconds;
    private final int[] waiting;
    private final int[] available;
    private int next;   // where the next point goes
    private int size;

    public TrendBuffer(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("A trend holds at least 1 point, not " + capacity + ".");
        epochSeconds = new long[capacity];
        waiting = new int[capacity];
        available = new int[capacity];
    }

    /** Appends a point, overwriting the oldest once full. */
    public void add(long epochSecond, int waitingCalls, int availableAgents) {
        epochSeconds[next] = epochSecond;
        waiting[next] = waitingCalls;
        available[next] = availableAgents;
        next = next + 1 == epochSeconds.length ? 0 : next + 1;
        if (size < epochSeconds.length) size++;
    }

    /**
     * Copies the last {@code n} points (fewer when fewer are held), oldest first, into the
     * caller's arrays, which must be at least that long; any of them may be null when not wanted.
     *
     * @return the number of points copied
     */
    public int copyLast(int n, long[] times, int[] waitingOut, int[] availableOut) {
        int count = Math.max(0, Math.min(n, size));
        int start = Math.floorMod(next - count, epochSeconds.length);
        int firstPart = Math.min(count, epochSeconds.length - start);
        copy(start, 0, firstPart, times, waitingOut, availableOut);
        copy(0, firstPart, count - firstPart, times, waitingOut, availableOut);
        return count;
    }

    private void copy(int from, int to, int length, long[] times, int[] waitingOut, int[] availableOut) {
        if (length == 0) return;
        if (times != null) System.arraycopy(epochSeconds, from, times, to, length);
        if (waitingOut != null) System.arraycopy(waiting, from, waitingOut, to, length);
        if (availableOut != null) System.arraycopy(available, from, availableOut, to, length);
    }

    /** The newest point's waiting count; only meaningful when {@link #size()} &gt; 0. */
    public int latestWaiting() {
        return waiting[Math.floorMod(next - 1, waiting.length)];
    }

    /** The newest point's time (epoch seconds), or {@link Long#MIN_VALUE} when empty. */
    public long latestEpochSecond() {
        return size == 0 ? Long.MIN_VALUE : epochSeconds[Math.floorMod(next - 1, epochSeconds.length)];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return epochSeconds.length;
    }

    public void clear() {
        next = 0;
        size = 0;
    }

    /** Heap bytes of one buffer on a 64-bit JVM with compressed oops and class pointers (the default
     * below 32 GB heap), headers and 8-byte alignment included: 5,840 for 360 points. */
    public static long estimatedBytes(int capacity) {
        long object = align(12 + 3 * 4 + 2 * 4);   // header, three references, two ints
        long longs = align(16 + 8L * capacity);    // array header (with length) + elements
        long ints = align(16 + 4L * capacity);
        return object + longs + 2 * ints;
    }

    private static long align(long bytes) {
        return (bytes + 7) / 8 * 8;
    }
}
