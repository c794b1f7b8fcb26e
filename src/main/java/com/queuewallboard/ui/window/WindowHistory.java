package com.queuewallboard.ui.window;

import com.queuewallboard.history.HistoryConfig;
import com.queuewallboard.history.ReplaySource;

/**
 * What the window does with history: record live figures into a file (the default), record
 * nothing (--no-history, said in the status bar), or play back a recorded day (--replay, which
 * records nothing).
 *
 * @param recording   where to record, null for not recording
 * @param switchedOff true for --no-history (the status bar says "history off: switched off")
 * @param replay      the recorded day to show instead of live figures, or null
 */
public record WindowHistory(HistoryConfig recording, boolean switchedOff, ReplaySource replay) {
    /** Nothing recorded and nothing said (tests that start the window themselves). */
    public static final WindowHistory NONE = new WindowHistory(null, false, null);

    public static WindowHistory record(HistoryConfig config) {
        return new WindowHistory(config, false, null);
    }

    public static WindowHistory off() {
        return new WindowHistory(null, true, null);
    }

    public static WindowHistory replay(ReplaySource source) {
        return new WindowHistory(null, false, source);
    }
}
