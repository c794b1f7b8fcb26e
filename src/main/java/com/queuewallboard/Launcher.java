package com.queuewallboard;

import com.queuewallboard.cli.CliApp;
import com.queuewallboard.cli.ExitCode;
import com.queuewallboard.cli.HistoryFlags;
import com.queuewallboard.config.Option;
import com.queuewallboard.history.HistoryUnavailable;
import com.queuewallboard.history.ReplaySource;
import com.queuewallboard.ui.window.WindowHistory;
import java.time.Clock;
import java.time.LocalDate;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.app.AppPaths;
import com.queuewallboard.app.LogSetup;
import com.queuewallboard.config.Settings;
import com.queuewallboard.config.SettingsLoader;
import com.queuewallboard.config.SettingsStore;
import com.queuewallboard.connect.DemoOptions;
import com.queuewallboard.connect.SourceFactory;
import com.queuewallboard.hub.HubTarget;
import com.queuewallboard.insight.StaffingCommand;
import com.queuewallboard.ui.window.GuiJvm;
import com.queuewallboard.ui.window.WallboardApp;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point. Not a JavaFX Application, so a plain {@code java -jar} and the jpackage launcher
 * can start it, and so the CLI modes never load the JavaFX toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    public static void main(String[] args) {
        LogSetup.toFile();
        // a failure on another thread goes to the log, not as a stack trace onto the terminal
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Uncaught on " + t.getName(), e));
        try {
            run(args);
        } catch (Throwable e) {   // an Error too: no stack trace ever reaches the user
            LOG.log(Level.SEVERE, "Unexpected error", e);
            System.err.println("queue-wallboard: unexpected error (" + e.getClass().getSimpleName()
                    + "); details are in the log file " + AppPaths.logFile() + ".");
            System.exit(ExitCode.INTERNAL.code);
        }
    }

    private static void run(String[] args) {
        if (args.length > 0 && args[0].equals(StaffingCommand.NAME)) {
            // a what-if calculator: no settings, no network, no toolkit
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            System.exit(StaffingCommand.run(Arrays.copyOfRange(args, 1, args.length), out, System.err));
            return;
        }
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (ConfigException e) {
            System.err.println("queue-wallboard: " + e.problem().message());
            System.exit(ExitCode.USAGE.code);
            return;
        }
        Path workDir = Path.of("").toAbsolutePath();
        SettingsStore store = SettingsStore.standard();
        if (cl.mode() != CommandLine.Mode.GUI) {
            int code = new CliApp(System.getenv(), workDir, store, stdout(cl), System.err).run(cl);
            System.exit(code);
            return;
        }
        OptionalInt relaunched = GuiJvm.relaunchIfNeeded(Launcher.class.getName(), args);   // heap cap etc. for java -jar
        if (relaunched.isPresent()) System.exit(relaunched.getAsInt());
        startWallboard(cl, workDir, store);
    }

    /**
     * JSON and CSV, and anything piped to a file or a program, are written as UTF-8 whatever the
     * locale (cron and services often run with LANG=C, which would turn "Säljare" into "S?ljare").
     * A table on a terminal keeps the terminal's own encoding.
     */
    private static PrintStream stdout(CommandLine cl) {
        String format = cl.value("format");
        boolean table = format == null || format.strip().equalsIgnoreCase("table");
        if (table && System.console() != null) return System.out;
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    /** The window always opens; a settings problem is shown in it rather than stopping the start. */
    private static void startWallboard(CommandLine cl, Path workDir, SettingsStore store) {
        Settings settings;
        List<String> warnings = new ArrayList<>();
        try {
            SettingsLoader.Loaded loaded = SettingsLoader.load(cl, System.getenv(), workDir, store, true);
            settings = loaded.settings();
            warnings.addAll(loaded.warnings());
        } catch (ConfigException e) {
            warnings.add(e.problem().message());
            settings = store.loadOrDefaults();
        }
        Integer monitor = null;
        try {
            if (cl.value("monitor") != null) monitor = cl.intValue("monitor", 1, 1, 16) - 1;
        } catch (ConfigException e) {
            warnings.add(e.problem().message());
        }
        DemoOptions demo = DemoOptions.DEFAULT;
        try {
            demo = DemoOptions.from(cl);
        } catch (ConfigException e) {
            warnings.add(e.problem().message());
        }
        HubTarget hub = null;
        try {
            hub = HubTarget.from(cl, System.getenv());   // --hub: follow a hub, no Genesys credentials needed
        } catch (ConfigException e) {
            warnings.add(e.problem().message());
        }
        WindowHistory history;
        try {
            history = windowHistory(cl, settings, store);
        } catch (ConfigException e) {
            // a replay of a day that cannot be shown is a usage error, not an empty window
            System.err.println("queue-wallboard: " + e.problem().message());
            System.exit(ExitCode.USAGE.code);
            return;
        }
        DemoOptions demoOptions = demo;
        HubTarget hubTarget = hub;
        WallboardApp.launch(settings, cl.has("fullscreen"), monitor, warnings.isEmpty() ? null : String.join(" ", warnings),
                s -> SourceFactory.open(s, demoOptions, hubTarget), history);
    }

    /** --replay DATE [--from HH:MM] [--speed X] plays a recorded day; else recording unless --no-history. */
    private static WindowHistory windowHistory(CommandLine cl, Settings settings, SettingsStore store) throws ConfigException {
        Path folder = store.settingsFile().toAbsolutePath().getParent();
        Clock clock = Clock.systemUTC();
        if (cl.has("replay")) {
            LocalDate day = HistoryFlags.date(cl.value(Option.REPLAY), Option.REPLAY, settings.timeZone(), clock);
            try {
                return WindowHistory.replay(ReplaySource.open(HistoryFlags.file(cl, folder), day, HistoryFlags.from(cl),
                        settings.timeZone(), HistoryFlags.replaySpeed(cl), settings.refreshInterval()));
            } catch (HistoryUnavailable e) {
                throw new ConfigException("--replay: " + e.reason() + ".");
            }
        }
        if (cl.has("from")) throw CommandLine.usage("--from goes with --replay.");
        if (cl.has("no-history")) return WindowHistory.off();
        return WindowHistory.record(HistoryFlags.config(cl, folder, clock));
    }
}
