package com.queuewallboard.ui.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.logging.Logger;

/**
 * The team message from a text file the board watches (one file on a share updates every screen).
 * A cheap poll: the file is re-read only when its modification time or size changed. A missing or
 * unreadable file shows nothing and is logged once per kind of problem, not every refresh.
 * Toolkit-free and blocking: call {@link #poll()} off the FX thread.
 */
final class TickerFile {
    private static final Logger LOG = Logger.getLogger(TickerFile.class.getName());
    /** A ticker is one line; a huge file is someone's mistake, not a message. */
    static final int MAX_CHARS = 500;

    private final String pathText;
    private long seenModified = Long.MIN_VALUE;
    private long seenSize = -1;
    private String text = "";
    private String lastProblem;

    TickerFile(String pathText) {
        this.pathText = pathText;
    }

    String pathText() {
        return pathText;
    }

    /** The message now: the file's text on one line, or "" when it is missing, unreadable or empty. */
    synchronized String poll() {
        try {
            Path path = Path.of(pathText);
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            long modified = attrs.lastModifiedTime().toMillis();
            if (modified == seenModified && attrs.size() == seenSize) return text;
            String content = Files.readString(path, StandardCharsets.UTF_8);
            seenModified = modified;
            seenSize = attrs.size();
            text = oneLine(content);
            if (lastProblem != null) LOG.info("Ticker file " + pathText + " is readable again.");
            lastProblem = null;
        } catch (IOException | InvalidPathException | SecurityException e) {
            problem(e.getClass().getSimpleName());
            seenModified = Long.MIN_VALUE;
            seenSize = -1;
            text = "";
        }
        return text;
    }

    private void problem(String kind) {
        if (kind.equals(lastProblem)) return;
        lastProblem = kind;
        LOG.warning("Ticker file " + pathText + " cannot be read (" + kind + "); the ticker shows nothing until it can.");
    }

    /** Lines joined with a wide separator, blanks dropped, cut to {@link #MAX_CHARS}. */
    static String oneLine(String content) {
        String joined = String.join("   \u2022   ", content.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return joined.length() > MAX_CHARS ? joined.substring(0, MAX_CHARS - 1) + "\u2026" : joined;
    }
}
