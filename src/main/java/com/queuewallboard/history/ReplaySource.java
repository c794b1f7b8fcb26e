package com.queuewallboard.history;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.insight.AlarmEvent;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A recorded day played back as a {@link BoardSource}: each {@link #refresh()} moves the replay
 * clock on by one tick (the board's refresh interval) times the speed, and returns the last
 * recorded refresh at or before it, with the figures, statuses and levels in force then
 * ({@link #levels()}). The clock moves by ticks, not by the wall clock, so the same day replayed
 * twice gives the same snapshots whatever the machine's load: the caller's scheduler (the
 * window's refresh service, the CLI's --watch loop) is the injected rhythm.
 *
 * <p>Pause, step and jump are for keys in the window; all methods are synchronized, so a refresh
 * on a background thread and a key on the UI thread can meet.
 */
public final class ReplaySource implements BoardSource {
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 3600;

    private final HistoryReader reader;
    private final LocalDate day;
    private final ZoneId zone;
    private final List<RecordedRefresh> refreshes;
    private final Duration tick;
    private double speed;
    private Instant position;
    private int shown = -1;
    private BoardSnapshot snapshot;
    private boolean paused;
    private boolean started;

    private ReplaySource(HistoryReader reader, LocalDate day, ZoneId zone, List<RecordedRefresh> refreshes, Duration tick,
                         double speed, Instant start) {
        this.reader = reader;
        this.day = day;
        this.zone = zone;
        this.refreshes = refreshes;
        this.tick = tick;
        this.speed = speed;
        this.position = start;
    }

    /**
     * @param from  where to start (local time on {@code day}); null for the first recorded refresh
     * @param tick  how far one refresh moves the replay clock at ×1: the board's refresh interval
     * @param speed ×1 .. ×3600
     */
    public static ReplaySource open(Path file, LocalDate day, LocalTime from, ZoneId zone, double speed, Duration tick)
            throws HistoryUnavailable {
        if (speed < MIN_SPEED || speed > MAX_SPEED) {
            throw new IllegalArgumentException("replay speed must be from 1 to 3600, not " + speed);
        }
        HistoryReader reader = HistoryReader.open(file);
        try {
            Instant start = day.atStartOfDay(zone).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            List<RecordedRefresh> list = reader.refreshes(start, end);
            if (list.isEmpty()) throw new HistoryUnavailable("nothing was recorded on " + day + " in " + file, null);
            Instant at = from == null ? list.get(0).at() : day.atTime(from).atZone(zone).toInstant();
            if (at.isBefore(list.get(0).at())) at = list.get(0).at();
            if (at.isAfter(list.get(list.size() - 1).at())) {
                throw new HistoryUnavailable("nothing was recorded on " + day + " after " + from + " (the last refresh is at "
                        + LocalTime.ofInstant(list.get(list.size() - 1).at(), zone).truncatedTo(ChronoUnit.SECONDS) + ")", null);
            }
            return new ReplaySource(reader, day, zone, List.copyOf(list), tick, speed, at);
        } catch (SQLException e) {
            reader.close();
            throw HistoryUnavailable.of(e);
        } catch (HistoryUnavailable | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The first call shows the start; every later one moves the clock on by tick × speed (unless paused). */
    @Override
    public synchronized BoardSnapshot refresh() throws SourceException {
        if (started && !paused) position = clamp(position.plus(Duration.ofMillis(Math.round(tick.toMillis() * speed))));
        started = true;
        return show();
    }

    /** The snapshot on show now, without moving the clock. */
    public synchronized BoardSnapshot current() throws SourceException {
        started = true;
        return show();
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
    }

    public synchronized boolean togglePause() {
        paused = !paused;
        return paused;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** To the next recorded refresh (also while paused); returns it. */
    public synchronized BoardSnapshot step() throws SourceException {
        int next = Math.min(indexAt(position) + 1, refreshes.size() - 1);
        position = refreshes.get(next).at();
        started = true;
        return show();
    }

    /** Back to the recorded refresh before the one shown. */
    public synchronized BoardSnapshot stepBack() throws SourceException {
        int previous = Math.max(indexAt(position) - 1, 0);
        position = refreshes.get(previous).at();
        started = true;
        return show();
    }

    /** Moves the clock by {@code d} (negative: back), within the recording. */
    public synchronized BoardSnapshot jump(Duration d) throws SourceException {
        position = clamp(position.plus(d));
        started = true;
        return show();
    }

    /** To a time of the day. */
    public synchronized BoardSnapshot jumpTo(LocalTime time) throws SourceException {
        position = clamp(day.atTime(time).atZone(zone).toInstant());
        started = true;
        return show();
    }

    public synchronized void setSpeed(double x) {
        if (x < MIN_SPEED || x > MAX_SPEED) throw new IllegalArgumentException("replay speed must be from 1 to 3600");
        speed = x;
    }

    public synchronized double speed() {
        return speed;
    }

    /** The replay clock, local time on the day, whole seconds: what the "REPLAY 10:42:10 ×10" badge shows. */
    public synchronized LocalTime replayTime() {
        return LocalTime.ofInstant(position, zone).truncatedTo(ChronoUnit.SECONDS);
    }

    public LocalDate day() {
        return day;
    }

    /** True once the clock has reached the last recorded refresh of the day. */
    public synchronized boolean finished() {
        return started && !position.isBefore(refreshes.get(refreshes.size() - 1).at());
    }

    /** The levels in force when the refresh on show was recorded: judge the tiles with these. */
    public synchronized ThresholdSettings levels() {
        return shown < 0 ? ThresholdSettings.DEFAULT : refreshes.get(shown).levels();
    }

    /** Alarm transitions recorded from the start of the day up to the replay clock (for the alarm banner). */
    public synchronized List<AlarmEvent> alarmsSoFar() throws SourceException {
        try {
            return reader.alarms(day.atStartOfDay(zone).toInstant(), position.plusMillis(1));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized List<QueueInfo> listQueues() throws SourceException {
        return show().queues().stream().map(q -> new QueueInfo(q.queueId(), q.queueName())).toList();
    }

    /** The recorded source ("DEMO", a region), so the replayed output reads like the recorded one. */
    @Override
    public synchronized String description() {
        return refreshes.get(Math.max(shown, 0)).source();
    }

    @Override
    public synchronized boolean isDemo() {
        return refreshes.get(Math.max(shown, 0)).demo();
    }

    @Override
    public synchronized void close() {
        reader.close();
    }

    private BoardSnapshot show() throws SourceException {
        int i = indexAt(position);
        if (i != shown || snapshot == null) {
            try {
                snapshot = reader.snapshot(refreshes.get(i));
            } catch (SQLException e) {
                throw failure(e);
            }
            shown = i;
        }
        return snapshot;
    }

    /** The last refresh at or before {@code t} (the first when none is). */
    private int indexAt(Instant t) {
        int lo = 0;
        int hi = refreshes.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!refreshes.get(mid).at().isAfter(t)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private Instant clamp(Instant t) {
        Instant first = refreshes.get(0).at();
        Instant last = refreshes.get(refreshes.size() - 1).at();
        return t.isBefore(first) ? first : t.isAfter(last) ? last : t;
    }

    private static SourceException failure(SQLException e) {
        return new SourceException(Problem.of(ProblemKind.SERVICE, "The history file could not be read ("
                + HistoryUnavailable.of(e).reason() + ")."), e);
    }
}
