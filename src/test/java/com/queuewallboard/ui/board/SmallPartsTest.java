package com.queuewallboard.ui.board;

import com.queuewallboard.ui.common.Formats;
import com.queuewallboard.ui.window.UiState;
import com.queuewallboard.ui.window.UiStateStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallPartsTest {

    @Test
    void formats() {
        assertEquals("0:00", Formats.waitTime(0));
        assertEquals("4:32", Formats.waitTime(272));
        assertEquals("1:02:03", Formats.waitTime(3723));
        assertEquals("45s", Formats.age(Duration.ofSeconds(45)));
        assertEquals("2m", Formats.age(Duration.ofSeconds(150)));
        assertEquals("1h 5m", Formats.age(Duration.ofMinutes(65)));
        assertEquals("82%", Formats.percent(0.823));
    }

    @Test
    void pagerCountsAndWraps() {
        Pager pager = new Pager();
        pager.setCapacity(30);
        pager.setItemCount(70);
        assertEquals(3, pager.pageCountProperty().get());
        assertEquals("Page 1 of 3", pager.textProperty().get());
        pager.next();
        pager.next();
        assertEquals(60, pager.from());
        assertEquals(70, pager.to());
        assertEquals("Page 3 of 3", pager.textProperty().get());
        pager.next();
        assertEquals(0, pager.from());
        assertEquals(0, pager.pageProperty().get(), "wraps to the first page");
        pager.previous();
        assertEquals("Page 3 of 3", pager.textProperty().get(), "and back to the last");
        pager.setItemCount(10);
        assertEquals("", pager.textProperty().get());
    }

    @Test
    void gridShapeAndCapacity() {
        assertEquals(2, TileGrid.bestColumns(4, 1600, 800, 10));
        assertEquals(1, TileGrid.bestColumns(1, 1600, 800, 10));
        assertEquals(20, TileGrid.capacity(1580, 757, 16, 19, 9.5, 0.6), "five by four in a 1600x900 window");
        assertEquals(1, TileGrid.capacity(0, 0, 16, 16, 9.5, 0.6));
    }

    @Test
    void uiStateRoundTripAndBrokenFile(@TempDir Path dir) throws Exception {
        UiStateStore store = new UiStateStore(dir);
        assertEquals(UiState.DEFAULT, store.load());
        UiState state = new UiState(10.0, 20.0, 1280, 720, 1, true, UiState.LIGHT);
        store.save(state);
        assertEquals(state, store.load());
        Files.writeString(store.file(), "{ not json");
        assertEquals(UiState.DEFAULT, store.load());
    }

    /** ui's rooms point one way: board and settings know only common; window joins them. */
}
