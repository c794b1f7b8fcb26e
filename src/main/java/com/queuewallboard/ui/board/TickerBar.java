package com.queuewallboard.ui.board;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.TranslateTransition;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The team message along the bottom of the board. Shown only while there is a message; a message
 * wider than the screen scrolls from right to left at a reading pace, a short one stands still.
 */
final class TickerBar extends Pane {
    /** Scrolling speed in em per second: slow enough to read from across the room. */
    static final double EM_PER_SECOND = 6;
    private final Label text = new Label();
    private final TranslateTransition scroll = new TranslateTransition();

    TickerBar(ObservableStringValue message) {
        setId("ticker");
        getStyleClass().add("ticker");
        text.setId("ticker-text");
        text.getStyleClass().add("ticker-text");
        text.textProperty().bind(message);
        text.setManaged(false);
        getChildren().add(text);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        visibleProperty().bind(text.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        scroll.setNode(text);
        scroll.setInterpolator(Interpolator.LINEAR);
        scroll.setCycleCount(Animation.INDEFINITE);
        text.textProperty().addListener((o, a, b) -> requestLayout());
        widthProperty().addListener((o, a, b) -> requestLayout());
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + text.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double w = text.prefWidth(-1);
        double h = text.prefHeight(-1);
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        text.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, h);
        boolean needsScroll = w > room && room > 0;
        if (!needsScroll || !isVisible()) {
            scroll.stop();
            text.setTranslateX(0);
            return;
        }
        double from = room;
        double to = -w;
        if (scroll.getStatus() == Animation.Status.RUNNING && scroll.getFromX() == from && scroll.getToX() == to) return;
        double em = Math.max(1, text.getFont().getSize());
        scroll.stop();
        scroll.setFromX(from);
        scroll.setToX(to);
        scroll.setDuration(Duration.seconds((from - to) / (EM_PER_SECOND * em)));
        scroll.playFromStart();
    }

    /** True while the message is wider than the bar and moving. */
    boolean scrolling() {
        return scroll.getStatus() == Animation.Status.RUNNING;
    }

    Label text() {
        return text;
    }
}
