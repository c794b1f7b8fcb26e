package com.queuewallboard.ui.board;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole board: header (title, DEMO, PAUSED, page, clock, menu), notice banner, summary strip,
 * the tile grid and the status bar. Tile nodes are made once per queue and kept; a refresh only
 * changes bound properties. The root font size follows the window, and everything is sized in em.
 */
public final class BoardView extends BorderPane {
    private MenuButton boardMenu;
    /** Smallest tile, in root em, before the board pages instead of shrinking further. */
    static final double MIN_TILE_WIDTH_EM = 19;
    static final double MIN_TILE_HEIGHT_EM = 13.5;
    /** Seconds each page stays on screen when there are more queues than fit. */
    public static final int PAGE_SECONDS = 15;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final BoardViewModel model;
    private final Pager pager = new Pager();
    /** One tile node per slot of the shown page, rebound as pages turn (never one per queue). */
    private final List<TileView> tileViews = new ArrayList<>();
    private final TileGrid grid;
    private final StackPane center;
    private final Label clock = new Label();
    private final Timeline ticker;
    private double fontSize = 16;
    private int secondsOnPage;

    public BoardView(BoardViewModel model, BoardActions actions) {
        this.model = model;
        getStyleClass().add("board");
        setId("board");
        grid = new TileGrid(() -> fontSize);
        grid.setId("tile-grid");

        setTop(new VBox(header(actions), noticeBanner(), alarmBanner(), new SummaryStrip(model.summary())));
        center = new StackPane(grid, loadingOverlay(actions), emptyMessage(actions), accessRefusedPanel());
        center.getStyleClass().add("board-center");
        setCenter(center);
        StatusBar status = StatusBarView.create(model);
        setBottom(new VBox(new TickerBar(model.tickerTextProperty()), status));

        model.tiles().addListener((ListChangeListener<TileViewModel>) change -> tilesChanged());
        pager.pageProperty().addListener((obs, old, page) -> showPage());
        pager.pageCountProperty().addListener((obs, old, count) -> showPage());
        widthProperty().addListener((obs, old, w) -> scaleFont());
        heightProperty().addListener((obs, old, h) -> scaleFont());
        center.widthProperty().addListener((obs, old, w) -> updateCapacity());
        center.heightProperty().addListener((obs, old, h) -> updateCapacity());
        tilesChanged();

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        updateClock(Instant.now());
    }

    /** Starts the once-a-second clock (ages, staleness, page turns). */
    public void startTimers() {
        ticker.play();
    }

    public void stopTimers() {
        ticker.stop();
    }

    public Pager pager() {
        return pager;
    }

    /** Every tile node made so far, shown or not (for the benchmark's node count). */
    public List<Node> tileNodes() {
        return List.copyOf(tileViews);
    }

    private void tick() {
        Instant now = Instant.now();
        model.tick(now);
        updateClock(now);
        if (!model.isPaused() && pager.pageCountProperty().get() > 1 && ++secondsOnPage >= PAGE_SECONDS) {
            secondsOnPage = 0;
            pager.next();
        }
    }

    private void updateClock(Instant now) {
        clock.setText(CLOCK.format(ZonedDateTime.ofInstant(now, model.settings().timeZone())));
    }

    private void tilesChanged() {
        pager.setItemCount(model.tiles().size());
        showPage();
    }

