package com.queuewallboard.ui.window;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.config.Settings;
import com.queuewallboard.ui.board.BoardViewModel;
import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.common.SourceOpener;
import com.queuewallboard.ui.settings.SettingsHost;

import java.util.List;
import java.util.function.Consumer;

/** The board as the settings dialog sees it: only what {@link SettingsHost} offers. */
public record BoardSettingsHost(BoardViewModel board) implements SettingsHost {
    @Override
    public Settings currentSettings() {
        return board.settings();
    }

    @Override
    public void listQueues(Consumer<List<QueueInfo>> onDone, Consumer<Problem> onError) {
        board.listQueues(onDone, onError);
    }

    @Override
    public SourceOpener opener() {
        return board.opener();
    }

    @Override
    public BackgroundTasks background() {
        return board.background();
    }

    @Override
    public void applySettings(Settings next) {
        board.applySettings(next);
    }
}
