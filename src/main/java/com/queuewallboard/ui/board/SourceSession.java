package com.queuewallboard.ui.board;

import com.queuewallboard.ui.common.SourceOpener;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.Settings;

import java.util.List;

/**
 * One set of settings and the source opened for them. The source is opened lazily by the first
 * refresh on the background thread, so opening failures get the refresh service's retries too.
 * Settings changes make a new session and close this one.
 */
final class SourceSession implements AutoCloseable {
    private final Settings settings;
    private final SourceOpener opener;
    private final Object openLock = new Object();
    private volatile BoardSource source;
    private volatile boolean closed;
    private volatile String description;
    private volatile boolean demo;
    private final Runnable onChange;

    SourceSession(Settings settings, SourceOpener opener) {
        this(settings, opener, () -> { });
    }

    /** @param onChange told when a push source's figures changed between refreshes (its own thread) */
    SourceSession(Settings settings, SourceOpener opener, Runnable onChange) {
        this.settings = settings;
        this.opener = opener;
        this.demo = settings.runsDemo();
        this.onChange = onChange;
    }

    /** "Live (push)", "Polling (push unavailable: reason)", or null before opening or without push. */
    String transportStatus() {
        BoardSource s = source;
        return s == null ? null : s.transportStatus();
    }

    /** True while the opened source's server refuses this screen's key (a hub's 401). */
    boolean accessRefused() {
        BoardSource s = source;
        return s != null && s.accessRefused();
    }

    /** The opened source's upstream state ("ok", "retrying"), or null. */
    String upstreamState() {
        BoardSource s = source;
        return s == null ? null : s.upstreamState();
    }

    BoardSnapshot refresh() throws SourceException {
        return source().refresh();
    }

    List<QueueInfo> listQueues() throws SourceException {
        return source().listQueues();
    }

    /** The source's own description once opened, else null. */
    String description() {
        return description;
    }

    boolean isDemo() {
        return demo;
    }

    private BoardSource source() throws SourceException {
        synchronized (openLock) {
            if (closed) throw new SourceException(Problem.of(ProblemKind.CONFIG, "The settings changed; reconnecting."));
            if (source == null) {
                BoardSource opened = opener.open(settings);
                if (opened == null) throw new SourceException(Problem.of(ProblemKind.SERVICE, "No data source could be opened."));
                description = opened.description();
                demo = opened.isDemo();
                opened.onChange(onChange);
                source = opened;
            }
            return source;
        }
    }

    @Override
    public void close() {
        closed = true;
        BoardSource toClose;
        synchronized (openLock) {
            toClose = source;
            source = null;
        }
        if (toClose != null) toClose.close();
    }
}
