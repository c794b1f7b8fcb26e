package com.queuewallboard.genesys;

import com.queuewallboard.app.Sleeper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Endpoints;
import com.queuewallboard.config.QueueSelection;
import com.queuewallboard.config.Settings;

import java.time.Clock;

/** Builds the client stack (HTTP, token, API, board source) for one set of settings. */
public final class GenesysConnector {
    private GenesysConnector() {
    }

    public static ObjectMapper json() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * @param description for the status bar (region key, host, or DEMO)
     * @param extra       closed with the source (the simulator in demo mode); may be null
     */
    public static GenesysBoardSource open(Settings settings, String description, boolean demo, AutoCloseable extra,
                                          HttpTimeouts timeouts, RetryPolicy retries) throws SourceException {
        return open(settings, description, demo, extra, timeouts, retries, Clock.systemUTC(), Sleeper.REAL);
    }

    /**
     * @param clock   for token expiry, Retry-After, today's interval and re-checks (tests move it by hand)
     * @param sleeper waits between retries (tests pass one that moves their clock instead)
     */
    public static GenesysBoardSource open(Settings settings, String description, boolean demo, AutoCloseable extra,
                                          HttpTimeouts timeouts, RetryPolicy retries, Clock clock, Sleeper sleeper)
            throws SourceException {
        Endpoints endpoints = Endpoints.of(settings);
        QueueSelection selection = QueueSelection.parse(settings.queues());
        if (!settings.hasCredentials()) {
            throw new ConfigException("No OAuth client is set. Give GENESYS_CLIENT_ID and "
                    + "GENESYS_CLIENT_SECRET (or --client-id and the settings dialog), or run --demo.");
        }
        ObjectMapper json = json();
        GenesysHttp http = new GenesysHttp(timeouts, retries, new Redactor(), GenesysBoardSource.POOL_SIZE + 2, clock, sleeper);
        TokenProvider tokens = new TokenProvider(endpoints.login(), settings.clientId(), settings.clientSecret(), http, json,
                clock);
        ApiClient api = new ApiClient(endpoints.api(), tokens, http, json);
        return new GenesysBoardSource(settings, selection, api, clock,
                description != null ? description : endpoints.label(), demo, () -> {
                    http.close();
                    if (extra != null) extra.close();
                });
    }

    public static GenesysBoardSource open(Settings settings) throws SourceException {
        return open(settings, null, false, null, HttpTimeouts.DEFAULT, RetryPolicy.DEFAULT);
    }
}
