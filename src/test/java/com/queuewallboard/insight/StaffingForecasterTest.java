package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffingForecasterTest {
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private final StaffingForecaster forecaster = new StaffingForecaster(ServiceLevelTarget.DEFAULT);

    @Test
    void shortOfAgents() {
        // 100 calls in the last 30 min at 180 s = 10 Erlangs: 14 needed, 12 on queue
        StaffingForecast f = forecaster.forecast("voice", 100, HALF_HOUR, 180.0, 240.0, 12);
        assertTrue(f.available());
        assertEquals(14, f.agentsNeeded());
        assertEquals(2, f.staffingGap());
        assertEquals(0.6402, f.predictedServiceLevel(), 5e-5);
        assertEquals(40.44, f.predictedAsaSeconds(), 0.01);
        assertNull(f.unavailableReason());
        assertTrue(f.keepsUp());
    }

    @Test
    void overstaffedGivesANegativeGap() {
        StaffingForecast f = forecaster.forecast("VOICE", 100, HALF_HOUR, 180.0, null, 17);
        assertEquals(-3, f.staffingGap());
        assertTrue(f.predictedServiceLevel() > 0.98);
    }

    @Test
    void todaysHandleTimeWhenNoRecentOne() {
        StaffingForecast recent = forecaster.forecast("voice", 100, HALF_HOUR, null, 180.0, 14);
        assertEquals(14, recent.agentsNeeded());
        assertEquals(0, recent.staffingGap());
        StaffingForecast zeroRecent = forecaster.forecast("voice", 100, HALF_HOUR, 0.0, 180.0, 14);
        assertEquals(14, zeroRecent.agentsNeeded());
        assertEquals("no handle time yet", forecaster.forecast("voice", 100, HALF_HOUR, null, null, 14).unavailableReason());
    }

    @Test
    void agentsWhoCannotKeepUpAreNotNaN() {
        StaffingForecast f = forecaster.forecast("voice", 100, HALF_HOUR, 180.0, null, 9);
        assertTrue(f.available());
        assertEquals(0.0, f.predictedServiceLevel());
        assertEquals(Double.POSITIVE_INFINITY, f.predictedAsaSeconds());
        assertFalse(f.keepsUp());
        StaffingForecast nobody = forecaster.forecast("voice", 100, HALF_HOUR, 180.0, null, 0);
        assertEquals(14, nobody.staffingGap());
    }

    @Test
    void tooFewCallsIsUnavailableWithAReason() {
        StaffingForecast f = forecaster.forecast("voice", 4, HALF_HOUR, 180.0, 180.0, 3);
        assertFalse(f.available());
        assertEquals("too few calls (4 in 30m)", f.unavailableReason());
        assertNull(f.agentsNeeded());
        assertNull(f.staffingGap());
        assertNull(f.predictedServiceLevel());
        assertNull(f.predictedAsaSeconds());
        assertTrue(forecaster.forecast("voice", 5, HALF_HOUR, 180.0, null, 3).available());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "email", "message", "Chat"})
    void concurrentMediaIsNotApplicable(String media) {
        StaffingForecast f = forecaster.forecast(media, 500, HALF_HOUR, 300.0, 300.0, 10);
        assertFalse(f.available());
        assertTrue(f.unavailableReason().startsWith("n/a: "), f.unavailableReason());
        assertNull(f.agentsNeeded());
    }

    @Test
    void callbacksAndUnknownMediaAreVoiceLike() {
        assertTrue(forecaster.forecast("callback", 50, HALF_HOUR, 180.0, null, 5).available());
        assertTrue(forecaster.forecast(null, 50, HALF_HOUR, 180.0, null, 5).available());
    }

    @Test
    void aForecastHasFiguresOrAReason() {
        assertThrows(IllegalArgumentException.class, () -> new StaffingForecast(1, 1, 0.5, 3.0, "why"));
        assertThrows(IllegalArgumentException.class, () -> new StaffingForecast(null, null, null, null, null));
        assertEquals("no recent window", forecaster.forecast("voice", 50, Duration.ZERO, 180.0, null, 5).unavailableReason());
    }
}
