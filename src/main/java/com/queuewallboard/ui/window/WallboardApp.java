package com.queuewallboard.ui.window;

import com.queuewallboard.history.ReplayClock;
import com.queuewallboard.ui.board.BoardActions;
import com.queuewallboard.ui.board.BoardView;
import com.queuewallboard.ui.board.BoardViewModel;
import com.queuewallboard.history.HistoryRecorder;
import com.queuewallboard.history.ReplaySource;
import com.queuewallboard.ui.common.SourceOpener;
import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.common.Stylesheets;
import com.queuewallboard.ui.settings.SettingsHost;
import com.queuewallboard.ui.settings.SettingsWindow;

import com.queuewallboard.app.AppPaths;
import com.queuewallboard.app.LogSetup;
import com.queuewallboard.config.Settings;
import com.queuewallboard.connect.SourceFactory;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;

/**
 * The wallboard window. {@link #launch} is the entry point the command-line {@code Launcher}
 * calls; it blocks until the window is closed.
 */
public final class WallboardApp extends Application {
    private static final Logger LOG = Logger.getLogger(WallboardApp.class.getName());
    static final String TITLE = "Queue Wallboard";

    /** Application.launch can pass no objects, so the launch arguments wait here. */
    private record LaunchRequest(Settings settings, boolean fullScreen, Integer monitorIndex, String startupWarning,
                                 SourceOpener opener, WindowHistory history) {
    }

    private static volatile LaunchRequest request;

    private ExecutorService executor;
    private BoardViewModel model;
    private SettingsHost host;
    private BoardView view;
    private StackPane layers;
    private javafx.scene.Node settingsInside;
    private Stage stage;
    private Scene scene;
    private UiStateStore stateStore;
    private UiState state;
    private JavaSoundSink sound;
    private DesktopNotifier notifier;
    private HistoryRecorder recorder;
    private final PauseTransition saveLater = new PauseTransition(Duration.seconds(1));

    /**
     * Opens the wallboard and blocks until it is closed.
     *
     * @param settings       what to show and how to connect (no credentials = demo simulator)
     * @param fullScreen     start full screen with no exit hint (the unattended wall TV)
     * @param monitorIndex   index into the list of monitors, null = the remembered or primary one
     * @param startupWarning one line shown on the board's banner (e.g. a broken settings file), or null
     * @param opener         opens Genesys or the demo simulator (with the command line's simulator options)
     */
    public static void launch(Settings settings, boolean fullScreen, Integer monitorIndex, String startupWarning,
                              SourceOpener opener) {
        launch(settings, fullScreen, monitorIndex, startupWarning, opener, WindowHistory.NONE);
    }

    /** As above, recording into history or replaying a recorded day as {@code history} says. */
    public static void launch(Settings settings, boolean fullScreen, Integer monitorIndex, String startupWarning,
                              SourceOpener opener, WindowHistory history) {
        request = new LaunchRequest(settings == null ? Settings.defaults() : settings, fullScreen, monitorIndex, startupWarning,
                opener == null ? defaultOpener() : opener, history == null ? WindowHistory.NONE : history);
        LogSetup.toFile();
        Application.launch(WallboardApp.class);
    }

    /** What the next {@link #start} shows, for a test that starts the application itself (no Application.launch). */
    static void prepare(Settings settings, SourceOpener opener) {
        prepare(settings, opener, WindowHistory.NONE);
    }

    static void prepare(Settings settings, SourceOpener opener, WindowHistory history) {
        request = new LaunchRequest(settings, false, null, null, opener, history);
    }

    /** Where the board gets its data: Genesys Cloud, or the embedded simulator without credentials. */
    static SourceOpener defaultOpener() {
        return SourceFactory::open;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        LaunchRequest launch = request != null ? request
                : new LaunchRequest(Settings.defaults(), false, null, null, defaultOpener(), WindowHistory.NONE);
        executor = BackgroundTasks.newDaemonPool("wallboard-io", 2);
        ReplaySource replay = launch.history().replay();
        if (replay != null) {
            // the recorded day instead of Genesys or the demo; the board's clock is the replay's
            model = new BoardViewModel(launch.settings(), s -> replay, executor, new ReplayClock(Instant.EPOCH));
            model.useReplay(replay);
        } else {
            model = new BoardViewModel(launch.settings(), launch.opener(), executor, Clock.systemUTC());
            if (launch.history().recording() != null) {
                recorder = HistoryRecorder.start(launch.history().recording());
                model.recordInto(recorder, launch.history().recording().file());
            } else if (launch.history().switchedOff()) {
                model.recordInto(HistoryRecorder.disabled(), null);
            }
        }
        host = new BoardSettingsHost(model);
        sound = new JavaSoundSink();
        notifier = new DesktopNotifier(stage);
        model.alarms().setAudioSink(sound);
        model.alarms().setNotifier(notifier);
        ErrorReporter.install(model);

        stateStore = new UiStateStore(AppPaths.home());
        state = stateStore.load();
        view = new BoardView(model, new Actions());
        layers = new StackPane(view);   // the settings form goes on top of the board when full screen
        scene = new Scene(layers, state.width(), state.height());
        applyTheme();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        Screen screen = WindowPlacement.chooseScreen(launch.monitorIndex(), state.monitor());
        WindowPlacement.place(stage, screen, state, launch.monitorIndex() == null);
        stage.setTitle(title());
        model.demoProperty().addListener((obs, old, demo) -> stage.setTitle(title()));
        stage.setScene(scene);
        // Esc and F11 are handled below so that a person can always leave full screen, but the
        // unattended board shows no "press Esc" hint over the figures.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        boolean unattended = launch.fullScreen() || state.fullScreen();
        stage.setFullScreenExitHint(unattended ? "" : "Press F11 or Esc to leave full screen");
        stage.show();
        // Some window managers (openbox, seen) open a window at its minimum size when the minimum
        // is set before it is shown; so limits come after, and the wanted geometry is re-applied.
        stage.setMinWidth(640);
        stage.setMinHeight(360);
        WindowPlacement.place(stage, screen, state, launch.monitorIndex() == null);
        if (unattended) stage.setFullScreen(true);
        rememberWindow();

        if (launch.startupWarning() != null && !launch.startupWarning().isBlank()) model.showNotice(launch.startupWarning());
        view.startTimers();
        model.start();
    }

