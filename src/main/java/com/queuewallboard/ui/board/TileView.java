package com.queuewallboard.ui.board;

import com.queuewallboard.board.AlertLevel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
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
 * A tile on screen. The board keeps one per slot of the shown page, not one per queue: turning a
 * page or changing the queue list rebinds the same nodes to other {@link TileViewModel}s, so
 * 500 queues cost the nodes of one page and a refresh only touches the tiles on screen.
 * Colours live in wallboard.css.
 */
final class TileView extends StackPane {
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");
    static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    static final PseudoClass NO_DATA = PseudoClass.getPseudoClass("no-data");
    static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");
    static final PseudoClass UNJUDGED = PseudoClass.getPseudoClass("unjudged");
    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");
    /** The size a tile is designed for, in its own em; the grid scales the font to fill a cell. */
    static final double DESIGN_WIDTH_EM = 20;
    static final double DESIGN_HEIGHT_EM = 13.5;

    private final Label name = label("tile-name");
    private final Label badge = label("tile-badge");
    private final Label waiting = label("tile-waiting-value");
    private final Label available = statValue("stat-available");
    private final Label inProgress = statValue("stat-in-progress");
    private final Label longestWait = statValue("stat-longest-wait");
    private final Label abandoned = statValue("stat-abandoned");
    private final Label serviceLevel = new Label();
    private final Label recent = label("tile-recent");
    private final Label need = label("tile-need");
    private final Tooltip needTip = new Tooltip();
    private final Label alarmNote = label("tile-alarm-note");
    private final Sparkline sparkline = new Sparkline();
    private final Label reasons = label("tile-reasons");
    private final Tooltip why = new Tooltip();
    private final Tooltip tip = new Tooltip();

    private final ChangeListener<AlertLevel> onLevel = (obs, old, level) -> showLevel(level);
    private final ChangeListener<Boolean> onStale = (obs, old, stale) -> pseudoClassStateChanged(STALE, stale);
    private final ChangeListener<Boolean> onNoData = (obs, old, noData) -> pseudoClassStateChanged(NO_DATA, noData);
    private final ChangeListener<Number> onCrossing = (obs, old, count) -> flash();
    private final ChangeListener<Number> onAvailable = (obs, old, n) -> available.pseudoClassStateChanged(NONE, n.intValue() == 0);
    private final ChangeListener<AlertLevel> onTargetLevel = (obs, old, level) -> showLevel(serviceLevel, level);
    private final ChangeListener<AlertLevel> onRecentLevel = (obs, old, level) -> showLevel(recent, level);
    private final ChangeListener<Number> onTrend = (obs, old, stamp) -> sparkline.show(this.model.trend());

    private TileViewModel model;
    private double fontSize = -1;
    private Timeline flash;

    TileView(TileViewModel model) {
        this(model, null);
    }

    /** @param alarms where the tile's menu acknowledges and snoozes; null = no menu */
    TileView(TileViewModel model, AlarmsViewModel alarms) {
        getStyleClass().add("tile");
        if (alarms != null) {
            // the menu key / a long press asks for the menu; a right click does on every platform
            setOnContextMenuRequested(e -> {
                menu(alarms).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && !menu(alarms).isShowing()) {
                    menu(alarms).show(this, e.getScreenX(), e.getScreenY());
                }
            });
        }
        // A layout root: a changed figure lays out this tile alone, not the grid and the board
        // (the grid places unmanaged tiles itself); that keeps a 500-queue refresh inside one frame.
        setManaged(false);

        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        need.setMinWidth(Region.USE_PREF_SIZE);
        need.setTooltip(needTip);
        need.managedProperty().bind(need.visibleProperty());
        HBox header = new HBox(name, badge);
        header.getStyleClass().add("tile-header");
        header.setAlignment(Pos.CENTER_LEFT);

        waiting.setMinWidth(Region.USE_PREF_SIZE);
        VBox waitingBox = new VBox(waiting, caption("WAITING"));
        waitingBox.getStyleClass().add("tile-waiting");
        waitingBox.setAlignment(Pos.CENTER);

