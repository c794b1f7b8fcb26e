package com.queuewallboard.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import static com.queuewallboard.ui.settings.FormParts.field;
import static com.queuewallboard.ui.settings.FormParts.form;
import static com.queuewallboard.ui.settings.FormParts.section;

/** The "Refresh" section: the refresh period and the media types. */
final class RefreshSection {
    private RefreshSection() {
    }

    static Node build(SettingsViewModel model) {
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
}
