package com.queuewallboard.ui.settings;

import com.queuewallboard.ui.common.Stylesheets;

import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import com.queuewallboard.config.SettingsStore;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the settings form: in its own window, or inside the board while it is full screen
 * ({@link #openInside}); saving stores the settings and applies them at once.
 */
public final class SettingsWindow {
    private static final Logger LOG = Logger.getLogger(SettingsWindow.class.getName());
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 560;
    static final double PREF_WIDTH = 760;
    static final double PREF_HEIGHT = 720;

    private SettingsWindow() {
    }

    /** The Settings… menu entry: the dialog as the settings are. */
    public static void show(Window owner, SettingsHost board, SettingsSaver saver) {
        open(owner, board, saver, savedSecret(), false);
    }

    /** "Enter real credentials…": demo data unticked and the cursor in the region field. */
    public static void showForCredentials(Window owner, SettingsHost board, SettingsSaver saver) {
        open(owner, board, saver, savedSecret(), true);
    }

    /**
     * @param savedSecret the secret in the settings store, to tell a saved secret from one set by
     *                    the environment or .env (which is then not written to disk on save)
     */
    static Stage open(Window owner, SettingsHost board, SettingsSaver saver, Secret savedSecret, boolean forCredentials) {
        Stage stage = new Stage();
        SettingsPane pane = form(board, saver, savedSecret, forCredentials, stage::close);
        Rectangle2D bounds = placement(ownerBounds(owner), screenArea(owner));
        Scene scene = new Scene(pane, bounds.getWidth(), bounds.getHeight());
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        else scene.getStylesheets().setAll(Stylesheets.DARK);
        stage.setScene(scene);
        stage.setTitle("Queue Wallboard settings");
        // Explicit sizes: from a full-screen owner the window manager once gave the dialog 200x200.
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.show();
        if (forCredentials) Platform.runLater(pane::focusRegion);
        return stage;
    }

    /**
     * The form inside the board's own window, over the dimmed board. Used while the board is full
     * screen: an owned dialog window makes some window managers (openbox, seen) drop the board out
     * of full screen behind it.
     *
     * @param layer the scene's root stack; the overlay is added on top and removed on close
     */
    public static Node openInside(StackPane layer, SettingsHost board, SettingsSaver saver, boolean forCredentials,
                           Runnable onClose) {
        StackPane overlay = new StackPane();
        Runnable close = () -> {
            layer.getChildren().remove(overlay);
            onClose.run();
        };
        SettingsPane pane = form(board, saver, savedSecret(), forCredentials, close);
        pane.setMaxSize(PREF_WIDTH, PREF_HEIGHT);
        overlay.getChildren().add(pane);
        overlay.getStyleClass().add("settings-overlay");
        overlay.setId("settings-overlay");
        // a filter, not a handler: lists and combos use Esc themselves and would swallow it
        overlay.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        layer.getChildren().add(overlay);
        Platform.runLater(forCredentials ? pane::focusRegion : pane::requestFocus);
        return overlay;
    }

    /** The form and its view model; saving stores and applies the settings, then {@code close} runs. */
    private static SettingsPane form(SettingsHost board, SettingsSaver saver, Secret savedSecret, boolean forCredentials,
                                     Runnable close) {
        Settings current = board.currentSettings();
        SettingsViewModel model = new SettingsViewModel(current, savedSecret, board.opener(), board.background());
        // Fill the queue picker from the board's own source (no second login).
        boolean boardIsDemo = current.runsDemo();
        board.listQueues(queues -> model.picker().setAvailableQueues(queues, boardIsDemo),
                problem -> LOG.log(Level.INFO, "Queue list unavailable: {0}", problem.oneLine()));
        if (forCredentials) model.enterCredentials();
        SettingsPane[] pane = new SettingsPane[1];
        pane[0] = new SettingsPane(model, () -> {
            try {
                saver.save(model.toSavedSettings());
            } catch (ConfigException e) {
                pane[0].showSaveError("Not saved: " + e.problem().message());
                return;
            }
            board.applySettings(model.toSettings());
            close.run();
        }, close);
        return pane[0];
    }

    /**
     * Preferred size clamped to the screen area (never below the minimum unless the screen is
     * smaller), centred on the owner and kept on that screen.
     */
    static Rectangle2D placement(Rectangle2D owner, Rectangle2D area) {
        double width = Math.min(PREF_WIDTH, area.getWidth());
        double height = Math.min(PREF_HEIGHT, area.getHeight());
        Rectangle2D centre = owner != null ? owner : area;
        double x = centre.getMinX() + (centre.getWidth() - width) / 2;
        double y = centre.getMinY() + (centre.getHeight() - height) / 2;
        x = Math.max(area.getMinX(), Math.min(x, area.getMaxX() - width));
        y = Math.max(area.getMinY(), Math.min(y, area.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private static Rectangle2D ownerBounds(Window owner) {
        if (owner == null || Double.isNaN(owner.getX()) || owner.getWidth() <= 0) return null;
        return new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
    }

    /** The visual bounds of the screen holding the owner's centre (the primary screen without one). */
    private static Rectangle2D screenArea(Window owner) {
        Rectangle2D bounds = ownerBounds(owner);
        if (bounds != null) {
            double cx = bounds.getMinX() + bounds.getWidth() / 2;
            double cy = bounds.getMinY() + bounds.getHeight() / 2;
            List<Screen> screens = Screen.getScreensForRectangle(cx, cy, 1, 1);
            if (!screens.isEmpty()) return screens.get(0).getVisualBounds();
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** Saves through the standard settings store in the per-user folder. */
    public static SettingsSaver standardSaver() {
        return settings -> {
            SettingsStore store = SettingsStore.standard();
            store.save(dialogFieldsOnto(store.loadOrDefaults(), settings));
        };
    }

    /**
     * What the dialog edits, written over what was stored. Values that came from the command line
     * or the environment for this run only (--base-url, --time-zone, --today-interval) are not
     * pinned into the file by saving.
     */
    static Settings dialogFieldsOnto(Settings stored, Settings edited) {
        if (edited.region() == null && edited.baseUrl() != null && !edited.runsDemo()) {
            // no region entered: the base URL is the only way to this org, so it is kept
            stored = stored.withUrls(edited.baseUrl(), edited.loginUrl());
        }
        return stored.withConnection(edited.region(), edited.clientId(), edited.clientSecret())
                .withQueues(edited.queues())
                .withMediaTypes(edited.mediaTypes())
                .withRefreshInterval(edited.refreshInterval())
                .withThresholds(edited.thresholds());
    }

    /**
     * The secret in the standard store. When the settings file cannot be read the app started
     * without it (defaults), so a secret it has came from elsewhere: empty is the right answer then.
     */
    private static Secret savedSecret() {
        try {
            return SettingsStore.standard().load().clientSecret();
        } catch (ConfigException e) {
            return Secret.empty();
        }
    }
}
