package com.queuewallboard.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.queuewallboard.simulator.GenesysSimulator;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/** Client-credentials tokens from the simulator over real HTTP, counting logins. */
final class SimTokens implements TokenSource {

    private final GenesysSimulator sim;
    private final HttpClient http = HttpClient.newHttpClient();
    final AtomicInteger logins = new AtomicInteger();
    private volatile String token;

    SimTokens(GenesysSimulator sim) {
        this.sim = sim;
    }

    @Override
    public synchronized String token() throws Exception {
        if (token == null) {
            String basic = Base64.getEncoder().encodeToString((sim.clientId() + ":" + sim.clientSecret())
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(sim.baseUrl().resolve("/oauth/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            token = new ObjectMapper().readTree(r.body()).get("access_token").asText();
            logins.incrementAndGet();
        }
        return token;
    }

    @Override
    public synchronized void invalidate(String rejected) {
        if (rejected.equals(token)) {
            token = null;
        }
    }
}
