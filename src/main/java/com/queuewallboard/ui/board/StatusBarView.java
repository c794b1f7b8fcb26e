package com.queuewallboard.ui.board;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/** Connection state, last update and its age, region or DEMO, and the last problem in plain words. */
final class StatusBarView {
    private StatusBarView() {
    }

    static StatusBar create(BoardViewModel model) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.getStyleClass().add("board-status");
        bar.textProperty().bind(model.statusMessageProperty());
        Tooltip details = new Tooltip();
        details.textProperty().bind(model.problemDetailsProperty());
        bar.setTooltip(details);

        Label connection = new Label();
        connection.setId("status-connection");
        connection.getStyleClass().add("status-connection");
        connection.textProperty().bind(model.connectionTextProperty());
        model.connectionProperty().addListener((obs, old, state) -> showState(connection, old, state));
        showState(connection, null, model.getConnection());

        Label transport = new Label();   // "Live (push)" or "Polling (push unavailable: ...)", beside the state
        transport.setId("status-transport");
        transport.getStyleClass().add("status-transport");
        transport.textProperty().bind(model.transportTextProperty());

        // the followed hub's own trouble with Genesys: not the same as the hub being unreachable
        Label upstream = new Label();
        upstream.setId("status-upstream");
        upstream.getStyleClass().add("status-upstream");
        upstream.textProperty().bind(model.upstreamTextProperty());
        upstream.visibleProperty().bind(model.upstreamTextProperty().isNotEmpty());
        upstream.managedProperty().bind(upstream.visibleProperty());

        Label updated = new Label();
        updated.setId("status-updated");
        updated.textProperty().bind(model.lastUpdateTextProperty());
        Label source = new Label();
        source.setId("status-source");
        source.getStyleClass().add("status-source");
        source.textProperty().bind(model.sourceTextProperty());
        source.pseudoClassStateChanged(PseudoClass.getPseudoClass("demo"), model.demoProperty().get());
        model.demoProperty().addListener((obs, old, demo) -> source.pseudoClassStateChanged(PseudoClass.getPseudoClass("demo"), demo));

        // history: "history off: <reason>" only when it is off (recording is the normal case)
        Label history = new Label();
        history.setId("status-history");
        history.getStyleClass().add("status-history");
        history.textProperty().bind(model.historyTextProperty());
        history.visibleProperty().bind(model.historyTextProperty().isNotEmpty());
        history.managedProperty().bind(history.visibleProperty());
        if (model.isReplay()) source.setTooltip(new Tooltip(BoardViewModel.REPLAY_KEYS));

        for (Label l : new Label[] {connection, transport, upstream, updated, source}) l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.getLeftItems().addAll(connection, transport, upstream, history);
        bar.getRightItems().addAll(updated, new Separator(javafx.geometry.Orientation.VERTICAL), source);
        return bar;
    }

    private static void showState(Label label, ConnectionState old, ConnectionState state) {
        if (old != null) label.pseudoClassStateChanged(PseudoClass.getPseudoClass(old.cssName()), false);
        if (state != null) label.pseudoClassStateChanged(PseudoClass.getPseudoClass(state.cssName()), true);
    }
}
