package com.queuewallboard.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One simulator on a real socket for a whole test class, started before the class's own
 * {@code @BeforeAll} methods and closed after the last test:
 * {@code @RegisterExtension static final SimulatorExtension SIM = SimulatorExtension.morning();}
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback {
    private final SimulatorOptions options;
    private GenesysSimulator sim;
    private SimClient client;

    private SimulatorExtension(SimulatorOptions options) {
        this.options = options;
    }

    /** The simulator at a busy morning hour, as most simulator tests want it. */
    public static SimulatorExtension morning() {
        return new SimulatorExtension(SimClient.morning().build());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        sim = GenesysSimulator.start(options);
        client = new SimClient(sim);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sim != null) sim.close();
    }

    public GenesysSimulator sim() {
        return sim;
    }

    public SimClient client() {
        return client;
    }
}