    @Override
    public void stop() {
        saveState();
        if (view != null) view.stopTimers();
        if (model != null) model.shutdown();
        if (executor != null) executor.shutdownNow();
        if (recorder != null) recorder.close();   // writes what is queued, then closes the file
        if (sound != null) sound.shutdown();
        if (notifier != null) notifier.remove();
    }

    /** The recorder of this window, null when it records nothing (tests flush it). */
    HistoryRecorder recorder() {
        return recorder;
    }

    /** The board's model (tests). */
    BoardViewModel model() {
        return model;
    }

    private String title() {
        return model.demoProperty().get() ? TITLE + " \u2014 DEMO" : TITLE;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && stage.isFullScreen() && settingsInside == null) {
            stage.setFullScreen(false);
            e.consume();
        }
        if (model.isReplay() && settingsInside == null && onReplayKey(e)) e.consume();
    }

    /** The replay's keys (see BoardViewModel.REPLAY_KEYS); true when the key was one of them. */
    private boolean onReplayKey(KeyEvent e) {
        switch (e.getCode()) {
            case SPACE -> model.replayTogglePause();
            case RIGHT -> model.replayStep(true);
            case LEFT -> model.replayStep(false);
            case UP -> model.replaySpeed(true);
            case DOWN -> model.replaySpeed(false);
            case J -> model.replayJump(java.time.Duration.ofMinutes(e.isShiftDown() ? -10 : 10));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void applyTheme() {
        List<String> sheets = state.lightTheme() ? List.of(Stylesheets.DARK, Stylesheets.LIGHT) : List.of(Stylesheets.DARK);
        scene.getStylesheets().setAll(sheets);
        // the scene's own fill shows before the first CSS pass: match the theme, so a dark wall
        // TV does not flash white at every start
        scene.setFill(javafx.scene.paint.Color.web(state.lightTheme() ? "#f3f5f8" : "#0d1117"));
    }

    private void rememberWindow() {
        saveLater.setOnFinished(e -> saveState());
        Runnable changed = () -> {
            if (!stage.isFullScreen() && !stage.isMaximized() && !stage.isIconified()) {
                state = state.withGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        WindowPlacement.indexOf(WindowPlacement.screenOf(stage)));
            }
            saveLater.playFromStart();
        };
        stage.xProperty().addListener((o, a, b) -> changed.run());
        stage.yProperty().addListener((o, a, b) -> changed.run());
        stage.widthProperty().addListener((o, a, b) -> changed.run());
        stage.heightProperty().addListener((o, a, b) -> changed.run());
        stage.fullScreenProperty().addListener((o, a, full) -> {
            state = state.withFullScreen(full).withGeometry(
                    state.x() == null ? stage.getX() : state.x(), state.y() == null ? stage.getY() : state.y(),
                    state.width(), state.height(), WindowPlacement.indexOf(WindowPlacement.screenOf(stage)));
            saveLater.playFromStart();
        });
    }

    private void saveState() {
        if (stateStore != null && state != null) stateStore.save(state);
    }

    private final class Actions implements BoardActions {
        @Override
        public void openSettings() {
            openSettingsForm(false);
        }

        @Override
        public void enterCredentials() {
            openSettingsForm(true);
        }

        /** A window of its own normally; inside the board while full screen (see SettingsWindow.openInside). */
        private void openSettingsForm(boolean forCredentials) {
            if (settingsInside != null) return;
            if (!stage.isFullScreen()) {
                if (forCredentials) SettingsWindow.showForCredentials(stage, host, SettingsWindow.standardSaver());
                else SettingsWindow.show(stage, host, SettingsWindow.standardSaver());
                return;
            }
            view.setCommandsEnabled(false);
            settingsInside = SettingsWindow.openInside(layers, host, SettingsWindow.standardSaver(), forCredentials, () -> {
                settingsInside = null;
                view.setCommandsEnabled(true);
            });
        }

        @Override
        public void toggleFullScreen() {
            if (!stage.isFullScreen()) stage.setFullScreenExitHint("Press F11 or Esc to leave full screen");
            stage.setFullScreen(!stage.isFullScreen());
        }

        @Override
        public void toggleTheme() {
            state = state.withTheme(state.lightTheme() ? UiState.DARK : UiState.LIGHT);
            applyTheme();
            saveState();
        }

        @Override
        public void nextMonitor() {
            List<Screen> screens = Screen.getScreens();
            int next = (WindowPlacement.indexOf(WindowPlacement.screenOf(stage)) + 1) % screens.size();
            boolean full = stage.isFullScreen();
            if (full) stage.setFullScreen(false);
            state = state.withMonitor(next);
            WindowPlacement.place(stage, screens.get(next), state, false);
            if (full) stage.setFullScreen(true);
            saveState();
        }
    }
}
