package com.queuewallboard.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The settings form: connection, queues, refresh, alert levels, per-queue levels and the wall
 * screen (one builder class per section), with Save and Cancel. Every field is bound to
 * {@link SettingsViewModel}; errors show under their field as the user types and Save stays
 * disabled while anything is invalid.
 */
final class SettingsPane extends BorderPane {
    private final Label saveError = new Label();
    private final ConnectionSection connection;

    SettingsPane(SettingsViewModel model, Runnable onSave, Runnable onCancel) {
        getStyleClass().add("settings");
        setId("settings");

        connection = new ConnectionSection(model);
        VBox form = new VBox(connection.build(), QueuesSection.build(model.picker()), RefreshSection.build(model),
                AlertLevelsSection.build(model), QueueLevelsSection.build(model), WallScreenSection.build(model));
        form.getStyleClass().add("settings");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Button save = new Button("Save and apply");
        save.setId("save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.validProperty().not());
        save.setOnAction(e -> onSave.run());
        saveError.setId("save-error");
        saveError.getStyleClass().add("field-error");
        saveError.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, saveError, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10));
        buttons.getStyleClass().add("settings");
        setBottom(buttons);
    }

    void showSaveError(String text) {
        saveError.setText(text);
    }

    /** Puts the cursor in the region field (opened to enter real credentials). */
    void focusRegion() {
        connection.focusRegion();
    }
}
