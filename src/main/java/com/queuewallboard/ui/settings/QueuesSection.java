package com.queuewallboard.ui.settings;

import com.queuewallboard.board.QueueInfo;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import static com.queuewallboard.ui.settings.FormParts.error;
import static com.queuewallboard.ui.settings.FormParts.hint;
import static com.queuewallboard.ui.settings.FormParts.section;

/** The "Queues" section: search and tick the queues of the board in the {@link QueuePicker}. */
final class QueuesSection {
    private QueuesSection() {
    }

    static Node build(QueuePicker picker) {
        TextField search = new TextField();
        search.setId("queue-search");
        search.setPromptText("Search queues");
        search.textProperty().bindBidirectional(picker.searchProperty());

        ListView<QueueInfo> list = new ListView<>(picker.shownQueues());
        list.setId("queue-list");
        list.setPrefHeight(180);
        Label empty = hint("No queues listed yet: press Test connection to load your org's queues.");
        list.setPlaceholder(empty);
        StringConverter<QueueInfo> names = new StringConverter<>() {
            @Override
            public String toString(QueueInfo q) {
                return q == null ? "" : q.name().equals(q.id()) ? q.name() : q.name() + "   (" + q.id() + ")";
            }

            @Override
            public QueueInfo fromString(String s) {
                return null;
            }
        };
        // each check box is a view of the picker's chosen entries: one truth, nothing to keep in sync
        list.setCellFactory(lv -> new CheckBoxListCell<>(picker::tickProperty, names));

        Label hint = hint("Tick the queues for this board; they appear in the order ticked. "
                + "None ticked: all queues are shown.");
        hint.setId("queues-hint");
        Label error = error("queues-error", picker.queuesErrorProperty());
        Label note = error("queues-note", picker.queuesNoteProperty());
        note.getStyleClass().setAll("label", "field-note");
        VBox box = new VBox(6, search, list, error, note, hint);
        return section("Queues", box);
    }
}
