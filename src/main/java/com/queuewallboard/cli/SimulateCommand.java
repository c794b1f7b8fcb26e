package com.queuewallboard.cli;

import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.connect.DemoOptions;
import com.queuewallboard.simulator.GenesysSimulator;
import com.queuewallboard.simulator.SimTime;
import com.queuewallboard.simulator.SimulatorOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** --simulate: the demo Genesys Cloud on 127.0.0.1 for other clients, until Ctrl+C. */
final class SimulateCommand {
    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CommandLine cl) throws ConfigException {
        DemoOptions demo = DemoOptions.from(cl, SimTime.REAL); // other clients get the real local time unless asked
        SimulatorOptions options = demo.simulator(cl.intValue("port", 0, 0, 65535));
        GenesysSimulator simulator;
        try {
            simulator = GenesysSimulator.start(options);
        } catch (IOException e) {
            err.println("queue-wallboard: cannot start the simulator on 127.0.0.1:" + options.port()
                    + " (" + e.getMessage() + "). Choose another --port.");
            return ExitCode.NETWORK.code;
        }
        demo.applyFaults(simulator.faults());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        out.println("DEMO Genesys Cloud simulator running at " + simulator.baseUrl());
        out.println("  client id:     " + simulator.clientId());
        out.println("  client secret: " + simulator.clientSecret() + "   (demo credentials, not a real secret)");
        out.println("  queues:        " + simulator.queues().size());
        if (simulator.simulatedTimeOfDay() != null) {
            out.println("  simulated time: " + simulator.simulatedTimeOfDay() + " (--sim-time " + demo.simTime() + ")");
        }
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
}
