package com.queuewallboard.genesys;

import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Secret;
import com.queuewallboard.genesys.FakeGenesys.Reply;
import com.queuewallboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text a server sends back reaches problems, the terminal and the window: over a real socket, a
 * server that echoes our credentials in any encoding, or sends terminal controls, gets neither
 * through.
 */
class ServerTextSafetyTest {
    private static final String OBS = "POST " + QueueMetricsApi.OBSERVATIONS_PATH;
    private static final String CLIENT_ID = "client-7";
    /** Characters that change under URL encoding, so the encoded forms differ from the plain one. */
    private static final String SECRET = "s3cr3t/value+with=odd chars";
    private static final String TOKEN = "eyJ0eXAi.tok/en+value==";

    private FakeGenesys fake;
    private GenesysHttp http;
    private QueueMetricsApi metrics;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeGenesys();
        fake.always("POST /oauth/token", Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}"));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
        http = new GenesysHttp(HttpTimeouts.DEFAULT, new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)),
                new Redactor(), 4, clock, clock::sleep);
        TokenProvider tokens = new TokenProvider(fake.baseUrl(), CLIENT_ID, Secret.of(SECRET), http, GenesysConnector.json(), clock);
        metrics = new QueueMetricsApi(new ApiClient(fake.baseUrl(), tokens, http, GenesysConnector.json()));
    }

    @AfterEach
    void stop() {
        http.close();
        fake.close();
    }

    private SourceException failingObserve() {
        return assertThrows(SourceException.class, () -> metrics.observations(List.of("11111111-1111-4111-8111-111111111111")));
    }

    private static String basic() {
        return Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Every form the credentials travel in, and cut-off starts of them. */
    private static List<String> credentialLeaks() {
        String basic = basic();
        return List.of(SECRET, url(SECRET), url(SECRET).replace("+", "%20"), url(SECRET).replace("%2F", "%2f"),
                basic, url(basic), url(basic).replace("%3D", "%3d"), basic.substring(0, 10), url(basic).substring(0, 9),
                SECRET.substring(0, 9));
    }

    /** ...and the access token's, once there is one. */
    private static List<String> leaks() {
        List<String> all = new java.util.ArrayList<>(credentialLeaks());
        all.addAll(List.of(TOKEN, url(TOKEN), TOKEN.substring(0, 8)));
        return all;
    }

    @Test
    void aLoginErrorEchoingTheCredentialsInAnyEncodingShowsNoneOfThem() throws Exception {
        for (String leak : credentialLeaks()) {
            fake.script("POST /oauth/token", Reply.json(401, "{\"error\":\"invalid_client\",\"description\":\"got Authorization: Basic "
                    + json(leak) + "... rejected\"}"));
            SourceException e = assertThrows(SourceException.class, () -> metrics.observations(List.of("11111111-1111-4111-8111-111111111111")));
            assertEquals(ProblemKind.AUTHENTICATION, e.problem().kind());
            assertFalse(e.getMessage().contains(leak), leak + " leaked: " + e.getMessage());
            assertTrue(e.getMessage().contains("****"), e.getMessage());
        }
    }

    @Test
    void anApiErrorEchoingTheTokenOrSecretShowsNeither() throws Exception {
        fake.script(OBS, Reply.json(200, "{\"results\":[]}"));
        metrics.observations(List.of("11111111-1111-4111-8111-111111111111"));   // logged in: the token is known
        for (String leak : leaks()) {
            fake.script(OBS, Reply.json(400, "{\"message\":\"header was Bearer " + json(leak) + "\",\"code\":\"" + json(leak) + "\"}"));
            SourceException e = failingObserve();
            assertFalse(e.problem().oneLine().contains(leak), leak + " leaked: " + e.problem().oneLine());
        }
    }

    @Test
    void terminalControlsAndBidiOverridesFromAServerNeverReachAProblem() throws Exception {
        fake.script(OBS, Reply.json(200, "{\"results\":[]}"));
        metrics.observations(List.of("11111111-1111-4111-8111-111111111111"));   // a 400 now is not taken for the metric
        String nasty = "\\u001b[31mred\\u001b[0m \\u001b]0;pwned\\u0007 \\u001b]8;;http://x\\u001b\\\\link "
                + "\\u202eevil\\u202c \\u009b2J\\u0085 tab\\there\\r\\nnew line\\u0000 \\u001bc reset";
        fake.script(OBS, Reply.json(400, "{\"message\":\"" + nasty + "\",\"code\":\"bad\\u001b[2Jcode\"}"));
        SourceException e = failingObserve();
        String line = e.problem().oneLine();
        for (char c : line.toCharArray()) {
            assertTrue(c >= 0x20 && (c < 0x7f || c > 0x9f) && !(c >= '\u202a' && c <= '\u202e'),
                    "control U+" + Integer.toHexString(c) + " in: " + line);
        }
        assertTrue(line.contains("red"), line);
        assertTrue(line.contains("tab here new line"), line);
        assertFalse(line.contains("pwned"), "an OSC title is dropped whole: " + line);
        assertEquals("badcode", e.problem().code());
    }

    @Test
    void queueNamesFromAServerAreMadeSafeToPrint() throws Exception {
        fake.always("GET /api/v2/routing/queues", Reply.json(200, "{\"entities\":[{\"id\":\"11111111-1111-4111-8111-111111111111\","
                + "\"name\":\"Sales\\u001b[2J\\u202e\\u0007\"}],\"pageCount\":1}"));
        QueueDirectory directory = new QueueDirectory(new ApiClient(fake.baseUrl(),
                new TokenProvider(fake.baseUrl(), CLIENT_ID, Secret.of(SECRET), http, GenesysConnector.json(), java.time.Clock.systemUTC()),
                http, GenesysConnector.json()), null);
        assertEquals("Sales", directory.listAll().queues().get(0).name());
    }

    /** The text inside a JSON string. */
    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
