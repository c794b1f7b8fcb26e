package com.queuewallboard.cli;

import com.queuewallboard.history.ReplayClock;
import com.queuewallboard.document.SnapshotView;

import com.queuewallboard.app.Sleeper;
import com.queuewallboard.app.AppVersion;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Settings;
import com.queuewallboard.config.SettingsLoader;
import com.queuewallboard.config.SettingsStore;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.config.Option;
import com.queuewallboard.connect.DemoOptions;
import com.queuewallboard.connect.SourceFactory;
import com.queuewallboard.history.ConnectionEvent;
import com.queuewallboard.history.HistoryConfig;
import com.queuewallboard.history.HistoryRecorder;
import com.queuewallboard.history.HistoryUnavailable;
import com.queuewallboard.history.ReplaySource;
import com.queuewallboard.hub.HubBoardSource;
import com.queuewallboard.hub.HubCommand;
import com.queuewallboard.hub.HubTarget;
import com.queuewallboard.insight.AlarmPolicy;
import com.queuewallboard.insight.BoardAlarms;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The headless command line: --once, --watch (recording history, or --replay of a recorded day),
 * --list-queues, --simulate, report, --help. Never starts
 * the JavaFX toolkit. Problems print as one line on stderr with a distinct exit code; stack
 * traces go to the log file only.
 */
public final class CliApp {
    private static final Logger LOG = Logger.getLogger(CliApp.class.getName());

    private final Map<String, String> env;
    private final Path workDir;
    private final SettingsStore store;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final Sleeper sleeper;

    public CliApp(Map<String, String> env, Path workDir, SettingsStore store, PrintStream out, PrintStream err) {
        this(env, workDir, store, out, err, Clock.systemUTC(), Sleeper.REAL);
    }

