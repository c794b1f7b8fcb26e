package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v2/analytics/conversations/aggregates/query}: totals for an interval,
 * counted from the model's event logs, so they agree with what the observations showed.
 */
final class AggregateEndpoint {

    private final ContactCentre centre;
    private final FaultKnobs knobs;

    AggregateEndpoint(ContactCentre centre, FaultKnobs knobs) {
        this.centre = centre;
        this.knobs = knobs;
    }

    JsonNode handle(JsonNode body) throws ApiException {
        AggregateQuery query = AggregateQuery.parse(body);
        return centre.read(now -> respond(query, now));
    }

    /**
     * The query's buckets on the model's axis. Clients ask for "today" by the real clock (local
     * midnight to midnight); a model that runs a shifted day (or faster than real time) may be on
     * another date, so intervals of a day or more move by the whole days between the real date and
     * the model's date in the query's zone: the real today is the model's today, yesterday its
     * yesterday. An interval shorter than a day is read relative to now ("the last 30 minutes"):
     * it moves by the exact offset between the model's clock and the real one, as every timestamp
     * the simulator serves does, so the real clock's last half hour is the model's last half hour.
     */
    static List<long[]> modelBuckets(List<long[]> wire, ZoneId zone, ContactCentre.Now now) {
        long offset = now.model() - now.wire();
        if (offset == 0 || wire.isEmpty()) {
            return wire;
        }
        long start = wire.get(0)[0];
        long end = wire.get(wire.size() - 1)[1];
        boolean subDay = Instant.ofEpochMilli(end).isBefore(Instant.ofEpochMilli(start).atZone(zone).plusDays(1).toInstant());
        if (subDay) {
            List<long[]> shifted = new ArrayList<>(wire.size());
            for (long[] b : wire) {
                shifted.add(new long[] {b[0] + offset, b[1] + offset});
            }
            return shifted;
        }
        long days = ChronoUnit.DAYS.between(Instant.ofEpochMilli(now.wire()).atZone(zone).toLocalDate(),
                Instant.ofEpochMilli(now.model()).atZone(zone).toLocalDate());
        if (days == 0) {
            return wire;
        }
        List<long[]> shifted = new ArrayList<>(wire.size());
        for (long[] b : wire) {
            shifted.add(new long[] {plusDays(b[0], days, zone), plusDays(b[1], days, zone)});
        }
        return shifted;
    }

    private static long plusDays(long ms, long days, ZoneId zone) {
        return Instant.ofEpochMilli(ms).atZone(zone).plusDays(days).toInstant().toEpochMilli();
    }

    private ObjectNode respond(AggregateQuery query, ContactCentre.Now now) {
        List<long[]> wireBuckets = query.buckets();
        List<long[]> buckets = modelBuckets(wireBuckets, query.zone(), now);
        // group key (e.g. "queueId|mediaType") -> its dimension values and per-bucket totals
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        Map<String, AggregateTotals[]> totals = new LinkedHashMap<>();
        for (QueueModel queue : centre.queues()) {
            if (knobs.isUnknown(queue.id)) {
                continue;
            }
            for (MediaStream stream : queue.streams) {
                long slMs = stream.serviceMs;
                double target = stream.serviceLevel;
                String media = stream.kind.analyticsName();
                if (!query.matches(queue.id, media)) {
                    continue;
                }
                ObjectNode group = Json.object();
                for (String dimension : query.groupBy()) {
                    group.put(dimension, "queueId".equals(dimension) ? queue.id : media);
                }
                String key = group.toString();
                groups.putIfAbsent(key, group);
                AggregateTotals[] perBucket = totals.computeIfAbsent(key, k -> newTotals(buckets.size()));
                // one pass over the log; each row finds its bucket by binary search
                stream.log.forEach(buckets.get(0)[0], buckets.get(buckets.size() - 1)[1], (kind, at, ms) -> {
                    int b = bucketOf(buckets, at);
                    if (b >= 0) {
                        perBucket[b].add(kind, ms, slMs, target);
                    }
                });
            }
        }
        ObjectNode response = Json.object();
        ArrayNode results = null;
        for (Map.Entry<String, AggregateTotals[]> entry : totals.entrySet()) {
            ArrayNode data = Json.MAPPER.createArrayNode();
            for (int b = 0; b < buckets.size(); b++) {
                ArrayNode metrics = entry.getValue()[b].write(query.metrics());
                if (!metrics.isEmpty()) {
                    ObjectNode item = data.addObject();
                    // the interval as asked, on the client's (real) axis
                    item.put("interval", Json.iso(wireBuckets.get(b)[0]) + "/" + Json.iso(wireBuckets.get(b)[1]));
                    item.set("metrics", metrics);
                }
            }
            if (data.isEmpty()) {
                continue; // Genesys leaves out groups with no data
            }
            if (results == null) {
                results = response.putArray("results");
            }
            ObjectNode result = results.addObject();
            result.set("group", groups.get(entry.getKey()));
            result.set("data", data);
        }
        // belief: with no data at all Genesys answers {} (no results field); clients treat both alike
        return response;
    }

    private static int bucketOf(List<long[]> buckets, long at) {
        int lo = 0;
        int hi = buckets.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long[] bucket = buckets.get(mid);
            if (at < bucket[0]) {
                hi = mid - 1;
            } else if (at >= bucket[1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static AggregateTotals[] newTotals(int n) {
        AggregateTotals[] totals = new AggregateTotals[n];
        for (int i = 0; i < n; i++) {
            totals[i] = new AggregateTotals();
        }
        return totals;
    }
}
