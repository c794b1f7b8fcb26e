package com.queuewallboard.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSetupTest {

    @Test
    void everythingGoesToTheLogFileAndNothingToTheConsole() {
        LogSetup.toFile();
        Logger.getLogger(LogSetupTest.class.getName()).info("log set-up check");
        var handlers = Arrays.asList(Logger.getLogger("").getHandlers());
        assertTrue(handlers.stream().noneMatch(h -> h instanceof ConsoleHandler), "no console handler");
        assertTrue(handlers.stream().anyMatch(h -> h instanceof FileHandler), "a file handler");
        assertFalse(Logger.getLogger("org.apache.hc.client5.http.wire").isLoggable(Level.FINE),
                "HttpClient's wire log (it would hold Authorization headers) stays off");
        assertTrue(Files.exists(AppPaths.logFile()), AppPaths.logFile().toString());
    }
}
