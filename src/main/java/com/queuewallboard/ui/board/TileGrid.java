package com.queuewallboard.ui.board;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Lays out one page of tiles in the grid shape that gives each tile the most room for its
 * design proportions, and scales each tile's font to its cell, so four queues on a TV get huge
 * figures and thirty get readable ones.
 */
final class TileGrid extends Pane {
    static final double GAP_EM = 0.6;
    private final DoubleSupplier rootFont;
    /** Cells to lay out for: a full page's worth when paging, so the last page keeps the same grid. */
    private int slots;

    TileGrid(DoubleSupplier rootFont) {
        this.rootFont = rootFont;
        getStyleClass().add("tile-grid");
    }

    void setSlots(int slots) {
        if (this.slots != slots) {
            this.slots = slots;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        // tiles are unmanaged layout roots (see TileView): placed here, laid out on their own
        List<Node> tiles = getChildren();
        int n = tiles.size();
        if (n == 0) return;
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double width = getWidth() - x0 - snappedRightInset();
        double height = getHeight() - y0 - snappedBottomInset();
        double gap = GAP_EM * rootFont.getAsDouble();
        int cells = Math.max(n, slots);
        int cols = bestColumns(cells, width, height, gap);
        int rows = (cells + cols - 1) / cols;
        double cellW = (width - gap * (cols - 1)) / cols;
        double cellH = (height - gap * (rows - 1)) / rows;
        double font = Math.max(6, Math.min(cellW / TileView.DESIGN_WIDTH_EM, cellH / TileView.DESIGN_HEIGHT_EM));
        for (int i = 0; i < n; i++) {
            Node node = tiles.get(i);
            if (node instanceof TileView tile) tile.setFontSize(font);
            int c = i % cols;
            int r = i / cols;
            node.resizeRelocate(snapPositionX(x0 + c * (cellW + gap)), snapPositionY(y0 + r * (cellH + gap)),
                    snapSizeX(cellW), snapSizeY(cellH));
        }
    }

    /** Columns that maximise the tile's scale for its design proportions. */
    static int bestColumns(int n, double width, double height, double gap) {
        int best = 1;
        double bestScale = -1;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double cellW = (width - gap * (cols - 1)) / cols;
            double cellH = (height - gap * (rows - 1)) / rows;
            double scale = Math.min(cellW / TileView.DESIGN_WIDTH_EM, cellH / TileView.DESIGN_HEIGHT_EM);
            if (scale > bestScale + 1e-9) {
                bestScale = scale;
                best = cols;
            }
        }
        return best;
    }

    /** How many tiles fit on a page at no less than the minimum readable size. */
    static int capacity(double width, double height, double rootFont, double minWidthEm, double minHeightEm, double gapEm) {
        if (width <= 0 || height <= 0) return 1;
        double gap = gapEm * rootFont;
        int cols = (int) Math.floor((width + gap) / (minWidthEm * rootFont + gap));
        int rows = (int) Math.floor((height + gap) / (minHeightEm * rootFont + gap));
        return Math.max(1, Math.max(1, cols) * Math.max(1, rows));
    }

}
