package com.queuewallboard.ui.board;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Totals across the board's queues: waiting, available, in progress, abandoned today, longest wait. */
final class SummaryStrip extends HBox {
    private static final javafx.css.PseudoClass STALE = javafx.css.PseudoClass.getPseudoClass("stale");

    SummaryStrip(SummaryViewModel model) {
        getStyleClass().add("summary");
        model.staleProperty().addListener((o, was, stale) -> pseudoClassStateChanged(STALE, stale));
        setAlignment(Pos.CENTER_LEFT);
        Label queues = new Label();
        queues.getStyleClass().add("summary-queues");
        queues.textProperty().bind(model.queuesTextProperty());
        queues.setMinWidth(0);
        queues.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(queues, Priority.ALWAYS);
        Sparkline trend = new Sparkline();
        trend.setId("summary-trend");
        trend.getStyleClass().add("summary-sparkline");
        trend.show(model.trend());
        model.trendStampProperty().addListener((o, a, b) -> trend.show(model.trend()));
        Label trendCaption = new Label("WAITING \u00b7 LAST HOUR");
        trendCaption.getStyleClass().add("summary-caption");
        VBox trendBox = new VBox(trend, trendCaption);
        trendBox.getStyleClass().add("summary-figure");
        getChildren().addAll(
                figure("summary-waiting", model.waitingProperty(), "WAITING"),
                trendBox,
                figure("summary-available", model.availableProperty(), "AVAILABLE"),
                figure("summary-in-progress", model.inProgressProperty(), "IN PROGRESS"),
                figure("summary-abandoned", model.abandonedProperty(), "ABANDONED TODAY"),
                figure("summary-longest-wait", model.longestWaitProperty(), "LONGEST WAIT"),
                queues);
    }

    private static VBox figure(String id, ObservableValue<String> value, String caption) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("summary-value");
        number.textProperty().bind(value);
        Label label = new Label(caption);
        label.getStyleClass().add("summary-caption");
        VBox box = new VBox(number, label);
        box.getStyleClass().add("summary-figure");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
