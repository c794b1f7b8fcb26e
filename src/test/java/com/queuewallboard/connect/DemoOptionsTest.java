package com.queuewallboard.connect;

import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoOptionsTest {

    @Test
    void readsTheSimulatorFlags() throws Exception {
        DemoOptions d = DemoOptions.from(CommandLine.parse("--seed", "7", "--speed", "60", "--sim-extra-queues", "5",
                "--sim-latency-ms", "150", "--sim-error-rate", "0.25"));
        assertEquals(new DemoOptions(7, 60, 5, 150, 0.25), d);
        assertEquals(5, d.simulator(0).extraQueues());
        assertEquals(DemoOptions.DEFAULT, DemoOptions.from(CommandLine.parse()));
    }

    @Test
    void outOfRangeValuesAreUsageErrors() {
        assertTrue(assertThrows(ConfigException.class, () -> DemoOptions.from(CommandLine.parse("--speed", "0")))
                .getMessage().contains("--speed"));
        assertTrue(assertThrows(ConfigException.class, () -> DemoOptions.from(CommandLine.parse("--sim-error-rate", "2")))
                .getMessage().contains("--sim-error-rate"));
    }
}
