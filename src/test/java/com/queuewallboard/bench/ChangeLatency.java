package com.queuewallboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Matches the changes an observer saw in the simulator's model to the moments a consumer (a board
 * source, a tile) showed them, per queue: the latency of each change shown, and how many changes
 * were undone or changed again before they were shown (the once-a-second windows) or never shown.
 */
final class ChangeLatency {
    /** A value (e.g. waiting and in-progress packed in one int) seen at a moment. */
    record Seen(long nanos, int value) {
    }

    /** Latencies in ms of the changes shown, in observation order, and the changes not shown. */
    record Matched(List<Long> latenciesMs, int superseded) {
    }

    private ChangeLatency() {
    }

    /** Each observed change (after a queue's first sight) against the first later showing of the same value. */
    static Matched match(Map<String, List<Seen>> observed, Map<String, List<Seen>> shown) {
        List<Long> latencies = new ArrayList<>();
        int superseded = 0;
        for (Map.Entry<String, List<Seen>> e : observed.entrySet()) {
            List<Seen> seen = e.getValue();
            List<Seen> got = shown.getOrDefault(e.getKey(), List.of());
            for (int i = 1; i < seen.size(); i++) {
                Seen change = seen.get(i);
                Seen match = null;
                for (Seen g : got) {
                    // the observer sees a change up to 25 ms + one query late: a showing may be that much "early"
                    if (g.value() == change.value() && g.nanos() >= change.nanos() - 50_000_000L) {
                        match = g;
                        break;
                    }
                }
                boolean undone = i + 1 < seen.size() && (match == null || match.nanos() > seen.get(i + 1).nanos());
                if (match == null || undone) {
                    superseded++;
                } else {
                    latencies.add(Math.max(0, match.nanos() - change.nanos()) / 1_000_000);
                }
            }
        }
        return new Matched(latencies, superseded);
    }

    /** The p-th percentile of sorted values, -1 when there are none. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return -1;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
