package com.queuewallboard.ui.board;

import javafx.scene.Node;

import java.util.function.Predicate;

/** Finds a queue's tile on the board for TestFX (tiles carry no per-queue CSS id, see TileView). */
public final class Tiles {
    private Tiles() {
    }

    /** Matches the tile that shows this queue now: {@code robot.lookup(Tiles.of("a")).query()}. */
    public static Predicate<Node> of(String queueId) {
        return node -> node instanceof TileView tile && queueId.equals(tile.queueId());
    }

    /** The queue a tile node shows. */
    public static String queueOf(Node tile) {
        return ((TileView) tile).queueId();
    }
}