    public CliApp(Map<String, String> env, Path workDir, SettingsStore store, PrintStream out, PrintStream err,
                  Clock clock, Sleeper sleeper) {
        this.env = env;
        this.workDir = workDir;
        this.store = store;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Runs the command and returns its exit code. */
    public int run(CommandLine cl) {
        try {
            return switch (cl.mode()) {
                case HELP -> {
                    out.print(HelpText.text());
                    yield ExitCode.OK.code;
                }
                case VERSION -> {
                    out.println("Queue Wallboard " + AppVersion.current());
                    yield ExitCode.OK.code;
                }
                case SIMULATE -> new SimulateCommand(out, err).run(cl);
                case SERVE -> hub().serve(cl, load(cl), DemoOptions.from(cl)::open, HistoryFlags.recorder(cl, settingsFolder(), clock));
                case ROTATE_HUB_KEY -> hub().rotateKey();
                case LIST_QUEUES -> listQueues(cl);
                case ONCE, WATCH -> snapshots(cl);
                case REPORT -> new ReportCommand(out, err, clock).run(cl, HistoryFlags.file(cl, settingsFolder()), reportZone(cl));
                case GUI -> throw new IllegalStateException("the GUI is not a CLI mode");
            };
        } catch (SourceException e) {
            return fail(e.problem());
        } catch (RuntimeException | Error e) {
            // an Error too (OutOfMemoryError, StackOverflowError): one line here, the trace in the log
            LOG.log(Level.SEVERE, "Unexpected error in the CLI", e);
            err.println("queue-wallboard: unexpected error (" + e.getClass().getSimpleName() + "); details are in the log file.");
            return ExitCode.INTERNAL.code;
        }
    }

    private int listQueues(CommandLine cl) throws SourceException {
        Settings settings = load(cl);
        OutputFormat format = OutputFormat.parse(cl.value("format"));
        try (BoardSource source = open(cl, settings, DemoOptions.from(cl).withPush(false))) {
            var queues = source.listQueues();
            switch (format) {
                case JSON -> out.println(OutputFormat.json(queues.stream().map(ListedQueue::of).toList()));
                case CSV -> {
                    out.println("queueId,queueName");
                    queues.forEach(q -> out.println(OutputFormat.csvCell(q.id()) + "," + OutputFormat.csvCell(q.name())));
                }
                case TABLE -> {
                    if (source.isDemo()) out.println("DEMO (embedded simulator) queues:");
                    for (QueueInfo q : queues) out.println(q.id() + "  " + q.name());
                }
            }
            return out.checkError() ? ExitCode.OUTPUT_CLOSED.code : ExitCode.OK.code;
        }
    }

    /**
     * --once and --watch. --watch refreshes start-to-start every interval (a slow API does not
     * stretch the rhythm), keeps going through outages like the wallboard does, and still prints
     * a snapshot for a failed refresh: the last figures marked stale, the problem in "errors".
     * Its exit code is the most serious problem seen during the run.
     */
    private int snapshots(CommandLine cl) throws SourceException {
        Settings settings = load(cl);
        OutputFormat format = OutputFormat.parse(cl.value("format"));
        boolean watch = cl.mode() == CommandLine.Mode.WATCH;
        int count = watch ? cl.intValue("count", Integer.MAX_VALUE, 1, Integer.MAX_VALUE) : 1;
        long periodMs = settings.refreshInterval().toMillis();
        ExitCode worst = ExitCode.OK;
        BoardSnapshot last = null;
        Set<List<Object>> shownProblems = Set.of();
        if (cl.has("replay") && !watch) throw CommandLine.usage("--replay prints with --watch (or opens the window); not with --once.");
        if (!cl.has("replay") && cl.has("from")) throw CommandLine.usage("--from goes with --replay.");
        // every flag is checked before anything is opened, so a usage error leaves nothing running
        boolean onChange = watch && WatchOn.parse(cl.value(Option.WATCH_ON)) == WatchOn.CHANGE;
        // --once takes one look: opening a push channel for it would only cost Genesys a channel
        DemoOptions options = watch ? DemoOptions.from(cl) : DemoOptions.from(cl).withPush(false);
        HistoryConfig historyConfig = watch && !cl.has("no-history") && !cl.has("replay")
                ? HistoryFlags.config(cl, settingsFolder(), clock) : null;
        ReplaySource replay = cl.has("replay") ? openReplay(cl, settings) : null;
        // recording is off in --once (one look, nothing worth keeping) and in a replay, on in --watch unless --no-history
        HistoryRecorder history = historyConfig != null ? HistoryRecorder.start(historyConfig) : HistoryRecorder.disabled();
        boolean[] historyOffSaid = {false};
        history.addStatusListener(s -> {
            if (!s.on() && !historyOffSaid[0]) {
                historyOffSaid[0] = true;
                err.println("queue-wallboard: " + s.text() + " (the figures go on)");
            }
        });
        boolean failing = false;
        String media = settings.mediaTypes().get(0);
        // A replay's alarms age on the recording's clock, live ones on this one.
        ReplayClock replayClock = new ReplayClock(java.time.Instant.EPOCH);
        BoardAlarms alarms = new BoardAlarms(replay != null ? replayClock : clock, AlarmPolicy.DEFAULT);
        ChangeWaiter changes = new ChangeWaiter();
        try (history; BoardSource source = replay != null ? replay : open(cl, settings, options)) {
            source.onChange(changes);
            boolean pushes = onChange && source.transportStatus() != null;
            long nextStart = clock.millis();
            long lastRecorded = Long.MIN_VALUE / 2;
            for (int i = 0; i < count; i++) {
                if (i > 0 && pushes) {
                    // --watch-on change: a snapshot per pushed change, at most one a second, at least one per interval
                    long since = clock.millis() - nextStart;
                    if (since < ChangeWaiter.MIN_GAP.toMillis()
                            && !sleep(ChangeWaiter.MIN_GAP.minusMillis(since))) return ExitCode.INTERRUPTED.code;
                    long left = nextStart + periodMs - clock.millis();
                    if (left > 0 && !changes.await(Duration.ofMillis(left))) return ExitCode.INTERRUPTED.code;
                    nextStart = clock.millis();
                } else if (i > 0) {
                    nextStart += periodMs;
                    long now = clock.millis();
                    // an overrun skips the missed slots instead of firing them back to back
                    while (nextStart < now) nextStart += periodMs;
                    if (!sleep(Duration.ofMillis(nextStart - now))) return ExitCode.INTERRUPTED.code;
                }
                BoardSnapshot snapshot;
                try {
                    snapshot = source.refresh();
                    last = snapshot;
                    // per change that could be a row a second: history keeps the interval's rhythm (and its size)
                    if (!pushes || clock.millis() - lastRecorded >= periodMs) {
                        history.record(snapshot, settings.thresholds(), source.description(), source.isDemo());
                        lastRecorded = clock.millis();
                    }
                    if (failing) history.record(new ConnectionEvent(clock.instant(), "recovered", null));
                    failing = false;
                } catch (SourceException e) {
                    if (!watch) throw e;
                    snapshot = failedRefresh(last, e.problem());
                    if (!failing) history.record(new ConnectionEvent(clock.instant(), "failed", e.problem().oneLine()));
                    failing = true;
                }
                // a replay judges by the day's levels; a screen following a hub by the hub's levels
                ThresholdSettings levels = replay != null ? replay.levels()
                        : source instanceof HubBoardSource hub ? hub.levelsOr(settings.thresholds()) : settings.thresholds();
                if (replay != null) replayClock.set(snapshot.asOf());
                alarms.update(snapshot, levels);
                SnapshotView view = SnapshotView.of(snapshot, source.description(), source.isDemo(), levels, media)
                        .withAlarms(SnapshotView.AlarmView.of(alarms));
                if (replay != null) {
                    view = view.replaying(new SnapshotView.ReplayView(replay.day().toString(),
                            replay.replayTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")), speedNumber(replay.speed())));
                }
                format.print(view, out, i == 0);
                // a closed pipe (--watch | head) sets the error flag; polling on for nobody would never end
                if (out.checkError()) return ExitCode.OUTPUT_CLOSED.code;
                Set<List<Object>> problems = new HashSet<>();
                for (Problem p : snapshot.problems()) {
                    worst = ExitCode.worse(worst, ExitCode.of(p.kind()));
                    List<Object> key = List.of(p.kind(), p.message());
                    problems.add(key);
                    // on stderr too, so a script can tell what is wrong without parsing the output;
                    // in --watch only when it is new, not again at every refresh
                    if (!shownProblems.contains(key)) err.println("queue-wallboard: " + p.oneLine());
                }
                shownProblems = problems;
                if (replay != null && replay.finished()) break;   // the recording's end: nothing more to show
            }
        }
        return worst.code;
    }

    /** What --watch prints when a whole refresh failed: the last figures, all stale, and why. */
    private BoardSnapshot failedRefresh(BoardSnapshot last, Problem problem) {
        if (last == null) return new BoardSnapshot(clock.instant(), null, List.of(), List.of(problem), Set.of());
        Set<String> all = new java.util.HashSet<>();
        last.queues().forEach(q -> all.add(q.queueId()));
        return new BoardSnapshot(last.asOf(), last.todayAsOf(), last.queues(), List.of(problem), all);
    }

    private Path settingsFolder() {
        return store.settingsFile().toAbsolutePath().getParent();
    }

    private ReplaySource openReplay(CommandLine cl, Settings settings) throws ConfigException {
        LocalDate day = HistoryFlags.date(cl.value(Option.REPLAY), Option.REPLAY, settings.timeZone(), clock);
        try {
            return ReplaySource.open(HistoryFlags.file(cl, settingsFolder()), day, HistoryFlags.from(cl), settings.timeZone(),
                    HistoryFlags.replaySpeed(cl), settings.refreshInterval());
        } catch (HistoryUnavailable e) {
            throw new ConfigException("--replay: " + e.reason() + ".");
        }
    }

    /** 10 rather than 10.0 in the JSON. */
    private static Number speedNumber(double speed) {
        return speed == Math.rint(speed) ? (Number) (long) speed : (Number) speed;
    }

    /** The report's day is cut in the board's time zone; a settings problem must not stop a report. */
    private ZoneId reportZone(CommandLine cl) throws ConfigException {
        if (cl.value(Option.TIME_ZONE) != null) return Option.zone(cl.value(Option.TIME_ZONE), Option.TIME_ZONE.flag());
        try {
            return SettingsLoader.load(cl, env, workDir, store, false).settings().timeZone();
        } catch (ConfigException e) {
            return ZoneId.systemDefault();
        }
    }

    /** Genesys or the demo, or the hub that --hub names (then no Genesys credentials are needed). */
    private BoardSource open(CommandLine cl, Settings settings, DemoOptions options) throws SourceException {
        return SourceFactory.open(settings, options, HubTarget.from(cl, env));
    }

    private HubCommand hub() {
        return new HubCommand(env, store.settingsFile().toAbsolutePath().getParent(), out, err);
    }

    private Settings load(CommandLine cl) throws ConfigException {
        SettingsLoader.Loaded loaded = SettingsLoader.load(cl, env, workDir, store, false);
        loaded.warnings().forEach(w -> err.println("queue-wallboard: " + w));
        return loaded.settings();
    }

    private int fail(Problem problem) {
        err.println("queue-wallboard: " + problem.oneLine());
        return ExitCode.of(problem.kind()).code;
    }

    private boolean sleep(Duration d) {
        try {
            sleeper.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** --list-queues JSON uses the same names as the snapshot's queues. */
    record ListedQueue(String queueId, String queueName) {
        static ListedQueue of(QueueInfo q) {
            return new ListedQueue(q.id(), q.name());
        }
    }
}
