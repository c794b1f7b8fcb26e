package com.queuewallboard.ui;

import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Settings;
import com.queuewallboard.config.SettingsStore;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens the settings form in its own window; saving stores the settings and applies them at once. */
final class SettingsWindow {
    private static final Logger LOG = Logger.getLogger(SettingsWindow.class.getName());

    private SettingsWindow() {
    }

    static void show(Window owner, BoardViewModel board, SettingsSaver saver) {
        SettingsViewModel model = new SettingsViewModel(board.settings(), board.opener(), board.executor());
        // Fill the queue picker from the board's own source (no second login).
        board.listQueues(model::setAvailableQueues, problem -> LOG.log(Level.INFO, "Queue list unavailable: {0}", problem.oneLine()));
        Stage stage = new Stage();
        SettingsPane[] pane = new SettingsPane[1];
        pane[0] = new SettingsPane(model, () -> {
            Settings next = model.toSettings();
            try {
                saver.save(next);
            } catch (ConfigException e) {
                pane[0].showSaveError("Not saved: " + e.problem().message());
                return;
            }
            board.applySettings(next);
            stage.close();
        }, stage::close);
        Scene scene = new Scene(pane[0], 760, 820);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        else scene.getStylesheets().setAll(WallboardApp.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle("Queue Wallboard settings");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.show();
    }

    /** Saves through the standard settings store in the per-user folder. */
    static SettingsSaver standardSaver() {
        return settings -> SettingsStore.standard().save(settings);
    }
}
