package com.queuewallboard.ui.board;

import com.queuewallboard.insight.TrendBuffer;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import java.util.List;

/**
 * The last hour of a queue on one {@link Canvas}: calls waiting as a thick line, agents available
 * as a band behind it, the newest point marked with a dot. No axes: from across the room only the
 * shape and the direction matter. Redrawing reuses the canvas and the point arrays, so a refresh
 * creates no nodes. Colours come from the stylesheet ({@code -qw-spark-line}, {@code -qw-spark-band}).
 */
final class Sparkline extends Region {
    /** The span a sparkline covers, whatever the refresh period. */
    static final long WINDOW_SECONDS = 3600;
    private static final StyleablePropertyFactory<Sparkline> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> lineColor = CSS.createStyleableColorProperty(this, "lineColor", "-qw-spark-line", s -> s.lineColor, Color.WHITE);
    private final StyleableProperty<Color> bandColor = CSS.createStyleableColorProperty(this, "bandColor", "-qw-spark-band", s -> s.bandColor, Color.gray(0.5, 0.4));
    private final Canvas canvas = new Canvas();
    private TrendBuffer trend;
    private long[] times = new long[0];
    private int[] waiting = new int[0];
    private int[] available = new int[0];
    private int draws;

    Sparkline() {
        getStyleClass().add("sparkline");
        canvas.setManaged(false);
        getChildren().add(canvas);
        // a colour set by the stylesheet (e.g. the alert tile's white line) redraws at once
        ((javafx.beans.value.ObservableValue<?>) lineColor).addListener(o -> redraw());
        ((javafx.beans.value.ObservableValue<?>) bandColor).addListener(o -> redraw());
    }

    /** Shows this trend (null = none yet) and draws it now. */
    void show(TrendBuffer next) {
        trend = next;
        redraw();
    }

    Canvas canvas() {
        return canvas;
    }

    /** How many times the canvas was painted (for tests: a new point must repaint it). */
    int draws() {
        return draws;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            redraw();
        }
    }

    void redraw() {
        draws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (trend == null || trend.size() == 0 || w < 4 || h < 4) return;
        int n = copy(trend);
        long end = times[n - 1];
        int first = 0;
        while (first < n - 1 && times[first] < end - WINDOW_SECONDS) first++;
        // Until an hour has been seen the line spans what there is (the board's first minutes
        // would otherwise be a dot at the right edge); then exactly the last hour.
        long span = Math.max(1, Math.min(WINDOW_SECONDS, end - times[first]));
        long start = end - span;
        int max = 4;   // a quiet queue's 0-1-0 should not fill the whole height
        for (int i = first; i < n; i++) max = Math.max(max, Math.max(waiting[i], available[i]));
        double line = Math.max(2, h / 9);
        double top = line;                     // room for the line's width and the end dot
        double bottom = h - line / 2;
        double left = line / 2;
        double right = w - line * 1.2;
        double scaleY = (bottom - top) / max;
        double scaleX = (right - left) / span;

        g.setFill(bandColor.getValue());
        g.beginPath();
        g.moveTo(x(times[first], start, left, scaleX), bottom);
        for (int i = first; i < n; i++) g.lineTo(x(times[i], start, left, scaleX), bottom - available[i] * scaleY);
        g.lineTo(x(times[n - 1], start, left, scaleX), bottom);
        g.closePath();
        g.fill();

        Color stroke = lineColor.getValue();
        g.setStroke(stroke);
        g.setLineWidth(line);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.beginPath();
        for (int i = first; i < n; i++) {
            double px = x(times[i], start, left, scaleX);
            double py = bottom - waiting[i] * scaleY;
            if (i == first) g.moveTo(px, py);
            else g.lineTo(px, py);
        }
        g.stroke();
        double dot = line * 2.2;
        g.setFill(stroke);
        g.fillOval(x(end, start, left, scaleX) - dot / 2, bottom - waiting[n - 1] * scaleY - dot / 2, dot, dot);
    }

    private static double x(long time, long start, double left, double scaleX) {
        return left + (time - start) * scaleX;
    }

    private int copy(TrendBuffer buffer) {
        int cap = buffer.capacity();
        if (times.length < cap) {   // grows once per capacity, not per refresh
            times = new long[cap];
            waiting = new int[cap];
            available = new int[cap];
        }
        return buffer.copyLast(cap, times, waiting, available);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
