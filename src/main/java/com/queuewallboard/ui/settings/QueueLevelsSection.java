package com.queuewallboard.ui.settings;

import com.queuewallboard.board.QueueInfo;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

import static com.queuewallboard.ui.settings.FormParts.error;
import static com.queuewallboard.ui.settings.FormParts.hint;
import static com.queuewallboard.ui.settings.FormParts.section;

/** The "Levels for one queue" section: one queue's own levels, added to and removed from a list. */
final class QueueLevelsSection {
    private QueueLevelsSection() {
    }

    static Node build(SettingsViewModel model) {
        ComboBox<QueueInfo> queue = new ComboBox<>(model.picker().queues());
        queue.setId("override-queue");
        queue.setPromptText("Queue");
        queue.setConverter(new StringConverter<>() {
            @Override
            public String toString(QueueInfo q) {
                return q == null ? "" : q.name();
            }

            @Override
            public QueueInfo fromString(String s) {
                return null;
            }
        });
        queue.setMaxWidth(Double.MAX_VALUE);
        // The board-wide level shows as the placeholder: an empty field keeps it.
        TextField ww = smallField("override-waiting-warning", model.waitingWarningProperty());
        TextField wa = smallField("override-waiting-alert", model.waitingAlertProperty());
        TextField lw = smallField("override-longest-warning", model.longestWarningProperty());
        TextField la = smallField("override-longest-alert", model.longestAlertProperty());
        TextField sl = smallField("override-sl-target", model.serviceLevelTargetProperty());
        Button set = new Button("Add");
        set.setId("override-set");
        set.setMinWidth(Region.USE_PREF_SIZE);
        ListView<String> list = new ListView<>();
        list.setId("override-list");
        list.setPrefHeight(90);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : model.describeOverride(id));
            }
        });
        Runnable refreshList = () -> list.getItems().setAll(List.copyOf(model.overrides().keySet()));
        model.overrides().addListener((MapChangeListener<String, Object>) c -> refreshList.run());
        refreshList.run();
        set.setOnAction(e -> {
            QueueInfo q = queue.getValue();
            if (model.setOverride(q == null ? null : q.id(), ww.getText(), wa.getText(), lw.getText(), la.getText(), sl.getText())) {
                for (TextField f : List.of(ww, wa, lw, la, sl)) f.clear();
            }
        });
        Button remove = new Button("Remove selected");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeOverride(list.getSelectionModel().getSelectedItem()));
        GridPane row = overrideGrid();
        Label queueHeader = header("Queue");
        GridPane.setValignment(queueHeader, VPos.BOTTOM);
        row.add(queueHeader, 0, 0, 1, 2);
        row.add(header("Calls waiting"), 1, 0, 2, 1);
        row.add(header("Longest wait (m:ss)"), 3, 0, 2, 1);
        for (int col = 1; col <= 4; col++) row.add(header(col % 2 == 1 ? "Warning" : "Alert"), col, 1);
        row.add(header("SL target"), 5, 1);
        row.addRow(2, queue, ww, wa, lw, la, sl, set);
        VBox box = new VBox(6, row, error("override-error", model.overrideErrorProperty()), list, remove,
                hint("A queue's own levels replace the board-wide ones; empty fields keep the board-wide level. SL target as 90/30."));
        return section("Levels for one queue", box);
    }

    private static TextField smallField(String id, ObservableValue<String> boardWide) {
        TextField field = new TextField();
        field.setId(id);
        field.promptTextProperty().bind(boardWide);
        field.setPrefColumnCount(4);
        return field;
    }

    /** Queue (grows), four level fields of one width, then the Add button at its own size. */
    private static GridPane overrideGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints queue = new ColumnConstraints();
        queue.setHgrow(Priority.ALWAYS);
        queue.setMinWidth(140);
        grid.getColumnConstraints().add(queue);
        for (int i = 0; i < 5; i++) {
            ColumnConstraints level = new ColumnConstraints(64, 72, 90);
            grid.getColumnConstraints().add(level);
        }
        ColumnConstraints button = new ColumnConstraints();
        button.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(button);
        return grid;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-hint");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
