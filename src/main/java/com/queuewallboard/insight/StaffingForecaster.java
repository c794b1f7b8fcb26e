package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The live staffing forecast for one queue: Erlang C over the calls offered in a recent window
 * (e.g. the last 30 minutes), with the recent AHT or else today's. Erlang C assumes one call per
 * agent at a time, so chat, email and message queues (handled with concurrency) get "n/a".
 */
public final class StaffingForecaster {
    /** Below this many calls in the window the rate is noise, not a forecast. */
    public static final int MINIMUM_CALLS = 5;
    /** Media handled one interaction per agent at a time, where Erlang C holds. */
    public static final Set<String> VOICE_LIKE = Set.of("voice", "callback");

    private final ServiceLevelTarget target;

    public StaffingForecaster(ServiceLevelTarget target) {
        if (target == null) throw new IllegalArgumentException("A service-level target is required.");
        this.target = target;
    }

    /**
     * @param mediaType        the queue's media ("voice", "chat", ...); null is taken as voice
     * @param offeredInWindow  calls offered in the window
     * @param window           the window's length (the caller's "last 30 minutes")
     * @param recentAhtSeconds AHT over the window, null when no call ended in it
     * @param todayAhtSeconds  today's AHT, the fallback, null when unknown
     * @param agentsOnQueue    agents on queue now
     */
    public StaffingForecast forecast(String mediaType, long offeredInWindow, Duration window,
                                     Double recentAhtSeconds, Double todayAhtSeconds, int agentsOnQueue) {
        String media = mediaType == null ? "voice" : mediaType.strip().toLowerCase(Locale.ROOT);
        if (!VOICE_LIKE.contains(media)) {
            return StaffingForecast.unavailable("n/a: " + media + " is handled with concurrency");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            return StaffingForecast.unavailable("no recent window");
        }
        if (offeredInWindow < MINIMUM_CALLS) {
            return StaffingForecast.unavailable("too few calls (" + Math.max(0, offeredInWindow) + " in "
                    + DurationText.format(window) + ")");
        }
        Double aht = usable(recentAhtSeconds) ? recentAhtSeconds : usable(todayAhtSeconds) ? todayAhtSeconds : null;
        if (aht == null) return StaffingForecast.unavailable("no handle time yet");
        Workload work = new Workload(offeredInWindow, window, aht);
        if (work.erlangs() > ErlangC.MAX_ERLANGS) return StaffingForecast.unavailable("traffic out of range");
        int needed = ErlangC.agentsNeeded(work, target);
        StaffingPrediction now = ErlangC.predict(Math.max(0, agentsOnQueue), work, target);
        return new StaffingForecast(needed, needed - Math.max(0, agentsOnQueue), now.serviceLevel(), now.asaSeconds(), null);
    }

    private static boolean usable(Double seconds) {
        return seconds != null && seconds > 0 && Double.isFinite(seconds);
    }

    public ServiceLevelTarget target() {
        return target;
    }
}
