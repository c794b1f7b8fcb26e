package com.queuewallboard.ui.board;

import com.queuewallboard.board.AlertLevel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.Locale;

/**
 * One queue's tile. Built once per queue and bound to its {@link TileViewModel}; refreshes only
 * change bound texts and pseudo-classes. Colours live in wallboard.css.
 */
final class TileView extends StackPane {
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");
    static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    static final PseudoClass NO_DATA = PseudoClass.getPseudoClass("no-data");
    static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");
    /** The size a tile is designed for, in its own em; the grid scales the font to fill a cell. */
    static final double DESIGN_WIDTH_EM = 20;
    static final double DESIGN_HEIGHT_EM = 10.5;

    private final TileViewModel model;
    private double fontSize = -1;
    private Timeline flash;

    TileView(TileViewModel model) {
        this.model = model;
        getStyleClass().add("tile");
        setId("tile-" + model.queueId());

        Label name = label("tile-name", model.nameProperty());
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Label badge = label("tile-badge", model.badgeProperty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(name, badge);
        header.getStyleClass().add("tile-header");
        header.setAlignment(Pos.CENTER_LEFT);

        Label waiting = label("tile-waiting-value", model.waitingTextProperty());
        waiting.setMinWidth(Region.USE_PREF_SIZE);
        Label waitingCaption = caption("WAITING");
        VBox waitingBox = new VBox(waiting, waitingCaption);
        waitingBox.getStyleClass().add("tile-waiting");
        waitingBox.setAlignment(Pos.CENTER);

        GridPane stats = new GridPane();
        stats.getStyleClass().add("tile-stats");
        ColumnConstraints left = new ColumnConstraints();
        left.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        stats.getColumnConstraints().addAll(left, right);
        stats.add(stat("stat-available", model.availableTextProperty(), "AVAILABLE"), 0, 0);
        stats.add(stat("stat-in-progress", model.inProgressTextProperty(), "IN PROGRESS"), 1, 0);
        stats.add(stat("stat-longest-wait", model.longestWaitTextProperty(), "LONGEST WAIT"), 0, 1);
        stats.add(stat("stat-abandoned", model.abandonedTextProperty(), "ABANDONED"), 1, 1);
        Node available = stats.getChildren().get(0);
        Node availableValue = ((VBox) available).getChildren().get(0);
        PseudoClass none = PseudoClass.getPseudoClass("none");
        model.availableProperty().addListener((obs, old, n) -> availableValue.pseudoClassStateChanged(none, n.intValue() == 0));
        availableValue.pseudoClassStateChanged(none, model.availableProperty().get() == 0);
        HBox.setHgrow(stats, Priority.ALWAYS);
        stats.setMaxWidth(Double.MAX_VALUE);

        HBox main = new HBox(waitingBox, stats);
        main.getStyleClass().add("tile-main");
        main.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(main, Priority.ALWAYS);

        Label serviceLevel = new Label();
        serviceLevel.getStyleClass().add("tile-service-level");
        serviceLevel.textProperty().bind(model.serviceLevelTextProperty().map(t -> t.isEmpty() ? "" : "SERVICE LEVEL " + t));
        serviceLevel.visibleProperty().bind(model.serviceLevelKnownProperty());
        serviceLevel.managedProperty().bind(model.serviceLevelKnownProperty());
        serviceLevel.setMinWidth(Region.USE_PREF_SIZE);
        // the first reason is the one that matters on the wall; all of them in the tooltip
        Label reasons = label("tile-reasons", model.reasonsProperty().map(r -> r.contains(", ") ? r.substring(0, r.indexOf(", ")) : r));
        Tooltip why = new Tooltip();
        why.textProperty().bind(model.reasonsProperty());
        Tooltip.install(reasons, why);
        reasons.setTextOverrun(OverrunStyle.ELLIPSIS);
        reasons.setMinWidth(0);
        // The reason moves under the service level when a narrow tile has no room beside it
        // (a wide, short tile keeps one line), so "waiting > available" is never cut short.
        FlowPane footer = new FlowPane(serviceLevel, reasons);
        footer.getStyleClass().add("tile-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setMinHeight(Region.USE_PREF_SIZE);

        VBox body = new VBox(header, main, footer);
        body.getStyleClass().add("tile-body");
        getChildren().add(body);

        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.nameProperty().concat("\n").concat(model.reasonsProperty()));
        Tooltip.install(this, tip);

        model.levelProperty().addListener((obs, old, level) -> showLevel(level));
        model.staleProperty().addListener((obs, old, stale) -> pseudoClassStateChanged(STALE, stale));
        model.noDataProperty().addListener((obs, old, noData) -> pseudoClassStateChanged(NO_DATA, noData));
        model.crossingsProperty().addListener((obs, old, count) -> flash());
        showLevel(model.getLevel());
        pseudoClassStateChanged(STALE, model.isStale());
        pseudoClassStateChanged(NO_DATA, model.isNoData());
    }

    /** Sets the tile's own font size so that everything in it (sized in em) scales with its cell. */
    void setFontSize(double px) {
        if (Math.abs(px - fontSize) < 0.25) return;
        fontSize = px;
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    }

    private void showLevel(AlertLevel level) {
        pseudoClassStateChanged(WARNING, level == AlertLevel.WARNING);
        pseudoClassStateChanged(ALERT, level == AlertLevel.ALERT);
    }

    /** A few pulses of the flash pseudo-class when a level is crossed (colours in the stylesheet). */
    private void flash() {
        if (flash == null) {
            flash = new Timeline();
            for (int i = 0; i < 8; i++) {
                boolean on = i % 2 == 0;
                flash.getKeyFrames().add(new KeyFrame(Duration.millis(i * 350L), e -> pseudoClassStateChanged(FLASH, on)));
            }
            flash.getKeyFrames().add(new KeyFrame(Duration.millis(8 * 350L), e -> pseudoClassStateChanged(FLASH, false)));
        }
        flash.playFromStart();
    }

    private static Label label(String styleClass, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(text);
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tile-caption");
        label.setMinWidth(0);
        return label;
    }

    private static VBox stat(String id, javafx.beans.value.ObservableValue<String> value, String captionText) {
        Label number = label("tile-stat-value", value);
        number.getStyleClass().add(id);
        VBox box = new VBox(number, caption(captionText));
        box.getStyleClass().add("tile-stat");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
