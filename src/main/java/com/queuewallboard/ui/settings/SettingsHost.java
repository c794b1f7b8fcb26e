package com.queuewallboard.ui.settings;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.config.Settings;
import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.common.SourceOpener;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the settings dialog needs from the board it configures, and nothing more: the settings in
 * force, the queues of the board's own source (no second login), a way to open a trial source and
 * run it off the FX thread for the connection test, and applying the saved result.
 */
public interface SettingsHost {
    /** The settings the board runs with now. */
    Settings currentSettings();

    /** Lists the current source's queues off the FX thread; the callbacks run on the FX thread. */
    void listQueues(Consumer<List<QueueInfo>> onDone, Consumer<Problem> onError);

    /** Opens a source for trial settings (the connection test). */
    SourceOpener opener();

    /** Where the connection test runs. */
    BackgroundTasks background();

    /** The saved settings take effect on the board now. */
    void applySettings(Settings next);
}
