package com.queuewallboard.connect;

import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.simulator.SimTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoOptionsTest {

    @Test
    void readsTheSimulatorFlags() throws Exception {
        DemoOptions d = DemoOptions.from(CommandLine.parse("--seed", "7", "--speed", "60", "--sim-extra-queues", "5",
                "--sim-latency-ms", "150", "--sim-error-rate", "0.25"));
        assertEquals(new DemoOptions(7, 60, 5, 150, 0.25, SimTime.AUTO), d);
        assertEquals(5, d.simulator(0).extraQueues());
        assertEquals(DemoOptions.DEFAULT, DemoOptions.from(CommandLine.parse()));
    }

    @Test
    void simTimeIsAutoForTheDemoRealForSimulateOrAsGiven() throws Exception {
        assertEquals(SimTime.AUTO, DemoOptions.from(CommandLine.parse()).simTime());
        assertEquals(SimTime.REAL, DemoOptions.from(CommandLine.parse(), SimTime.REAL).simTime());
        assertEquals(SimTime.AUTO, DemoOptions.from(CommandLine.parse("--sim-time", "auto"), SimTime.REAL).simTime());
        assertEquals(SimTime.REAL, DemoOptions.from(CommandLine.parse("--sim-time", "REAL")).simTime());
        assertEquals(SimTime.at(LocalTime.of(9, 5)), DemoOptions.from(CommandLine.parse("--sim-time=9:05")).simTime());
        assertEquals(SimTime.at(LocalTime.of(14, 30)), DemoOptions.from(CommandLine.parse("--sim-time", "14:30")).simulator(0)
                .simTime());
        for (String bad : new String[] {"25:00", "noon", "10:5", "10:00:00"}) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> DemoOptions.from(CommandLine.parse("--sim-time", bad)), bad);
            assertTrue(e.getMessage().contains("--sim-time must be auto, real or a time of day HH:MM"), e.getMessage());
            assertTrue(e.getMessage().contains(bad) && !e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void outOfRangeValuesAreUsageErrors() {
        assertTrue(assertThrows(ConfigException.class, () -> DemoOptions.from(CommandLine.parse("--speed", "0")))
                .getMessage().contains("--speed"));
        assertTrue(assertThrows(ConfigException.class, () -> DemoOptions.from(CommandLine.parse("--sim-error-rate", "2")))
                .getMessage().contains("--sim-error-rate"));
    }
}
