package com.queuewallboard.hub;

import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.genesys.GenesysConnector;
import com.queuewallboard.genesys.HttpTimeouts;
import com.queuewallboard.genesys.RetryPolicy;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimulatorOptions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A real hub on 127.0.0.1 in front of the demo simulator, reached through the real Genesys
 * client (no retries, so a failing Genesys fails fast). Tests drive refreshes by hand.
 */
final class HubFixture implements AutoCloseable {
    final GenesysSimulator simulator;
    final BoardSource source;
    final HubEvents events = new HubEvents(16, 1000);
    final HubRefresher refresher;
    final HubKey key;
    final Settings settings;
    HubConfig config;
    HubServer server;

    HubFixture(Path home, HubConfig config) throws Exception {
        simulator = GenesysSimulator.start(SimulatorOptions.builder().seed(7).speed(1).build());
        settings = new Settings(null, simulator.baseUrl().toString(), null, simulator.clientId(),
                Secret.of(simulator.clientSecret()), List.of(), null, Duration.ofSeconds(10), null, null,
                ThresholdSettings.DEFAULT, false);
        source = GenesysConnector.open(settings, "DEMO", true, null, HttpTimeouts.DEFAULT,
                new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)));
        refresher = new HubRefresher(source, settings.thresholds(), settings.mediaTypes().get(0), events, Clock.systemUTC());
        key = HubKey.loadOrCreate(home).key();
        this.config = config;
        refresher.refreshOnce();
        startServer();
    }

    void startServer() throws Exception {
        server = HubServer.start(config, key, events, refresher, HubSettingsView.of(settings, "Team huddle at 3"));
        config = config.withPort(server.port());   // a restart comes back on the same port
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        if (server != null) server.close();
        refresher.close();
        source.close();
        simulator.close();
    }
}