        GridPane stats = new GridPane();
        stats.getStyleClass().add("tile-stats");
        ColumnConstraints left = new ColumnConstraints();
        left.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        stats.getColumnConstraints().addAll(left, right);
        stats.add(stat(available, "AVAILABLE"), 0, 0);
        stats.add(stat(inProgress, "IN PROGRESS"), 1, 0);
        stats.add(stat(longestWait, "LONGEST WAIT"), 0, 1);
        stats.add(stat(abandoned, "ABANDONED"), 1, 1);
        HBox.setHgrow(stats, Priority.ALWAYS);
        stats.setMaxWidth(Double.MAX_VALUE);

        HBox main = new HBox(waitingBox, stats);
        main.getStyleClass().add("tile-main");
        main.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(main, Priority.ALWAYS);

        sparkline.getStyleClass().add("tile-sparkline");
        sparkline.setMinHeight(0);
        sparkline.setMaxWidth(Double.MAX_VALUE);

        serviceLevel.getStyleClass().add("tile-service-level");
        serviceLevel.setMinWidth(Region.USE_PREF_SIZE);
        recent.setMinWidth(Region.USE_PREF_SIZE);
        recent.managedProperty().bind(recent.visibleProperty());
        alarmNote.managedProperty().bind(alarmNote.visibleProperty());
        // the first reason is the one that matters on the wall; all of them in the tooltip
        Tooltip.install(reasons, why);
        reasons.setTextOverrun(OverrunStyle.ELLIPSIS);
        reasons.setMinWidth(0);
        // The reason moves under the service level when a narrow tile has no room beside it
        // (a wide, short tile keeps one line), so "waiting > available" is never cut short.
        // "need +N" sits with the service levels it is about, and leaves the queue's name its room
        FlowPane footer = new FlowPane(serviceLevel, recent, need, alarmNote, reasons);
        footer.getStyleClass().add("tile-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setMinHeight(Region.USE_PREF_SIZE);

        VBox body = new VBox(header, main, sparkline, footer);
        body.getStyleClass().add("tile-body");
        getChildren().add(body);
        Tooltip.install(this, tip);
        show(model);
    }

    private javafx.scene.control.ContextMenu menu;

    /** Right-click: acknowledge or snooze this queue's alarms. One menu per pooled tile, made on first use. */
    private javafx.scene.control.ContextMenu menu(AlarmsViewModel alarms) {
        if (menu != null) return menu;
        javafx.scene.control.MenuItem ack = new javafx.scene.control.MenuItem("Acknowledge");
        ack.setId("tile-acknowledge");
        ack.setOnAction(e -> alarms.acknowledge(model.queueId()));
        menu = new javafx.scene.control.ContextMenu(ack, new javafx.scene.control.SeparatorMenuItem());
        for (java.time.Duration d : com.queuewallboard.insight.AlarmTracker.SNOOZE_CHOICES) {
            javafx.scene.control.MenuItem snooze = new javafx.scene.control.MenuItem("Snooze " + d.toMinutes() + " min");
            snooze.setId("tile-snooze-" + d.toMinutes());
            snooze.setOnAction(e -> alarms.snooze(model.queueId(), d));
            menu.getItems().add(snooze);
        }
        return menu;
    }

    /** The queue this tile shows now. */
    TileViewModel model() {
        return model;
    }

    /** Shows another queue in these nodes: unbinds from the previous one, binds to {@code next}. */
    /** The queue this tile shows now. */
    String queueId() {
        return model == null ? null : model.queueId();
    }

