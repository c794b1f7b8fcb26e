package com.queuewallboard.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web board's files (plain HTML, CSS, JS in the jar), read once. Only these names are
 * served: a request path never reaches the class path or the file system.
 */
final class StaticFiles {
    record File(byte[] bytes, String contentType) {
    }

    private static final String BASE = "/com/queuewallboard/hub/web/";
    private final Map<String, File> files;

    StaticFiles() {
        files = Map.of(
                "/", load("index.html", "text/html; charset=utf-8"),
                "/index.html", load("index.html", "text/html; charset=utf-8"),
                "/board.css", load("board.css", "text/css; charset=utf-8"),
                "/board.js", load("board.js", "text/javascript; charset=utf-8"));
    }

    File get(String path) {
        return files.get(path);
    }

    private static File load(String name, String type) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(BASE + name)) {
            if (in == null) throw new IllegalStateException("web board file missing from the build: " + name);
            return new File(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
