package com.queuewallboard.ui.board;

import com.queuewallboard.history.ReplayClock;
import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.common.SourceOpener;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.config.Settings;
import com.queuewallboard.history.HistoryRecorder;
import com.queuewallboard.history.ReplaySource;
import com.queuewallboard.insight.TrendRegistry;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The board's state: one long-lived {@link TileViewModel} per queue ({@link TileList}), the
 * summary totals and the connection status ({@link ConnectionStatus}, {@link SourceBadges}). A
 * {@link RefreshService} polls the source on the owned executor ({@link RefreshControl}); results
 * are applied here on the FX thread, in place, and passed on to the alarms, the history
 * ({@link HistoryLink}) and the ticker ({@link TickerFeed}). A replay ({@link ReplayControl})
 * applies recorded snapshots the same way.
 *
 * <p>{@link #apply}, {@link #refreshFailed} and {@link #tick} are plain methods, so tests drive
 * the model without a stage; the service methods ({@link #start()}, {@link #refreshNow()}, ...)
 * must be called on the FX thread.
 */
public final class BoardViewModel {
    /** Failed refreshes in a row after which the status says "failing" rather than "retrying". */
    public static final int FAILING_AFTER = ConnectionStatus.FAILING_AFTER;
    /** The replay keys, for the status bar's tooltip (and the README). */
    public static final String REPLAY_KEYS = ReplayControl.KEYS;

    private final SourceOpener opener;
    private final BackgroundTasks background;
    private final Clock clock;
    private Settings settings;

    private final TileList tiles = new TileList();
    private TrendRegistry trends;
    private final SummaryViewModel summary = new SummaryViewModel();
    private final AlarmsViewModel alarms;
    private final TickerFeed ticker;
    private final ConnectionStatus status = new ConnectionStatus();
    private final SourceBadges badges = new SourceBadges();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final RefreshControl refresh;
    private final HistoryLink history;
    private final ReplayControl replay;

    public BoardViewModel(Settings settings, SourceOpener opener, Executor executor, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(executor, "executor");
        this.background = new BackgroundTasks(executor);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refresh = new RefreshControl(settings, opener, executor, this::apply, this::refreshFailed);
        this.history = new HistoryLink(clock, background);
        this.replay = new ReplayControl(background, this::apply, status::showMessage, badges::showReplay);
        badges.showSettings(settings);
        status.showConnecting(settings);
        trends = TrendRegistry.covering(Duration.ofSeconds(Sparkline.WINDOW_SECONDS), settings.refreshInterval());
        summary.useTrend(trends.capacity());
        alarms = new AlarmsViewModel(clock, settings.wall(), tiles::get, executor);
        ticker = new TickerFeed(executor, settings.wall());
    }

    // ---------------------------------------------------------------- applying results

    /** Writes a snapshot into the tiles, in place; makes or drops tiles only when the queue list changed. */
    public void apply(BoardSnapshot snapshot) {
        List<QueueFigures> queues = snapshot.queues();
        tiles.match(queues);
        if (clock instanceof ReplayClock replayClock) replayClock.set(snapshot.asOf());
        // a replay judges the tiles with the levels in force when the day was recorded
        ThresholdSettings thresholds = replay.isOn() ? replay.levels() : settings.thresholds();
        String media = settings.mediaTypes().isEmpty() ? null : settings.mediaTypes().get(0);
        Instant at = snapshot.asOf() != null ? snapshot.asOf() : clock.instant();
        tiles.apply(snapshot, thresholds, media, at, trends);
        tiles.order(settings.wall().worstFirst());
        summary.apply(queues, tiles.view());
        summary.recordTrend(at, queues);
        alarms.update(snapshot, thresholds);
        if (!replay.isOn()) recordLive(snapshot, thresholds);
        ticker.poll();
        status.succeeded(snapshot.asOf() != null ? snapshot.asOf() : clock.instant(), snapshot.problems(), queues.isEmpty());
        if (!replay.isOn()) badges.showSession(refresh.session(), snapshot.simulatedTime());
        badges.refreshWorked(refresh.session());
        if (replay.isOn()) replay.show();
        if (refresh.isPaused()) status.pause();
        showTime(clock.instant());
    }

    /** A whole refresh failed: keep the figures, mark them stale, say why and when the next try is. */
    public void refreshFailed(Problem problem, int inARow, Duration nextTryIn) {
        status.failed(problem, inARow, nextTryIn == null ? null : clock.instant().plus(nextTryIn));
        if (status.state() == ConnectionState.FAILING) history.recordFailing(problem);
        badges.refreshFailed(refresh.session());
        tick(clock.instant());
    }

    /** Once a second: ages, staleness, retry countdown, alarm ages and repeated sounds. */
    public void tick(Instant now) {
        alarms.tick();
        showTime(now);
    }

    /** Ages, staleness and the retry countdown (after a refresh the alarms follow on their own). */
    private void showTime(Instant now) {
        Duration staleAfter = settings.refreshInterval().multipliedBy(2);
        for (TileViewModel tile : tiles.view()) tile.updateFreshness(now, staleAfter, status.lastFailed());
        summary.updateFreshness(tiles.view());
        status.showTime(now, settings.timeZone());
    }

    private void recordLive(BoardSnapshot snapshot, ThresholdSettings thresholds) {
        SourceSession session = refresh.session();
        String description = session.description();
        history.recordLive(snapshot, thresholds, description == null ? badges.text() : description, session.isDemo());
    }

    // ---------------------------------------------------------------- service control (FX thread)

    /** Starts polling. */
    public void start() {
        refresh.start(settings.refreshInterval());
        if (!replay.isOn() && !status.hasData() && history.refillDue()) {
            refillTrends();
            return;
        }
        refresh.runNow();
    }

    /**
     * The sparklines of the last hour from history, read off the FX thread into a fresh registry
     * that replaces the empty one before the first live snapshot; then polling starts.
     */
    private void refillTrends() {
        TrendRegistry refilled = TrendRegistry.covering(Duration.ofSeconds(Sparkline.WINDOW_SECONDS), settings.refreshInterval());
        history.refillTrends(refilled, filled -> {
            if (!status.hasData() && filled) trends = refilled;
            refresh.runNowUnlessPaused();
        });
    }

    /** F5: refresh now (also ends a pause). */
    public void refreshNow() {
        if (!refresh.started()) return;
        refresh.unpause();
        status.resume();
        refresh.runNow();
    }

    /** P: stop or resume polling; figures stay on screen and age. */
    public void togglePause() {
        if (refresh.isPaused()) {
            refreshNow();
        } else {
            refresh.pause();
            status.pause();
            tick(clock.instant());
        }
    }

    /**
     * New settings take effect now: thresholds and the period at once; a changed connection or
     * queue list gets a new source (the old one is closed in the background). Tiles are only
     * rebuilt when the next snapshot's queue list differs.
     */
    public void applySettings(Settings next) {
        Settings previous = settings;
        settings = next;
        tiles.reassess(next.thresholds());
        if (!previous.refreshInterval().equals(next.refreshInterval())) {
            // a new period needs another number of points for the hour: the trends start again
            trends = TrendRegistry.covering(Duration.ofSeconds(Sparkline.WINDOW_SECONDS), next.refreshInterval());
            summary.useTrend(trends.capacity());
        }
        if (previous.wall().worstFirst() != next.wall().worstFirst()) tiles.resetOrder();
        tiles.order(next.wall().worstFirst());
        summary.updateQueueCount(tiles.view());
        ticker.show(next.wall());
        alarms.applyPreferences(next.wall());
        if (needsNewSource(previous, next)) {
            if (connectionChanged(previous, next)) clearBoard();
            refresh.switchTo(next);
            if (!replay.isOn()) badges.showSettings(next);
            if (!status.hasData()) status.showConnecting(next);
            if (refresh.started()) status.reconnecting();
        }
        if (refresh.started()) {
            refresh.setPeriod(next.refreshInterval());
            refresh.runNowUnlessPaused();
        }
        tick(clock.instant());
    }

    /** Another org or the demo: figures on screen say nothing about the new connection. */
    static boolean connectionChanged(Settings a, Settings b) {
        return a.runsDemo() != b.runsDemo() || !Objects.equals(a.region(), b.region())
                || !Objects.equals(a.baseUrl(), b.baseUrl()) || !a.clientId().equals(b.clientId());
    }

    private void clearBoard() {
        tiles.clear();
        trends.retainOnly(List.of());
        summary.useTrend(trends.capacity());
        summary.clear();
        status.clear(settings);
    }

    /**
     * Whether {@code b} needs a new source: true for any difference except the fields applied live
     * (thresholds, refresh period). Derived from the whole record, so a field added to
     * {@link Settings} reconnects by default instead of being silently ignored.
     */
    static boolean needsNewSource(Settings a, Settings b) {
        return !appliedLive(b, a).equals(a);
    }

    /** {@code next} with {@code from}'s live-applied fields: what is left differs only where a reconnect is due. */
    private static Settings appliedLive(Settings next, Settings from) {
        return next.withThresholds(from.thresholds()).withRefreshInterval(from.refreshInterval()).withWall(from.wall());
    }

    /** Lists every queue of the current source off the FX thread (for the settings dialog). */
    public void listQueues(Consumer<List<QueueInfo>> onDone, Consumer<Problem> onError) {
        SourceSession current = refresh.session();
        background.run(current::listQueues, onDone, onError);
    }

    // ---------------------------------------------------------------- history and replay

    /**
     * Records every applied live snapshot, alarm transition and connection change into
     * {@code recorder} (FX thread, before {@link #start()}); its status shows as "history off: ..."
     * when it is off. The caller closes the recorder.
     *
     * @param file the history file, for refilling the sparklines at the start; null for none
     */
    public void recordInto(HistoryRecorder recorder, java.nio.file.Path file) {
        history.recordInto(recorder, file, alarms);
    }

    /** Plays back {@code source} instead of live figures (before {@link #start()}); nothing is recorded. */
    public void useReplay(ReplaySource source) {
        replay.use(source);
        badges.replayStarted();
        replay.show();
    }

    public boolean isReplay() {
        return replay.isOn();
    }

    /** Space: pause or resume the replay clock (the figures stay). */
    public void replayTogglePause() {
        replay.togglePause();
    }

    /** Right / Left: to the next or the previous recorded refresh. */
    public void replayStep(boolean forward) {
        replay.step(forward);
    }

    /** Up / Down: twice or half the speed, within ×1 .. ×3600. */
    public void replaySpeed(boolean faster) {
        replay.speed(faster);
    }

    /** J / Shift+J: the replay clock ten minutes on or back. */
    public void replayJump(Duration by) {
        replay.jump(by);
    }

    /** Stops polling and closes the source (Application.stop). */
    public void shutdown() {
        refresh.shutdown();
    }

    public Settings settings() {
        return settings;
    }

    public SourceOpener opener() {
        return opener;
    }

    /** The owned background executor, for other blocking work of this board (the settings dialog's connection test). */
    public BackgroundTasks background() {
        return background;
    }

    /** A one-line message that must be seen (startup warning, unexpected error); empty hides it. */
    public void showNotice(String text) {
        notice.set(text == null ? "" : text);
    }

    public ObservableList<TileViewModel> tiles() { return tiles.view(); }
    /** The alarm banner, sound and acknowledgements. */
    public AlarmsViewModel alarms() { return alarms; }
    /** The team message for the ticker; empty = no ticker line. */
    public ReadOnlyStringProperty tickerTextProperty() { return ticker.textProperty(); }
    /** The sparkline trends, one per queue on the board. */
    public TrendRegistry trends() { return trends; }
    public SummaryViewModel summary() { return summary; }
    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() { return status.connectionProperty(); }
    public ReadOnlyStringProperty connectionTextProperty() { return status.connectionTextProperty(); }
    /** The last error or the snapshot's partial problems, in plain words with the correlation id. */
    public ReadOnlyStringProperty statusMessageProperty() { return status.statusMessageProperty(); }
    public ReadOnlyStringProperty problemDetailsProperty() { return status.problemDetailsProperty(); }
    public ReadOnlyStringProperty lastUpdateTextProperty() { return status.lastUpdateTextProperty(); }
    public ReadOnlyStringProperty sourceTextProperty() { return badges.sourceTextProperty(); }
    public ReadOnlyBooleanProperty demoProperty() { return badges.demoProperty(); }
    public ReadOnlyBooleanProperty pausedProperty() { return refresh.pausedProperty(); }
    public ReadOnlyBooleanProperty hasDataProperty() { return status.hasDataProperty(); }
    /** Shown over the empty board until the first data arrives; empty when there is data. */
    public ReadOnlyStringProperty loadingTextProperty() { return status.loadingTextProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    /** "Live (push)", "Polling (push unavailable: reason)", or empty for a source that only polls. */
    public ReadOnlyStringProperty transportTextProperty() { return badges.transportTextProperty(); }
    /** True while the hub refuses this screen's viewer key (the full-board ACCESS REFUSED panel). */
    public ReadOnlyBooleanProperty accessRefusedProperty() { return badges.accessRefusedProperty(); }
    /** "Genesys: retrying" while the followed hub cannot reach Genesys; empty otherwise. */
    public ReadOnlyStringProperty upstreamTextProperty() { return badges.upstreamTextProperty(); }
    /** "history off: database is locked"; empty while history records (or nothing was asked of it). */
    public ReadOnlyStringProperty historyTextProperty() { return history.historyTextProperty(); }
    /** "REPLAY 10:42:10 ×10" during a replay, else empty. */
    public ReadOnlyStringProperty replayTextProperty() { return replay.replayTextProperty(); }

    public TileViewModel tile(String queueId) { return tiles.get(queueId); }
    public ConnectionState getConnection() { return status.state(); }
    public boolean isPaused() { return refresh.isPaused(); }
}
