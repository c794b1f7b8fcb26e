package com.queuewallboard.cli;

import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.simulator.FaultKnobs;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimulatorOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** --simulate: the demo Genesys Cloud on 127.0.0.1 for other clients, until Ctrl+C. */
final class SimulateCommand {
    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CommandLine cl) throws ConfigException {
        SimulatorOptions options = options(cl, cl.intValue("port", 0, 0, 65535));
        GenesysSimulator simulator;
        try {
            simulator = GenesysSimulator.start(options);
        } catch (IOException e) {
            err.println("queue-wallboard: cannot start the simulator on 127.0.0.1:" + options.port()
                    + " (" + e.getMessage() + "). Choose another --port.");
            return ExitCode.NETWORK.code;
        }
        faults(cl).accept(simulator.faults());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        out.println("DEMO Genesys Cloud simulator running at " + simulator.baseUrl());
        out.println("  client id:     " + simulator.clientId());
        out.println("  client secret: " + simulator.clientSecret() + "   (demo credentials, not a real secret)");
        out.println("  queues:        " + simulator.queues().size());
        out.println("Try: queue-wallboard --once --base-url " + simulator.baseUrl() + " --client-id " + simulator.clientId()
                + "   (with GENESYS_CLIENT_SECRET=" + simulator.clientSecret() + ")");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK.code;
    }

    /** Simulator settings from the --seed/--speed/--sim-* flags (used by demo mode too). */
    static SimulatorOptions options(CommandLine cl, int port) throws ConfigException {
        return SimulatorOptions.builder()
                .seed(cl.intValue("seed", 42, 0, Integer.MAX_VALUE))
                .speed(cl.doubleValue("speed", 1.0, 0.1, 3600))
                .extraQueues(cl.intValue("sim-extra-queues", 0, 0, 5000))
                .port(port)
                .build();
    }

    /** The --sim-latency-ms / --sim-error-rate knobs, checked now and applied once the simulator runs. */
    static Consumer<FaultKnobs> faults(CommandLine cl) throws ConfigException {
        int latency = cl.intValue("sim-latency-ms", 0, 0, 60_000);
        double errors = cl.doubleValue("sim-error-rate", 0, 0, 1);
        return faults -> {
            if (latency > 0) faults.latency(Duration.ofMillis(latency));
            if (errors > 0) faults.errorRate(errors);
        };
    }
}
