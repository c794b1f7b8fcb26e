package com.queuewallboard.history;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.config.QueueSelection;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.genesys.ApiClient;
import com.queuewallboard.genesys.GenesysBoardSource;
import com.queuewallboard.genesys.GenesysConnector;
import com.queuewallboard.genesys.GenesysHttp;
import com.queuewallboard.genesys.HttpTimeouts;
import com.queuewallboard.genesys.Redactor;
import com.queuewallboard.genesys.RetryPolicy;
import com.queuewallboard.genesys.TokenProvider;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimTime;
import com.queuewallboard.simulator.SimulatorOptions;
import com.queuewallboard.testing.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A day of the simulator at high speed: the simulator and the board source share a clock the
 * test moves by one refresh interval at a time, so hours of the model pass in seconds and every
 * snapshot is stamped with model time.
 */
final class SimulatedDay {
    static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    static final Duration STEP = Duration.ofSeconds(60);

    private SimulatedDay() {
    }

    /** {@code refreshes} snapshots, one per {@link #STEP} from {@link #START}, UTC. */
    static List<BoardSnapshot> record(int refreshes, HistoryRecorder recorder, ThresholdSettings levels) throws Exception {
        MutableClock clock = new MutableClock(START);
        List<BoardSnapshot> out = new ArrayList<>();
        try (GenesysSimulator sim = GenesysSimulator.start(SimulatorOptions.builder().seed(11).clock(clock)
                .timeZone(ZoneOffset.UTC).simTime(SimTime.REAL).build())) {
            sim.faults().requestsPerMinute(0);   // minutes of the model pass in milliseconds of the machine
            Settings settings = new Settings(null, sim.baseUrl().toString(), null, sim.clientId(), Secret.of(sim.clientSecret()),
                    List.of(), null, STEP, STEP, ZoneOffset.UTC, levels, false);
            GenesysHttp http = new GenesysHttp(HttpTimeouts.DEFAULT, RetryPolicy.DEFAULT, new Redactor(), 8);
            TokenProvider tokens = new TokenProvider(sim.baseUrl(), sim.clientId(), Secret.of(sim.clientSecret()), http,
                    GenesysConnector.json(), clock);
            ApiClient api = new ApiClient(sim.baseUrl(), tokens, http, GenesysConnector.json());
            try (GenesysBoardSource source = new GenesysBoardSource(settings, QueueSelection.parse(List.of()), api, clock,
                    "DEMO", true, http::close)) {
                for (int i = 0; i < refreshes; i++) {
                    if (i > 0) clock.advance(STEP);
                    BoardSnapshot s = source.refresh();
                    out.add(s);
                    if (recorder != null) recorder.record(s, levels, source.description(), source.isDemo());
                }
            }
        }
        return out;
    }
}
