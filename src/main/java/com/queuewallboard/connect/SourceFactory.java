package com.queuewallboard.connect;

import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.genesys.GenesysBoardSource;
import com.queuewallboard.genesys.GenesysConnector;
import com.queuewallboard.genesys.HttpTimeouts;
import com.queuewallboard.genesys.RetryPolicy;
import com.queuewallboard.hub.HubBoardSource;
import com.queuewallboard.hub.HubTarget;
import com.queuewallboard.push.PushBoardSource;
import com.queuewallboard.simulator.FaultKnobs;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimulatorOptions;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Opens the board's data source for a set of settings: Genesys Cloud when an OAuth client is
 * configured, otherwise (or with --demo) the embedded simulator on 127.0.0.1, reached through
 * the very same client code, on live push with polling as the fallback unless --no-push
 * ({@link PushBoardSource}); its snapshots carry the simulated time of day when the demo runs a
 * shifted day ({@link SimulatedTimeSource}).
 */
public final class SourceFactory {
    public static final String DEMO_LABEL = "DEMO";

    private SourceFactory() {
    }

    /**
     * Blocking (starts a server or builds a client): call it off the UI thread. The demo runs a
     * busy hour when opened outside opening hours ({@link DemoOptions#DEFAULT}).
     */
    public static BoardSource open(Settings settings) throws SourceException {
        return DemoOptions.DEFAULT.open(settings);
    }

    /**
     * The hub a screen follows when one is named ({@code --hub}: no Genesys credentials needed,
     * nothing is opened until the first refresh), otherwise Genesys or the demo as {@link DemoOptions#open}.
     *
     * @param hub the hub to follow, or null
     */
    public static BoardSource open(Settings settings, DemoOptions demo, HubTarget hub) throws SourceException {
        if (hub != null) return HubBoardSource.open(hub);
        return demo.open(settings);
    }

    /**
     * @param demoOptions the simulator's seed, speed and size, used in demo mode only
     * @param demoFaults  fault knobs to set on the simulator (latency, errors), demo mode only
     */
    public static BoardSource open(Settings settings, SimulatorOptions demoOptions, Consumer<FaultKnobs> demoFaults)
            throws SourceException {
        return open(settings, demoOptions, demoFaults, true);
    }

    /** @param push live push with polling as the fallback ({@link PushBoardSource}); false for --no-push */
    public static BoardSource open(Settings settings, SimulatorOptions demoOptions, Consumer<FaultKnobs> demoFaults,
                                   boolean push) throws SourceException {
        if (!settings.runsDemo()) return withPush(GenesysConnector.open(settings), settings, push);
        GenesysSimulator simulator;
        try {
            simulator = GenesysSimulator.start(demoOptions);
        } catch (IOException e) {
            throw new SourceException(Problem.of(ProblemKind.NETWORK,
                    "Could not start the demo simulator on 127.0.0.1 (" + e.getClass().getSimpleName() + ")."), e);
        }
        demoFaults.accept(simulator.faults());
        Settings demo = demoSettings(settings, simulator);
        try {
            GenesysBoardSource source = GenesysConnector.open(demo, DEMO_LABEL, true, simulator::close,
                    HttpTimeouts.DEFAULT, RetryPolicy.DEFAULT);
            return new SimulatedTimeSource(withPush(source, settings, push), simulator::simulatedTimeOfDay);
        } catch (SourceException | RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    private static BoardSource withPush(GenesysBoardSource source, Settings settings, boolean push) {
        return push ? PushBoardSource.over(source, settings.mediaTypes(), settings.todayInterval()) : source;
    }

    /** The user's board settings, pointed at the simulator with its demo credentials. */
    static Settings demoSettings(Settings settings, GenesysSimulator simulator) {
        return new Settings(null, simulator.baseUrl().toString(), null, simulator.clientId(),
                Secret.of(simulator.clientSecret()), settings.queues(), settings.mediaTypes(),
                settings.refreshInterval(), settings.todayInterval(), settings.timeZone(), settings.thresholds(), true);
    }
}
