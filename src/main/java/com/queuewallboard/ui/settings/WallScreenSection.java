package com.queuewallboard.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import static com.queuewallboard.ui.settings.FormParts.field;
import static com.queuewallboard.ui.settings.FormParts.form;
import static com.queuewallboard.ui.settings.FormParts.section;

/** The "Wall screen" section: tile order, alarms and their sound, the team message; applied without a restart. */
final class WallScreenSection {
    private WallScreenSection() {
    }

    static Node build(SettingsViewModel model) {
        CheckBox worst = new CheckBox("Worst first: tiles ordered by level, then by calls waiting");
        worst.setId("worst-first");
        worst.selectedProperty().bindBidirectional(model.worstFirstProperty());
        ToggleGroup level = new ToggleGroup();
        RadioButton atWarning = new RadioButton("Warning (amber)");
        atWarning.setId("alarm-at-warning");
        atWarning.setToggleGroup(level);
        RadioButton atAlert = new RadioButton("Alert (red) only");
        atAlert.setId("alarm-at-alert");
        atAlert.setToggleGroup(level);
        atWarning.setSelected(model.alarmAtWarningProperty().get());
        atAlert.setSelected(!model.alarmAtWarningProperty().get());
        atWarning.selectedProperty().addListener((o, a, on) -> model.alarmAtWarningProperty().set(on));
        HBox levelBox = new HBox(16, atWarning, atAlert);
        Slider volume = new Slider(0, 1, model.volumeProperty().get());
        volume.setId("alarm-volume");
        volume.valueProperty().bindBidirectional(model.volumeProperty());
        CheckBox mute = new CheckBox("Mute");
        mute.setId("alarm-mute");
        mute.selectedProperty().bindBidirectional(model.mutedProperty());
        volume.disableProperty().bind(mute.selectedProperty());
        HBox.setHgrow(volume, Priority.ALWAYS);
        HBox soundBox = new HBox(12, volume, mute);
        soundBox.setAlignment(Pos.CENTER_LEFT);
        TextField tickerText = new TextField();
        tickerText.setId("ticker-text-field");
        tickerText.setPromptText("e.g. Team meeting at 15:00 in room 2");
        tickerText.textProperty().bindBidirectional(model.tickerTextProperty());
        TextField tickerFile = new TextField();
        tickerFile.setId("ticker-file");
        tickerFile.setPromptText("e.g. \\\\server\\share\\wallboard.txt");
        tickerFile.textProperty().bindBidirectional(model.tickerFileProperty());
        GridPane grid = form();
        grid.add(worst, 1, 0);
        grid.add(new Label("Alarm at"), 0, 1);
        grid.add(levelBox, 1, 1);
        grid.add(new Label("Alarm volume"), 0, 2);
        grid.add(soundBox, 1, 2);
        int row = field(grid, 3, "Ticker message", tickerText, "ticker-text-error", new SimpleStringProperty(""),
                "Shown along the bottom of the board; empty = no ticker.");
        field(grid, row, "Ticker file", tickerFile, "ticker-file-error", new SimpleStringProperty(""),
                "A text file the board re-reads on every refresh (one file on a share updates every screen); its text wins while it has any.");
        return section("Wall screen", grid);
    }
}
