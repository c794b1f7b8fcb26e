package com.queuewallboard.insight;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.queuewallboard.board.AlertLevel.ALERT;
import static com.queuewallboard.board.AlertLevel.NORMAL;
import static com.queuewallboard.board.AlertLevel.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WorstFirstOrderTest {
    private final WorstFirstOrder order = new WorstFirstOrder();

    @Test
    void levelThenWaitingDescending() {
        List<String> ids = order.apply(List.of(
                new QueueStanding("calm", NORMAL, 9),
                new QueueStanding("amber", WARNING, 2),
                new QueueStanding("red-small", ALERT, 1),
                new QueueStanding("red-big", ALERT, 7),
                new QueueStanding("unknown", null, 20)));
        assertEquals(List.of("red-big", "red-small", "amber", "unknown", "calm"), ids);
    }

    @Test
    void waitingWigglesDoNotReorder() {
        order.apply(List.of(new QueueStanding("a", WARNING, 5), new QueueStanding("b", WARNING, 3),
                new QueueStanding("c", NORMAL, 0)));
        List<String> after = order.apply(List.of(new QueueStanding("a", WARNING, 1), new QueueStanding("b", WARNING, 8),
                new QueueStanding("c", NORMAL, 4)));
        assertEquals(List.of("a", "b", "c"), after, "same levels: same order although b now waits more");
    }

    @Test
    void aLevelChangeReordersWithCurrentWaitingCounts() {
        order.apply(List.of(new QueueStanding("a", WARNING, 5), new QueueStanding("b", WARNING, 3),
                new QueueStanding("c", NORMAL, 0)));
        List<String> after = order.apply(List.of(new QueueStanding("a", WARNING, 1), new QueueStanding("b", WARNING, 8),
                new QueueStanding("c", ALERT, 4)));
        assertEquals(List.of("c", "b", "a"), after);
    }

    @Test
    void tiesKeepTheirPreviousPlaces() {
        order.apply(List.of(new QueueStanding("x", NORMAL, 0), new QueueStanding("y", NORMAL, 0),
                new QueueStanding("z", WARNING, 0)));
        // z drops back to normal: equal now, so all keep their previous places (input order does not matter)
        List<String> ids = order.apply(List.of(new QueueStanding("y", NORMAL, 0), new QueueStanding("x", NORMAL, 0),
                new QueueStanding("z", NORMAL, 0)));
        assertEquals(List.of("z", "x", "y"), ids);
    }

    @Test
    void queuesComingAndGoingReorder() {
        order.apply(List.of(new QueueStanding("a", NORMAL, 0), new QueueStanding("b", NORMAL, 0)));
        assertEquals(List.of("n", "a", "b"), order.apply(List.of(new QueueStanding("a", NORMAL, 0),
                new QueueStanding("b", NORMAL, 0), new QueueStanding("n", NORMAL, 2))));
        assertEquals(List.of("n", "a"), order.apply(List.of(new QueueStanding("a", NORMAL, 0), new QueueStanding("n", NORMAL, 2))));
    }

    @Test
    void returnsTheSameListUntilALevelChanges() {
        List<QueueStanding> input = new ArrayList<>(List.of(new QueueStanding("a", NORMAL, 0)));
        List<String> first = order.apply(input);
        assertEquals(first, order.apply(List.of(new QueueStanding("a", NORMAL, 5))));
        order.reset();
        assertEquals(List.of("a"), order.apply(input));
        assertEquals(List.of(), new WorstFirstOrder().apply(List.of()));
    }
}
