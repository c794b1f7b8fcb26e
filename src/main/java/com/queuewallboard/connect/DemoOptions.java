package com.queuewallboard.connect;

import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Settings;
import com.queuewallboard.simulator.FaultKnobs;
import com.queuewallboard.simulator.SimulatorOptions;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The simulator flags (--seed, --speed, --sim-extra-queues, --sim-latency-ms, --sim-error-rate),
 * read once and used alike by the CLI, --simulate and the wallboard window.
 */
public record DemoOptions(long seed, double speed, int extraQueues, int latencyMs, double errorRate) {

    public static final DemoOptions DEFAULT = new DemoOptions(42, 1.0, 0, 0, 0);

    public static DemoOptions from(CommandLine cl) throws ConfigException {
        return new DemoOptions(cl.intValue("seed", 42, 0, Integer.MAX_VALUE), cl.doubleValue("speed", 1.0, 0.1, 3600),
                cl.intValue("sim-extra-queues", 0, 0, 5000), cl.intValue("sim-latency-ms", 0, 0, 60_000),
                cl.doubleValue("sim-error-rate", 0, 0, 1));
    }

    public SimulatorOptions simulator(int port) {
        return SimulatorOptions.builder().seed(seed).speed(speed).extraQueues(extraQueues).port(port).build();
    }

    /** Applies the fault knobs to a running simulator. */
    public void applyFaults(FaultKnobs faults) {
        if (latencyMs > 0) faults.latency(Duration.ofMillis(latencyMs));
        if (errorRate > 0) faults.errorRate(errorRate);
    }

    /** Genesys, or the simulator set up with these options when the settings say demo. */
    public BoardSource open(Settings settings) throws SourceException {
        Consumer<FaultKnobs> faults = this::applyFaults;
        return SourceFactory.open(settings, simulator(0), faults);
    }
}
