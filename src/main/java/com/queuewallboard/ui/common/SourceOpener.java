package com.queuewallboard.ui.common;

import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Settings;

/** Opens a board source for settings (Genesys or the demo simulator). Blocking: never on the FX thread. */
@FunctionalInterface
public interface SourceOpener {
    BoardSource open(Settings settings) throws SourceException;
}
