package com.queuewallboard.ui.board;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.ui.Fixtures;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.queuewallboard.ui.Fixtures.queue;
import static com.queuewallboard.ui.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status bar says how live figures arrive, and a push source's change signal refreshes the
 * board at once instead of at the next interval (10 s here, far beyond the waits below).
 */
@ExtendWith(ApplicationExtension.class)
class PushStatusFxTest {

    /** A source that says it is on push and hands out its change listener. */
    static final class PushLikeSource implements BoardSource {
        final AtomicInteger refreshes = new AtomicInteger();
        volatile String status = "Live (push)";
        volatile int waiting = 1;
        volatile Runnable listener;

        @Override
        public BoardSnapshot refresh() {
            refreshes.incrementAndGet();
            return snapshot(Instant.now(), queue("a", waiting, 5)).withTransport(status.startsWith("Live") ? "push" : "poll");
        }

        @Override
        public void onChange(Runnable l) {
            listener = l;
        }

        @Override
        public String transportStatus() {
            return status;
        }

        @Override
        public List<QueueInfo> listQueues() {
            return List.of();
        }

        @Override
        public String description() {
            return "DEMO";
        }

        @Override
        public boolean isDemo() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    private final PushLikeSource source = new PushLikeSource();
    private final ExecutorService executor = Fixtures.daemonPool();
    private BoardViewModel model;

    @Start
    void start(Stage stage) {
        model = new BoardViewModel(Fixtures.noThresholds(), s -> source, executor, Clock.systemUTC());
        Fixtures.show(stage, new BoardView(model, BoardActions.NONE));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(model::shutdown);
        executor.shutdownNow();
    }

    @Test
    void showsLiveThenTheFallbackWithItsReasonOnTheChangeSignal(FxRobot robot) throws Exception {
        robot.interact(model::start);
        Label transport = robot.lookup("#status-transport").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Live (push)".equals(transport.getText()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> source.listener != null);
        int before = source.refreshes.get();

        source.waiting = 7;                      // a pushed change ...
        source.listener.run();                   // ... signalled from the source's own thread
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "7".equals(model.tile("a").waitingTextProperty().get()));
        assertEquals(before + 1, source.refreshes.get(), "one refresh for one signal");

        source.status = "Polling (push unavailable: opening a notification channel failed: HTTP 503)";
        source.listener.run();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> transport.getText().startsWith("Polling"));
        assertTrue(transport.getText().contains("HTTP 503"), transport.getText());
        assertTrue(transport.isVisible());
    }
}
