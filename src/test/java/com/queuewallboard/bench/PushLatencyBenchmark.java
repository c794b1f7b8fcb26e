package com.queuewallboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.queuewallboard.push.LiveUpdate;
import com.queuewallboard.push.PushFeed;
import com.queuewallboard.push.PushListener;
import com.queuewallboard.push.PushSettings;
import com.queuewallboard.push.PushState;
import com.queuewallboard.push.TokenSource;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimQueue;
import com.queuewallboard.simulator.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Push latency and REST cost, against the simulator in real time with 200 queues.
 * Latency: from the moment a REST observer (polling 8 queues every 25 ms) first sees a queue's
 * voice oInteracting change to the moment the feed delivers that value. REST cost: requests an
 * hour on push (set-up + a resync query every 5 min) against polling every 10 s, both with
 * today's totals every 60 s, measured in the same run.
 */
public final class PushLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUEUES = 200;
    private static final int WATCHED = 8;
    private static final int RUNS = Integer.getInteger("runs", 4);

    private record Seen(long nanos, int value) {
    }

    public static void main(String[] args) throws Exception {
        int named = GenesysSimulator.start(SimulatorOptions.defaults()).queues().size();
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder()
                .extraQueues(Math.max(0, QUEUES - named)).speed(1)
                .simTime(com.queuewallboard.simulator.SimTime.at(java.time.LocalTime.of(10, 30))).build())) {
            sim.faults().requestsPerMinute(0); // the observer polls far above a real budget
            List<String> ids = sim.queues().stream().map(SimQueue::id).toList();
            List<String> watched = ids.subList(0, WATCHED);
            HttpClient http = HttpClient.newHttpClient();
            String token = token(http, sim);
            TokenSource tokens = new TokenSource() {
                @Override
                public String token() {
                    return token;
                }

                @Override
                public void invalidate(String rejected) {
                }
            };
            Map<String, List<Seen>> pushed = new ConcurrentHashMap<>();
            PushListener listener = new PushListener() {
                @Override
                public void onLive(LiveUpdate u) {
                    if ("voice".equals(u.mediaType())) {
                        pushed.computeIfAbsent(u.queueId(), k -> new CopyOnWriteArrayList<>())
                                .add(new Seen(System.nanoTime(), (int) Math.round(u.count("oInteracting"))));
                    }
                }

                @Override
                public void resyncNeeded() {
                }

                @Override
                public void onState(PushState state) {
                }
            };
            long baseline = sim.requests().total();
            PushFeed feed = PushFeed.create(sim.baseUrl(), tokens, PushSettings.DEFAULTS, listener);
            feed.showQueues(ids);
            while (!feed.state().isLive()) {
                Thread.sleep(10);
            }
            long setupRequests = sim.requests().total() - baseline;
            // one resync query as the board would run it: 200 queues in batches of 100
            long before = sim.requests().total();
            for (int i = 0; i < ids.size(); i += 100) {
                post(http, sim, token, "/api/v2/analytics/queues/observations/query",
                        query(ids.subList(i, Math.min(ids.size(), i + 100))));
            }
            long perResync = sim.requests().total() - before;

            List<Long> latencies = new ArrayList<>();
            int unmatched = 0;
            for (int run = 0; run < RUNS; run++) {
                pushed.clear();
                Map<String, List<Seen>> observed = observe(http, sim, token, watched, 30_000);
                System.out.printf("observed changes %d, pushed voice events %d%n", observed.values().stream().mapToInt(List::size).sum(), pushed.values().stream().mapToInt(List::size).sum());
                if (run == 0) {
                    continue; // warm-up
                }
                Thread.sleep(2_000); // late deliveries
                for (String q : watched) {
                    List<Seen> seen = observed.getOrDefault(q, List.of());
                    List<Seen> got = pushed.getOrDefault(q, List.of());
                    for (int i = 1; i < seen.size(); i++) {
                        Seen change = seen.get(i);
                        Seen match = null;
                        for (Seen g : got) {
                            if (g.value == change.value && g.nanos >= change.nanos - 50_000_000L) {
                                match = g;
                                break;
                            }
                        }
                        if (match == null || (i + 1 < seen.size() && match.nanos > seen.get(i + 1).nanos + 1_500_000_000L)) {
                            unmatched++; // flipped back within the once-a-second window, or lost
                        } else {
                            latencies.add(Math.max(0, match.nanos - change.nanos) / 1_000_000);
                        }
                    }
                }
                System.out.printf("run %d: %d changes matched so far%n", run, latencies.size());
            }
            Collections.sort(latencies);
            System.out.printf("push latency model change -> feed: n=%d p50=%d ms p99=%d ms max=%d ms (unmatched %d)%n",
                    latencies.size(), pct(latencies, 50), pct(latencies, 99),
                    latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1), unmatched);

            // polling for 60 s in the same run, as the board polls today
            sim.requests().reset();
            long start = System.nanoTime();
            for (int tick = 0; tick < 6; tick++) {
                for (int i = 0; i < ids.size(); i += 100) {
                    post(http, sim, token, "/api/v2/analytics/queues/observations/query",
                            query(ids.subList(i, Math.min(ids.size(), i + 100))));
                }
                long next = start + (tick + 1) * 10_000_000_000L;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
            long pollPerMinute = sim.requests().observationQueries();
            long todayPerHour = 60L * 2; // 200 queues = 2 aggregate batches a minute, on both paths
            long pollingPerHour = pollPerMinute * 60 + todayPerHour;
            long pushPerHour = setupRequests + perResync * 12 + todayPerHour; // resync every 5 min
            System.out.printf("REST requests/hour, %d queues: polling every 10 s = %d, push = %d "
                    + "(set-up %d, resync %d x 12, today's totals %d)%n", ids.size(), pollingPerHour, pushPerHour,
                    setupRequests, perResync, todayPerHour);
            feed.close();
        }
    }

    /** Polls the watched queues' voice oInteracting every 25 ms, recording each change. */
    private static Map<String, List<Seen>> observe(HttpClient http, GenesysSimulator sim, String token,
                                                   List<String> queues, long millis) throws Exception {
        Map<String, List<Seen>> seen = new ConcurrentHashMap<>();
        long end = System.nanoTime() + millis * 1_000_000L;
        ObjectNode q = query(queues);
        while (System.nanoTime() < end) {
            JsonNode r = post(http, sim, token, "/api/v2/analytics/queues/observations/query", q);
            long now = System.nanoTime();
            for (JsonNode result : r.path("results")) {
                if (!"voice".equals(result.path("group").path("mediaType").asText())) {
                    continue;
                }
                String id = result.path("group").path("queueId").asText();
                for (JsonNode d : result.path("data")) {
                    if (d.path("metric").asText().equals("oInteracting")) {
                        int v = d.path("stats").path("count").asInt();
                        List<Seen> list = seen.computeIfAbsent(id, k -> new ArrayList<>());
                        if (list.isEmpty() || list.get(list.size() - 1).value != v) {
                            list.add(new Seen(now, v));
                        }
                    }
                }
            }
            Thread.sleep(25);
        }
        return seen;
    }

    private static ObjectNode query(List<String> queues) {
        ObjectNode q = JSON.createObjectNode();
        ArrayNode p = q.putObject("filter").put("type", "or").putArray("predicates");
        queues.forEach(id -> p.addObject().put("type", "dimension").put("dimension", "queueId")
                .put("operator", "matches").put("value", id));
        q.putArray("metrics").add("oWaiting").add("oInteracting").add("oOnQueueUsers");
        return q;
    }

    private static JsonNode post(HttpClient http, GenesysSimulator sim, String token, String path, JsonNode body)
            throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private static String token(HttpClient http, GenesysSimulator sim) throws Exception {
        String basic = Base64.getEncoder().encodeToString((sim.clientId() + ":" + sim.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(sim.baseUrl().resolve("/oauth/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