    void show(TileViewModel next) {
        if (next == model) return;
        if (model != null) {
            model.levelProperty().removeListener(onLevel);
            model.staleProperty().removeListener(onStale);
            model.noDataProperty().removeListener(onNoData);
            model.crossingsProperty().removeListener(onCrossing);
            model.availableProperty().removeListener(onAvailable);
            model.targetLevelProperty().removeListener(onTargetLevel);
            model.recentLevelProperty().removeListener(onRecentLevel);
            model.trendStampProperty().removeListener(onTrend);
            if (flash != null) flash.stop();
            pseudoClassStateChanged(FLASH, false);
        }
        // No CSS id per queue: JavaFX's style caches key on node ids and never forget a key, so an id
        // that follows the queue (tiles are pooled and re-bound on every page turn) grew the heap by
        // about 0.3 MB a minute on a 200-queue board. Tests find a tile by queueId() instead.
        model = next;
        name.textProperty().bind(next.nameProperty());
        badge.textProperty().bind(next.badgeProperty());
        waiting.textProperty().bind(next.waitingTextProperty());
        available.textProperty().bind(next.availableTextProperty());
        inProgress.textProperty().bind(next.inProgressTextProperty());
        longestWait.textProperty().bind(next.longestWaitTextProperty());
        abandoned.textProperty().bind(next.abandonedTextProperty());
        serviceLevel.textProperty().bind(next.targetTextProperty());
        recent.textProperty().bind(next.recentTextProperty());
        recent.visibleProperty().bind(next.recentTextProperty().isNotEmpty());
        need.textProperty().bind(next.needTextProperty());
        need.visibleProperty().bind(next.needTextProperty().isNotEmpty());
        needTip.textProperty().bind(next.forecastTextProperty());
        alarmNote.textProperty().bind(next.alarmNoteProperty());
        alarmNote.visibleProperty().bind(next.alarmNoteProperty().isNotEmpty());
        reasons.textProperty().bind(next.reasonsProperty().map(TileView::firstReasonBesidesServiceLevel));
        why.textProperty().bind(next.reasonsProperty());
        tip.textProperty().bind(next.nameProperty().concat("\n").concat(next.reasonsProperty())
                .concat("\n").concat(next.forecastTextProperty()));

        next.levelProperty().addListener(onLevel);
        next.staleProperty().addListener(onStale);
        next.noDataProperty().addListener(onNoData);
        next.crossingsProperty().addListener(onCrossing);
        next.availableProperty().addListener(onAvailable);
        next.targetLevelProperty().addListener(onTargetLevel);
        next.recentLevelProperty().addListener(onRecentLevel);
        next.trendStampProperty().addListener(onTrend);
        showLevel(serviceLevel, next.targetLevelProperty().get());
        showLevel(recent, next.recentLevelProperty().get());
        sparkline.show(next.trend());
        showLevel(next.getLevel());
        pseudoClassStateChanged(STALE, next.isStale());
        pseudoClassStateChanged(NO_DATA, next.isNoData());
        available.pseudoClassStateChanged(NONE, next.availableProperty().get() == 0);
    }
    /** Sets the tile's own font size so that everything in it (sized in em) scales with its cell. */
    void setFontSize(double px) {
        if (Math.abs(px - fontSize) < 0.25) return;
        fontSize = px;
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    }

    /**
     * The first reason worth its own words: a service-level reason ("SL 72 % < 80/20") is already
     * said by the coloured SL figure beside it, so the next reason is shown instead, if any.
     */
    static String firstReasonBesidesServiceLevel(String reasons) {
        for (String r : reasons.split(", ")) if (!r.isEmpty() && !r.startsWith("SL ")) return r;
        return "";
    }

    /** The tile's sparkline (one canvas, redrawn in place). */
    Sparkline sparkline() {
        return sparkline;
    }

    /** A figure coloured by its own level (the service level against its target). */
    /** A service level's own colour; null = too few calls to judge, shown in a neutral colour. */
    private static void showLevel(Label figure, AlertLevel level) {
        figure.pseudoClassStateChanged(UNJUDGED, level == null);
        figure.pseudoClassStateChanged(WARNING, level == AlertLevel.WARNING);
        figure.pseudoClassStateChanged(ALERT, level == AlertLevel.ALERT);
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

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label statValue(String id) {
        Label number = label("tile-stat-value");
        number.getStyleClass().add(id);
        return number;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tile-caption");
        label.setMinWidth(0);
        return label;
    }

    private static VBox stat(Label number, String captionText) {
        VBox box = new VBox(number, caption(captionText));
        box.getStyleClass().add("tile-stat");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
