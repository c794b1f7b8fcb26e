package com.queuewallboard.ui.settings;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The small builders every section of the settings form shares: grid, labelled field, error, hint, heading. */
final class FormParts {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FormParts() {
    }

    static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, field);
        return grid;
    }

    static int field(GridPane grid, int row, String labelText, Control control,
                     String errorId, ObservableValue<String> error, String hintText) {
        Label label = new Label(labelText);
        label.setLabelFor(control);
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
        error.addListener((obs, old, text) -> control.pseudoClassStateChanged(INVALID, !text.isEmpty()));
        control.pseudoClassStateChanged(INVALID, !error.getValue().isEmpty());
        grid.add(error(errorId, error), 1, row++);
        if (hintText != null) {
            Label hint = hint(hintText);
            hint.setId(errorId.replace("-error", "-hint"));
            grid.add(hint, 1, row++);
        }
        return row;
    }

    static Label error(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-hint");
        label.setWrapText(true);
        return label;
    }

    static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("settings-section");
        return new VBox(6, heading, content);
    }
}
