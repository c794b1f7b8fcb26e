package com.queuewallboard.ui.settings;

import com.queuewallboard.config.Regions;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static com.queuewallboard.ui.settings.FormParts.field;
import static com.queuewallboard.ui.settings.FormParts.form;
import static com.queuewallboard.ui.settings.FormParts.section;

/** The "Genesys Cloud connection" section: demo, region, client id and secret, and Test connection. */
final class ConnectionSection {
    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final SettingsViewModel model;
    private final ComboBox<String> region = new ComboBox<>();

    ConnectionSection(SettingsViewModel model) {
        this.model = model;
    }

    /** Puts the cursor in the region field. */
    void focusRegion() {
        region.getEditor().requestFocus();
    }

    Node build() {
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

        GridPane grid = form();
        int row = 0;
        grid.add(demo, 1, row++);
        row = field(grid, row, "Region", region, "region-error", model.regionErrorProperty(),
                model.baseUrlNote().isEmpty() ? null : model.baseUrlNote());
        row = field(grid, row, "Client id", clientId, "client-id-error", model.clientIdErrorProperty(), null);
        row = field(grid, row, "Client secret", secret, "client-secret-error", model.secretErrorProperty(),
                model.secretHint());
        grid.add(testBox(), 1, row);
        return section("Genesys Cloud connection", grid);
    }

    private VBox testBox() {
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
        return testBox;
    }
}
