package com.queuewallboard.ui.settings;

import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.config.Regions;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The settings form: connection, queues, refresh, alert levels and per-queue levels. Every field
 * is bound to {@link SettingsViewModel}; errors show under their field as the user types and Save
 * stays disabled while anything is invalid.
 */
final class SettingsPane extends BorderPane {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final SettingsViewModel model;
    private final Label saveError = new Label();
    private final ComboBox<String> region = new ComboBox<>();

    SettingsPane(SettingsViewModel model, Runnable onSave, Runnable onCancel) {
        this.model = model;
        getStyleClass().add("settings");
        setId("settings");

        VBox form = new VBox(connection(), queues(), refresh(), levels(), overrides(), wallScreen());
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
        region.getEditor().requestFocus();
    }

    private Node connection() {
        CheckBox demo = new CheckBox("Show demo data (built-in simulator) instead of Genesys Cloud");
        demo.setId("demo");
        demo.selectedProperty().bindBidirectional(model.demoProperty());

        region.setId("region");
        region.setEditable(true);
        region.getItems().setAll(Regions.ALL.stream().map(com.queuewallboard.config.Region::key).toList());
        region.setPromptText("e.g. eu_west_1 or mypurecloud.ie");
        region.getEditor().textProperty().bindBidirectional(model.regionProperty());
        region.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !v.equals(model.regionProperty().get())) model.regionProperty().set(v);
        });
        region.setMaxWidth(Double.MAX_VALUE);

        TextField clientId = new TextField();
        clientId.setId("client-id");
        clientId.textProperty().bindBidirectional(model.clientIdProperty());

        PasswordField secret = new PasswordField();
        secret.setId("client-secret");
        secret.textProperty().bindBidirectional(model.clientSecretProperty());
        secret.setPromptText(model.secretPrompt());

        // The button keeps its size; the result wraps underneath it, however long.
        Button test = new Button("Test connection");
        test.setId("test-connection");
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(e -> model.testConnection());
        Label result = new Label();
        result.setId("test-result");
        result.getStyleClass().add("test-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.setMaxWidth(Double.MAX_VALUE);
        result.textProperty().bind(model.testResultProperty());
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        result.visibleProperty().bind(result.managedProperty());
        Runnable showOutcome = () -> {
            String text = model.testResultProperty().get();
            boolean done = !text.isEmpty() && !model.busyProperty().get();
            result.pseudoClassStateChanged(OK, done && model.testOkProperty().get());
            result.pseudoClassStateChanged(FAILED, done && !model.testOkProperty().get());
        };
        model.testOkProperty().addListener((obs, old, ok) -> showOutcome.run());
        model.testResultProperty().addListener((obs, old, text) -> showOutcome.run());
        model.busyProperty().addListener((obs, old, busy) -> showOutcome.run());
        VBox testBox = new VBox(6, test, result);
        testBox.setFillWidth(true);

        GridPane grid = form();
        int row = 0;
        grid.add(demo, 1, row++);
        row = field(grid, row, "Region", region, "region-error", model.regionErrorProperty(),
                model.baseUrlNote().isEmpty() ? null : model.baseUrlNote());
        row = field(grid, row, "Client id", clientId, "client-id-error", model.clientIdErrorProperty(), null);
        row = field(grid, row, "Client secret", secret, "client-secret-error", model.secretErrorProperty(),
                model.secretHint());
        grid.add(testBox, 1, row);
        return section("Genesys Cloud connection", grid);
    }

    private Node queues() {
        QueuePicker picker = model.picker();
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

    private Node refresh() {
        TextField seconds = new TextField();
        seconds.setId("refresh-seconds");
        seconds.setPrefColumnCount(5);
        seconds.textProperty().bindBidirectional(model.refreshSecondsProperty());
        TextField media = new TextField();
        media.setId("media-types");
        media.textProperty().bindBidirectional(model.mediaTypesProperty());
        GridPane grid = form();
        int row = field(grid, 0, "Refresh every (seconds)", seconds, "refresh-error", model.refreshErrorProperty(), null);
        field(grid, row, "Media types", media, "media-types-error", model.mediaTypesErrorProperty(),
                "Comma-separated: voice, chat, email, message, callback.");
        return section("Refresh", grid);
    }

    /** Tile order, alarms and their sound, the team message: applied without a restart. */
    private Node wallScreen() {
        javafx.scene.control.CheckBox worst = new javafx.scene.control.CheckBox("Worst first: tiles ordered by level, then by calls waiting");
        worst.setId("worst-first");
        worst.selectedProperty().bindBidirectional(model.worstFirstProperty());
        javafx.scene.control.ToggleGroup level = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton atWarning = new javafx.scene.control.RadioButton("Warning (amber)");
        atWarning.setId("alarm-at-warning");
        atWarning.setToggleGroup(level);
        javafx.scene.control.RadioButton atAlert = new javafx.scene.control.RadioButton("Alert (red) only");
        atAlert.setId("alarm-at-alert");
        atAlert.setToggleGroup(level);
        atWarning.setSelected(model.alarmAtWarningProperty().get());
        atAlert.setSelected(!model.alarmAtWarningProperty().get());
        atWarning.selectedProperty().addListener((o, a, on) -> model.alarmAtWarningProperty().set(on));
        HBox levelBox = new HBox(16, atWarning, atAlert);
        javafx.scene.control.Slider volume = new javafx.scene.control.Slider(0, 1, model.volumeProperty().get());
        volume.setId("alarm-volume");
        volume.valueProperty().bindBidirectional(model.volumeProperty());
        javafx.scene.control.CheckBox mute = new javafx.scene.control.CheckBox("Mute");
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
        int row = field(grid, 3, "Ticker message", tickerText, "ticker-text-error", new javafx.beans.property.SimpleStringProperty(""),
                "Shown along the bottom of the board; empty = no ticker.");
        field(grid, row, "Ticker file", tickerFile, "ticker-file-error", new javafx.beans.property.SimpleStringProperty(""),
                "A text file the board re-reads on every refresh (one file on a share updates every screen); its text wins while it has any.");
        return section("Wall screen", grid);
    }

    private Node levels() {
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

    private Node overrides() {
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
        list.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : model.describeOverride(id));
            }
        });
        Runnable refreshList = () -> list.getItems().setAll(List.copyOf(model.overrides().keySet()));
        model.overrides().addListener((javafx.collections.MapChangeListener<String, Object>) c -> refreshList.run());
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
        GridPane.setValignment(queueHeader, javafx.geometry.VPos.BOTTOM);
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

    // ---------------------------------------------------------------- small builders

    private static GridPane form() {
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

    private static int field(GridPane grid, int row, String labelText, javafx.scene.control.Control control,
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

    private static Label error(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-hint");
        label.setWrapText(true);
        return label;
    }

    private TextField levelField(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(value);
        return field;
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

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("settings-section");
        return new VBox(6, heading, content);
    }
}
