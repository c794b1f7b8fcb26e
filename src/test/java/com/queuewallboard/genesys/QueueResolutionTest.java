package com.queuewallboard.genesys;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.genesys.FakeGenesys.Reply;
import com.queuewallboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queue ids the org does not know, over a real socket: they are looked up in batches, remembered,
 * re-checked rarely, reported in one stable problem, and never blank the queues that do exist.
 */
class QueueResolutionTest {
    private static final String LIST = "GET " + QueueDirectory.LIST_PATH;
    private static final String OBS = "POST " + QueueMetricsApi.OBSERVATIONS_PATH;
    private static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(50));

    private FakeGenesys fake;
    private MutableClock clock;
    /** The queues the fake org has, by id. */
    private final Set<String> org = ConcurrentHashMap.newKeySet();

    private static String id(int i) {
        return String.format("%08x-0000-4000-8000-%012x", i, i);
    }

    @BeforeEach
    void start() throws Exception {
        fake = new FakeGenesys();
        clock = new MutableClock(Instant.parse("2026-11-26T10:30:00Z"));
        // the batch lookup answers only the ids asked for that the org has, as Genesys does
        fake.respondToQuery(LIST, query -> {
            List<String> asked = Arrays.stream(query.split("&")).filter(p -> p.startsWith("id=")).map(p -> p.substring(3)).toList();
            StringBuilder page = new StringBuilder("{\"entities\":[");
            int n = 0;
            for (String id : asked) {
                if (org.contains(id)) page.append(n++ > 0 ? "," : "").append("{\"id\":\"").append(id).append("\",\"name\":\"Q-").append(id, 0, 8).append("\"}");
            }
            return Reply.json(200, page.append("],\"pageSize\":100,\"pageNumber\":1,\"total\":").append(n).append(",\"pageCount\":1}").toString());
        });
        fake.respond(OBS, body -> {
            StringBuilder r = new StringBuilder("{\"results\":[");
            int n = 0;
            for (String id : org) {
                if (!body.contains(id)) continue;
                r.append(n++ > 0 ? "," : "").append("{\"group\":{\"queueId\":\"").append(id)
                        .append("\",\"mediaType\":\"voice\"},\"data\":[{\"metric\":\"oWaiting\",\"stats\":{\"count\":2}}]}");
            }
            return Reply.json(200, r.append("]}").toString());
        });
        fake.always("POST " + QueueMetricsApi.AGGREGATES_PATH, Reply.json(200, "{\"results\":[]}"));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private GenesysBoardSource open(List<String> queues) throws Exception {
        Settings settings = new Settings(null, fake.baseUrl().toString(), null, "c", Secret.of("s"), queues, null, null,
                Duration.ofSeconds(60), null, null, false);
        return GenesysConnector.open(settings, "test", false, null, HttpTimeouts.DEFAULT, QUICK, clock, clock::sleep);
    }

    private long lookups() {
        return fake.seen.stream().filter(s -> s.method().equals("GET") && s.path().startsWith(QueueDirectory.LIST_PATH)).count();
    }

    @Test
    void hundredsOfUnknownIdsAreLookedUpInBatchesAndTheKnownQueuesShow() throws Exception {
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < 303; i++) wanted.add(id(i));
        org.addAll(List.of(id(5), id(150), id(302)));
        try (GenesysBoardSource source = open(wanted)) {
            BoardSnapshot first = source.refresh();
            assertEquals(List.of(id(5), id(150), id(302)), first.queues().stream().map(q -> q.queueId()).toList(),
                    "the queues that exist always show, in the order asked");
            assertTrue(first.queues().stream().allMatch(q -> q.hasLiveData() && q.waitingCalls() == 2), first.queues().toString());
            assertEquals(4, lookups(), "303 ids in batches of at most 100, not one request per id");
            assertTrue(fake.seen.stream().noneMatch(s -> s.path().startsWith(QueueDirectory.LIST_PATH + "/")), "no GET /queues/{id}");
            assertTrue(fake.seen.stream().filter(s -> s.path().equals(QueueDirectory.LIST_PATH))
                    .allMatch(s -> s.query().length() <= QueueDirectory.MAX_ID_QUERY_CHARS + 40), "URLs stay a sane length");
            Problem unknown = first.problems().stream().filter(p -> p.kind() == ProblemKind.NOT_FOUND).findFirst().orElseThrow();
            assertTrue(unknown.message().contains("300 configured queue ids do not exist") && unknown.message().contains(id(0)),
                    unknown.message());
            assertEquals(1, first.problems().size(), first.problems().toString());

            clock.advance(Duration.ofMinutes(5));
            BoardSnapshot second = source.refresh();
            assertEquals(4, lookups(), "unknown ids are remembered, not looked up on every refresh");
            assertEquals(first.problems(), second.problems(), "the same problem, worded the same");
            assertTrue(second.problemsNewSince(first).isEmpty(), "so it is reported once, not on every refresh");

            org.add(id(0));   // a queue is created (or the role given its division)
            clock.advance(Duration.ofMinutes(9));
            source.refresh();
            assertEquals(4, lookups(), "not re-checked before 15 minutes");
            clock.advance(Duration.ofMinutes(1));
            BoardSnapshot rechecked = source.refresh();
            assertEquals(8, lookups(), "re-checked after 15 minutes");
            assertEquals(4, rechecked.queues().size());
            assertEquals(id(0), rechecked.queues().get(0).queueId());
            assertTrue(rechecked.queues().get(0).hasLiveData(), "its figures come in the same refresh");
            assertEquals(1, rechecked.problemsNewSince(second).size(), "a changed set is reported again");
            assertTrue(rechecked.problems().get(0).message().contains("299 configured"), rechecked.problems().toString());
        }
    }

    @Test
    void namesLookupAndLiveQueriesOfAColdRefreshGoOutTogether() throws Exception {
        org.addAll(List.of(id(1), id(2)));
        CountDownLatch both = new CountDownLatch(2);
        var lookup = fake.queryResponderFor(LIST);
        var observations = fake.responderFor(OBS);
        // each is answered only once the other is in flight: proof they are sent at the same time
        fake.respondToQuery(LIST, q -> awaitBoth(both, () -> lookup.apply(q)));
        fake.respond(OBS, b -> awaitBoth(both, () -> observations.apply(b)));
        try (GenesysBoardSource source = open(List.of(id(1), id(2), id(3)))) {
            BoardSnapshot s = source.refresh();
            assertEquals(2, s.queues().size());
            assertTrue(s.queues().stream().allMatch(q -> q.hasLiveData()), s.queues().toString());
        }
    }

    private static Reply awaitBoth(CountDownLatch both, java.util.function.Supplier<Reply> reply) {
        both.countDown();
        try {
            return both.await(5, TimeUnit.SECONDS) ? reply.get() : Reply.json(500, "{}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.json(500, "{}");
        }
    }

    @Test
    void aServerThatIgnoresTheIdFilterIsReadByListingInstead() throws Exception {
        org.addAll(List.of(id(1), id(2), id(3)));
        String all = "{\"entities\":[{\"id\":\"" + id(1) + "\",\"name\":\"A\"},{\"id\":\"" + id(2) + "\",\"name\":\"B\"},{\"id\":\""
                + id(3) + "\",\"name\":\"C\"}],\"pageSize\":100,\"pageNumber\":1,\"total\":3,\"pageCount\":1}";
        fake.respondToQuery(LIST, q -> Reply.json(200, all));   // the whole org, whatever was asked
        try (GenesysBoardSource source = open(List.of(id(3), id(1), id(9)))) {
            BoardSnapshot s = source.refresh();
            assertEquals(List.of("C", "A"), s.queues().stream().map(q -> q.queueName()).toList(), "nothing called unknown by mistake");
            assertEquals(1, s.problems().size());
            assertTrue(s.problems().get(0).message().startsWith("Queue " + id(9) + " does not exist"), s.problems().toString());
        }
    }

    @Test
    void lookupBatchesHoldAtMostAPageOfIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 250; i++) ids.add(id(i));
        List<List<String>> batches = QueueDirectory.lookupBatches(ids);
        assertEquals(List.of(100, 100, 50), batches.stream().map(List::size).toList());
        assertTrue(QueueDirectory.lookupPath(batches.get(0)).length() < 4_300);
    }
}
