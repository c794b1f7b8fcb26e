package com.queuewallboard.connect;

import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Settings;
import com.queuewallboard.simulator.FaultKnobs;
import com.queuewallboard.simulator.SimTime;
import com.queuewallboard.simulator.SimulatorOptions;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The simulator flags (--seed, --speed, --sim-extra-queues, --sim-latency-ms, --sim-error-rate,
 * --sim-time), read once and used alike by the CLI, --simulate and the wallboard window.
 *
 * @param simTime the model's time of day: {@link SimTime#AUTO} for the demo (a busy hour when the
 *                local time is outside opening hours), {@link SimTime#REAL} for --simulate
 * @param push    live push (Genesys notifications) with polling as the fallback; false for --no-push.
 *                It rides here because every board (CLI and window) opens its source through these options.
 */
public record DemoOptions(long seed, double speed, int extraQueues, int latencyMs, double errorRate, SimTime simTime,
                          boolean push) {

    public static final DemoOptions DEFAULT = new DemoOptions(42, 1.0, 0, 0, 0, SimTime.AUTO);

    public DemoOptions {
        simTime = simTime == null ? SimTime.AUTO : simTime;
    }

    /** With push on (the default). */
    public DemoOptions(long seed, double speed, int extraQueues, int latencyMs, double errorRate, SimTime simTime) {
        this(seed, speed, extraQueues, latencyMs, errorRate, simTime, true);
    }

    /** The same options with push on or off. */
    public DemoOptions withPush(boolean on) {
        return new DemoOptions(seed, speed, extraQueues, latencyMs, errorRate, simTime, on);
    }

    /** The options of the demo (--sim-time defaults to auto). */
    public static DemoOptions from(CommandLine cl) throws ConfigException {
        return from(cl, SimTime.AUTO);
    }

    /** @param defaultSimTime what --sim-time means when absent (real for --simulate) */
    public static DemoOptions from(CommandLine cl, SimTime defaultSimTime) throws ConfigException {
        return new DemoOptions(cl.intValue("seed", 42, 0, Integer.MAX_VALUE), cl.doubleValue("speed", 1.0, 0.1, 3600),
                cl.intValue("sim-extra-queues", 0, 0, 5000), cl.intValue("sim-latency-ms", 0, 0, 60_000),
                cl.doubleValue("sim-error-rate", 0, 0, 1), simTime(cl.value("sim-time"), defaultSimTime),
                !cl.has("no-push"));
    }

    private static SimTime simTime(String text, SimTime fallback) throws ConfigException {
        if (text == null) return fallback;
        try {
            return SimTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw CommandLine.usage(e.getMessage());
        }
    }

    public SimulatorOptions simulator(int port) {
        return SimulatorOptions.builder().seed(seed).speed(speed).extraQueues(extraQueues).port(port).simTime(simTime)
                .build();
    }

    /** The simulator for a board: its model's day follows the board's time zone. */
    SimulatorOptions simulator(Settings settings) {
        return SimulatorOptions.builder().seed(seed).speed(speed).extraQueues(extraQueues).simTime(simTime)
                .timeZone(settings.timeZone()).build();
    }

    /** Applies the fault knobs to a running simulator. */
    public void applyFaults(FaultKnobs faults) {
        if (latencyMs > 0) faults.latency(Duration.ofMillis(latencyMs));
        if (errorRate > 0) faults.errorRate(errorRate);
    }

    /** Genesys, or the simulator set up with these options when the settings say demo. */
    public BoardSource open(Settings settings) throws SourceException {
        Consumer<FaultKnobs> faults = this::applyFaults;
        return SourceFactory.open(settings, simulator(settings), faults, push);
    }
}
