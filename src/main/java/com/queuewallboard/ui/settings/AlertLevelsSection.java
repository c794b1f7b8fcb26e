package com.queuewallboard.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.List;

import static com.queuewallboard.ui.settings.FormParts.INVALID;
import static com.queuewallboard.ui.settings.FormParts.error;
import static com.queuewallboard.ui.settings.FormParts.form;
import static com.queuewallboard.ui.settings.FormParts.hint;
import static com.queuewallboard.ui.settings.FormParts.section;

/** The "Alert levels" section: the board-wide warning and alert levels and the service-level target. */
final class AlertLevelsSection {
    private AlertLevelsSection() {
    }

    static Node build(SettingsViewModel model) {
        GridPane grid = form();
        grid.add(new Label("Warning at"), 1, 0);
        grid.add(new Label("Alert at"), 2, 0);
        TextField ww = levelField("waiting-warning", model.waitingWarningProperty());
        TextField wa = levelField("waiting-alert", model.waitingAlertProperty());
        TextField lw = levelField("longest-warning", model.longestWarningProperty());
        TextField la = levelField("longest-alert", model.longestAlertProperty());
        grid.addRow(1, new Label("Calls waiting"), ww, wa);
        grid.add(error("waiting-error", model.waitingErrorProperty()), 1, 2, 2, 1);
        grid.addRow(3, new Label("Longest wait (m:ss)"), lw, la);
        grid.add(error("longest-error", model.longestErrorProperty()), 1, 4, 2, 1);
        grid.add(hint("A tile is always ALERT when more calls wait than agents are available. Leave a level empty to switch it off."),
                0, 5, 3, 1);
        TextField target = levelField("sl-target", model.serviceLevelTargetProperty());
        target.setPromptText("queue's own");
        TextField margin = levelField("sl-margin", model.serviceLevelMarginProperty());
        margin.setPromptText(String.valueOf(com.queuewallboard.board.Thresholds.DEFAULT_MARGIN_POINTS));
        grid.add(new Label("Target"), 1, 6);
        grid.add(new Label("Margin (points)"), 2, 6);
        grid.addRow(7, new Label("Service level"), target, margin);
        for (TextField f : List.of(target, margin)) {
            ObservableValue<String> err = f == target ? model.targetErrorProperty() : model.marginErrorProperty();
            err.addListener((obs, old, text) -> f.pseudoClassStateChanged(INVALID, !text.isEmpty()));
            f.pseudoClassStateChanged(INVALID, !err.getValue().isEmpty());
        }
        grid.add(error("sl-target-error", model.targetErrorProperty()), 1, 8, 2, 1);
        grid.add(error("sl-margin-error", model.marginErrorProperty()), 1, 9, 2, 1);
        grid.add(hint("Target as percent/seconds, e.g. 80/20; empty = each queue's own target from Genesys, else 80/20. "
                + "Up to the margin below target is amber, further below is red (0-99, empty = 5)."), 0, 10, 3, 1);
        return section("Alert levels", grid);
    }

    private static TextField levelField(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
