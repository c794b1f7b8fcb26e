package com.queuewallboard.simulator;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * Which time of day the simulated contact centre lives in. {@link #REAL}: the local clock, as
 * for {@code --simulate}. {@link #AUTO}: the local clock while the demo centre is open, otherwise
 * a shifted day that starts at a busy hour, so a demo tried in the evening is not an all-zero
 * board. {@link #at(LocalTime)}: the model's day starts at that time, whatever the clock says.
 * The shift is fixed when the simulator starts; from then on the model runs at its speed.
 */
public final class SimTime {

    /** The demo centre's opening hours for {@link #AUTO}: before or after them the phones are quiet. */
    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(18, 0);
    /** Where {@link #AUTO} puts a closed-hours start: this hour plus the minutes past the real hour. */
    static final int BUSY_HOUR = 10;

    public static final SimTime REAL = new SimTime("real", null);
    public static final SimTime AUTO = new SimTime("auto", null);

    private final String name;
    private final LocalTime start;

    private SimTime(String name, LocalTime start) {
        this.name = name;
        this.start = start;
    }

    /** The model's day starts at {@code start} (local time of day). */
    public static SimTime at(LocalTime start) {
        Objects.requireNonNull(start, "start");
        return new SimTime(String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute()), start);
    }

    /**
     * {@code auto}, {@code real} or {@code HH:MM} (as the {@code --sim-time} option takes it).
     *
     * @throws IllegalArgumentException with a one-line message naming the accepted forms
     */
    public static SimTime parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) return AUTO;
        if (t.equals("real")) return REAL;
        try {
            if (t.matches("\\d{1,2}:\\d{2}")) {
                return at(LocalTime.parse(t.length() == 4 ? "0" + t : t));
            }
        } catch (DateTimeParseException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--sim-time must be auto, real or a time of day HH:MM (00:00-23:59), not '"
                + text + "'.");
    }

    /**
     * The model's local date-time when the real clock reads {@code realNow}, or null when the
     * model keeps the real time.
     */
    ZonedDateTime shiftedStart(ZonedDateTime realNow) {
        if (this == REAL) return null;
        if (this == AUTO) {
            LocalTime now = realNow.toLocalTime();
            if (!now.isBefore(OPENS) && now.isBefore(CLOSES)) return null;
            // keep the minutes and seconds of the real clock: the demo's clock then ticks in step with the wall's
            LocalTime busy = now.withHour(BUSY_HOUR);
            return realNow.with(busy);
        }
        return realNow.with(start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimTime other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
