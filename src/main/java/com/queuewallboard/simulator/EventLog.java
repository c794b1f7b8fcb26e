package com.queuewallboard.simulator;

import java.util.Arrays;

/**
 * What happened on one queue and medium, one row per finished thing, in primitive arrays so a
 * day of a thousand queues stays small. Aggregates are computed from it for any interval, the
 * way Genesys posts its t- and n-metrics: offered on arrival, answered on answer, abandoned on
 * abandon, handled after wrap-up. Rows are appended almost in time order (within one model
 * step they may be slightly out of order), so readers filter by time rather than search.
 */
final class EventLog {

    enum Kind { OFFERED, ANSWERED, ABANDONED, HANDLED }

    private static final long KEEP_MS = 49L * 3600 * 1000; // yesterday stays queryable

    private long[] times = new long[256];
    private int[] values = new int[256];
    private byte[] kinds = new byte[256];
    private int size;

    void add(Kind kind, long at, long durationMs) {
        if (size == times.length) {
            compactOrGrow(at);
        }
        times[size] = at;
        values[size] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, durationMs));
        kinds[size] = (byte) kind.ordinal();
        size++;
    }

    /** Calls {@code sink} for each row with {@code from <= time < to}. */
    void forEach(long from, long to, Sink sink) {
        Kind[] all = Kind.values();
        for (int i = 0; i < size; i++) {
            long t = times[i];
            if (t >= from && t < to) {
                sink.accept(all[kinds[i]], t, values[i]);
            }
        }
    }

    int size() {
        return size;
    }

    private void compactOrGrow(long now) {
        int keepFrom = 0;
        while (keepFrom < size && times[keepFrom] < now - KEEP_MS) {
            keepFrom++;
        }
        if (keepFrom > size / 4) {
            System.arraycopy(times, keepFrom, times, 0, size - keepFrom);
            System.arraycopy(values, keepFrom, values, 0, size - keepFrom);
            System.arraycopy(kinds, keepFrom, kinds, 0, size - keepFrom);
            size -= keepFrom;
            return;
        }
        times = Arrays.copyOf(times, times.length * 2);
        values = Arrays.copyOf(values, values.length * 2);
        kinds = Arrays.copyOf(kinds, kinds.length * 2);
    }

    @FunctionalInterface
    interface Sink {
        void accept(Kind kind, long at, int durationMs);
    }
}