    private void showPage() {
        List<TileViewModel> tiles = model.tiles();
        int count = pager.to() - pager.from();
        List<Node> page = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            TileViewModel tile = tiles.get(pager.from() + i);
            if (i < tileViews.size()) tileViews.get(i).show(tile);
            else tileViews.add(new TileView(tile, model.alarms()));
            page.add(tileViews.get(i));
        }
        grid.setSlots(pager.pageCountProperty().get() > 1 ? pager.capacity() : 0);
        if (!page.equals(grid.getChildren())) grid.getChildren().setAll(page);
        secondsOnPage = 0;
    }

    private void scaleFont() {
        // 16 px at 1600x900, 19.2 px at 1920x1080, 38.4 px at 3840x2160.
        double size = Math.max(9, Math.min(72, Math.min(getWidth() / 100, getHeight() / 56.25)));
        if (Math.abs(size - fontSize) < 0.1) return;
        fontSize = size;
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", size));
        updateCapacity();
    }

    private void updateCapacity() {
        pager.setCapacity(TileGrid.capacity(center.getWidth(), center.getHeight(), fontSize,
                MIN_TILE_WIDTH_EM, MIN_TILE_HEIGHT_EM, TileGrid.GAP_EM));
        showPage();
    }

    private HBox header(BoardActions actions) {
        Label title = new Label("Queue Wallboard");
        title.getStyleClass().add("board-title");

        Label demo = new Label("DEMO DATA");
        demo.setId("demo-badge");
        demo.getStyleClass().add("demo-badge");
        Button credentials = new Button("Enter real credentials\u2026");
        credentials.setId("enter-credentials");
        credentials.getStyleClass().add("header-button");
        credentials.setOnAction(e -> actions.enterCredentials());
        for (Node n : List.of(demo, credentials)) {
            n.visibleProperty().bind(model.demoProperty());
            n.managedProperty().bind(model.demoProperty());
        }

        // where DEMO DATA would be: the replayed day's clock and speed
        Label replay = new Label();
        replay.setId("replay-badge");
        replay.getStyleClass().addAll("demo-badge", "replay-badge");
        replay.textProperty().bind(model.replayTextProperty());
        replay.visibleProperty().bind(model.replayTextProperty().isNotEmpty());
        replay.managedProperty().bind(replay.visibleProperty());
        if (model.isReplay()) replay.setTooltip(new javafx.scene.control.Tooltip(BoardViewModel.REPLAY_KEYS));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label paused = new Label("PAUSED \u2014 press P to resume");
        paused.setId("paused-badge");
        paused.getStyleClass().add("paused-badge");
        paused.visibleProperty().bind(model.pausedProperty());
        paused.managedProperty().bind(model.pausedProperty());

        Button page = new Button();
        page.setId("page-indicator");
        page.getStyleClass().add("page-indicator");
        page.textProperty().bind(pager.textProperty());
        page.visibleProperty().bind(pager.pageCountProperty().greaterThan(1));
        page.managedProperty().bind(page.visibleProperty());
        page.setOnAction(e -> pager.next());
        page.setFocusTraversable(false);

        clock.getStyleClass().add("board-clock");

        HBox header = new HBox(title, demo, replay, credentials, spacer, paused, page, clock, menu(actions));
        header.getStyleClass().add("board-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /**
     * Board keys and menu on or off: off while the settings form is shown inside the window, so
     * typing "p" in a field does not pause the board.
     */
    public void setCommandsEnabled(boolean enabled) {
        if (boardMenu == null) return;
        boardMenu.setDisable(!enabled);
        boardMenu.getItems().forEach(item -> item.setDisable(!enabled));
    }

    private MenuButton menu(BoardActions actions) {
        MenuItem refresh = item("Refresh now", new KeyCodeCombination(KeyCode.F5), model::refreshNow);
        MenuItem acknowledge = item("Acknowledge alarms", new KeyCodeCombination(KeyCode.A), model.alarms()::acknowledgeAll);
        acknowledge.setId("menu-acknowledge");
        MenuItem pause = item("Pause", new KeyCodeCombination(KeyCode.P), model::togglePause);
        pause.textProperty().bind(model.pausedProperty().map(p -> p ? "Resume" : "Pause"));
        MenuItem full = item("Full screen", new KeyCodeCombination(KeyCode.F11), actions::toggleFullScreen);
        MenuItem monitor = item("Move to next monitor", null, actions::nextMonitor);
        MenuItem theme = item("Switch light / dark theme", null, actions::toggleTheme);
        MenuItem next = item("Next page", new KeyCodeCombination(KeyCode.PAGE_DOWN), pager::next);
        MenuItem previous = item("Previous page", new KeyCodeCombination(KeyCode.PAGE_UP), pager::previous);
        MenuItem settings = item("Settings\u2026", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                actions::openSettings);
        MenuButton menu = new MenuButton("\u2630");
        boardMenu = menu;
        menu.setId("board-menu");
        menu.getStyleClass().add("board-menu");
        menu.setFocusTraversable(false);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), javafx.application.Platform::exit);
        menu.getItems().addAll(refresh, pause, acknowledge, new SeparatorMenuItem(), full, monitor, theme,
                new SeparatorMenuItem(), next, previous, new SeparatorMenuItem(), settings, new SeparatorMenuItem(), quit);
        return menu;
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox noticeBanner() {
        Label text = new Label();
        text.setId("notice-text");
        text.textProperty().bind(model.noticeProperty());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("Dismiss");
        close.getStyleClass().add("notice-close");
        close.setOnAction(e -> model.showNotice(""));
        HBox banner = new HBox(new Label("\u26a0"), text, close);
        banner.setId("notice");
        banner.getStyleClass().add("notice");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** The unacknowledged alarms, worst first, with their age; a click (or A) acknowledges them all. */
    private HBox alarmBanner() {
        AlarmsViewModel alarms = model.alarms();
        Label icon = new Label();
        icon.setId("alarm-banner-title");
        icon.textProperty().bind(alarms.bannerTitleProperty());
        icon.getStyleClass().add("alarm-banner-title");
        icon.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.setId("alarm-banner-text");
        text.getStyleClass().add("alarm-banner-text");
        text.textProperty().bind(alarms.bannerTextProperty());
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label hint = new Label("Press A or click to acknowledge");
        hint.getStyleClass().add("alarm-banner-hint");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(icon, text, hint);
        banner.setId("alarm-banner");
        banner.getStyleClass().add("alarm-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(alarms.bannerShownProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setOnMouseClicked(e -> alarms.acknowledgeAll());
        javafx.css.PseudoClass warning = javafx.css.PseudoClass.getPseudoClass("warning");
        alarms.bannerLevelProperty().addListener((o, a, level) ->
                banner.pseudoClassStateChanged(warning, level == com.queuewallboard.board.AlertLevel.WARNING));
        return banner;
    }

    private VBox loadingOverlay(BoardActions actions) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("loading-spinner");
        Label text = new Label();
        text.setId("loading-text");
        text.getStyleClass().add("loading-text");
        text.textProperty().bind(model.loadingTextProperty());
        text.setWrapText(true);
        text.setAlignment(Pos.CENTER);   // text-alignment only centres wrapped lines
        Button settings = new Button("Settings\u2026");
        settings.getStyleClass().add("header-button");
        settings.setOnAction(e -> actions.openSettings());
        settings.visibleProperty().bind(model.connectionProperty().isNotEqualTo(ConnectionState.CONNECTING));
        // spinning under "the secret was refused" would promise progress that is not coming
        spinner.visibleProperty().bind(model.connectionProperty().isEqualTo(ConnectionState.CONNECTING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        VBox box = new VBox(spinner, text, settings);
        box.setId("loading");
        box.getStyleClass().add("loading");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.hasDataProperty().not().and(model.accessRefusedProperty().not()));
        return box;
    }

    /** Over the whole board while the hub refuses the viewer key: retrying alone will not fix it. */
    private StackPane accessRefusedPanel() {
        Label title = new Label("ACCESS REFUSED");
        title.setId("access-refused-title");
        title.getStyleClass().add("access-refused-title");
        Label text = new Label(ACCESS_REFUSED_TEXT);
        text.setId("access-refused-text");
        text.getStyleClass().add("loading-text");
        text.setWrapText(true);
        text.setAlignment(Pos.CENTER);
        VBox panel = new VBox(title, text);
        panel.setId("access-refused");
        panel.getStyleClass().add("access-refused");
        panel.setAlignment(Pos.CENTER);
        panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane shade = new StackPane(panel);   // covers the greyed tiles behind it
        shade.setId("access-refused-overlay");
        shade.getStyleClass().add("access-refused-shade");
        shade.visibleProperty().bind(model.accessRefusedProperty());
        return shade;
    }

    public static final String ACCESS_REFUSED_TEXT = "Access refused by the hub \u2014 ask the hub's administrator for the current"
            + " viewer key (--hub-key-file or QUEUE_WALLBOARD_HUB_KEY)";

    private VBox emptyMessage(BoardActions actions) {
        Label text = new Label("No queues to show.\nOpen Settings and tick the queues for this board.");
        text.getStyleClass().add("loading-text");
        Button settings = new Button("Settings\u2026");
        settings.getStyleClass().add("header-button");
        settings.setOnAction(e -> actions.openSettings());
        VBox box = new VBox(text, settings);
        box.setId("empty");
        box.getStyleClass().add("loading");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.hasDataProperty().and(javafx.beans.binding.Bindings.isEmpty(model.tiles())));
        return box;
    }
}
