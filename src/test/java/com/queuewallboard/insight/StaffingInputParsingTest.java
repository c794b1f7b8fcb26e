package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffingInputParsingTest {

    @ParameterizedTest
    @CsvSource({"30m, 1800", "1h, 3600", "900s, 900", "1.5h, 5400", "15 min, 900", "2HR, 7200", "45sec, 45"})
    void periodsWithUnits(String text, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), DurationText.parsePeriod(text));
    }

    @Test
    void periodWithoutUnitIsRejectedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DurationText.parsePeriod("30"));
        assertEquals("Give the period a unit, e.g. 30m, 1h or 900s.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "m", "30x", "-5m", "thirty minutes", "0m", "1e3s", "9000h"})
    void badPeriodsGiveOneLine(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DurationText.parsePeriod(text));
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().startsWith("Write the period") || e.getMessage().startsWith("The period"), e.getMessage());
    }

    @Test
    void handleTimeDefaultsToSeconds() {
        assertEquals(Duration.ofSeconds(180), DurationText.parseHandleTime("180"));
        assertEquals(Duration.ofSeconds(180), DurationText.parseHandleTime("3m"));
        assertEquals(Duration.ofMillis(92_500), DurationText.parseHandleTime("92.5"));
        assertThrows(IllegalArgumentException.class, () -> DurationText.parseHandleTime("0"));
    }

    @Test
    void formatsTheShortestExactForm() {
        assertEquals("30m", DurationText.format(Duration.ofMinutes(30)));
        assertEquals("1h", DurationText.format(Duration.ofHours(1)));
        assertEquals("90s", DurationText.format(Duration.ofSeconds(90)));
        assertEquals("1.5s", DurationText.format(Duration.ofMillis(1500)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"80/20; 80; 20", " 90 / 30 ; 90; 30", "80%/20s; 80; 20", "99/0; 99; 0"})
    void targets(String text, int pct, int sec) {
        assertEquals(new ServiceLevelTarget(pct, sec), ServiceLevelTarget.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "80/", "/20", "80/20/5", "eighty/20", "100/20", "0/20", "80/-1", "80.5/20"})
    void badTargetsGiveOneLine(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceLevelTarget.parse(text));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void targetDefaultsAndText() {
        assertEquals("80/20", ServiceLevelTarget.DEFAULT.toString());
        assertEquals(0.8, ServiceLevelTarget.DEFAULT.fraction(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ServiceLevelTarget.parse(null));
    }
}
