package com.queuewallboard.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @Test
    void readsModesAndValues() throws Exception {
        CommandLine cl = CommandLine.parse("--once", "--format=json", "--queues", "Sales,Billing", "--demo");
        assertEquals(CommandLine.Mode.ONCE, cl.mode());
        assertEquals("json", cl.value("format"));
        assertEquals("Sales,Billing", cl.value("queues"));
        assertTrue(cl.has("demo"));
        assertEquals(CommandLine.Mode.GUI, CommandLine.parse().mode());
        assertEquals(CommandLine.Mode.HELP, CommandLine.parse("-h").mode());
    }

    @Test
    void refusesTheSecretAsAFlag() {
        ConfigException e = assertThrows(ConfigException.class, () -> CommandLine.parse("--client-secret", "hunter2"));
        assertTrue(e.getMessage().contains("GENESYS_CLIENT_SECRET"));
        assertTrue(!e.getMessage().contains("hunter2"));
    }

    @Test
    void usageErrorsAreSpecific() {
        assertTrue(assertThrows(ConfigException.class, () -> CommandLine.parse("--bogus")).getMessage().contains("--bogus"));
        assertTrue(assertThrows(ConfigException.class, () -> CommandLine.parse("--region")).getMessage().contains("needs a value"));
        assertTrue(assertThrows(ConfigException.class, () -> CommandLine.parse("--once", "--watch")).getMessage().contains("Choose one"));
        assertTrue(assertThrows(ConfigException.class, () -> CommandLine.parse("stray")).getMessage().contains("stray"));
        ConfigException bad = assertThrows(ConfigException.class, () -> CommandLine.parse("--interval", "x").intValue("interval", 10, 2, 3600));
        assertTrue(bad.getMessage().contains("--interval must be a whole number from 2 to 3600"), bad.getMessage());
    }
}
