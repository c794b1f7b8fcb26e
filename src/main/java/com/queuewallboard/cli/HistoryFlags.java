package com.queuewallboard.cli;

import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Option;
import com.queuewallboard.history.HistoryConfig;
import com.queuewallboard.history.HistoryDatabase;
import com.queuewallboard.history.HistoryRecorder;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The history flags as the CLI reads them: --history, --no-history, --history-days, --replay, --from, --date. */
public final class HistoryFlags {
    private HistoryFlags() {
    }

    /** --history FILE, or history.db in the settings folder. */
    public static Path file(CommandLine cl, Path settingsFolder) throws ConfigException {
        String given = cl.value(Option.HISTORY);
        if (given == null) return settingsFolder.resolve(HistoryDatabase.FILE_NAME);
        try {
            return Path.of(given.strip());
        } catch (InvalidPathException e) {
            throw CommandLine.usage("--history: '" + given + "' is not a file name.");
        }
    }

    /** Recording in --watch: on unless --no-history (or a replay, which records nothing). */
    public static HistoryRecorder recorder(CommandLine cl, Path settingsFolder, Clock clock) throws ConfigException {
        if (cl.has("no-history") || cl.has("replay")) return HistoryRecorder.disabled();
        return HistoryRecorder.start(config(cl, settingsFolder, clock));
    }

    /** Where and how long to record: --history FILE (or the settings folder's), --history-days. */
    public static HistoryConfig config(CommandLine cl, Path settingsFolder, Clock clock) throws ConfigException {
        return HistoryConfig.of(file(cl, settingsFolder))
                .withRetention(Duration.ofDays(cl.intValue(Option.HISTORY_DAYS))).withClock(clock);
    }

    /** YYYY-MM-DD or "today" (in the board's time zone). */
    public static LocalDate date(String text, Option option, ZoneId zone, Clock clock) throws ConfigException {
        if (text == null || text.strip().equalsIgnoreCase("today")) return LocalDate.now(clock.withZone(zone));
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CommandLine.usage(option.flag() + " must be a date like 2026-12-01 (or today), not '" + text.strip() + "'.");
        }
    }

    /** --from HH:MM[:SS], or null. */
    public static LocalTime from(CommandLine cl) throws ConfigException {
        String text = cl.value(Option.FROM);
        if (text == null) return null;
        if (!cl.has("replay")) throw CommandLine.usage("--from goes with --replay.");
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw CommandLine.usage("--from must be a time like 10:00, not '" + text.strip() + "'.");
        }
    }

    /** --speed as the replay's pace: ×1 to ×3600 (×1 when absent). */
    public static double replaySpeed(CommandLine cl) throws ConfigException {
        double speed = cl.doubleValue(Option.SPEED);
        if (!cl.has("speed")) return 1;
        if (speed < 1) throw CommandLine.usage("--speed with --replay must be from 1 to 3600, not " + cl.value(Option.SPEED) + ".");
        return speed;
    }
}
