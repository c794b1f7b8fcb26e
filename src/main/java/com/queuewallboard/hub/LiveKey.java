package com.queuewallboard.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

/**
 * The viewer key a running hub accepts, following {@code hub-viewer-key}: after
 * {@code --rotate-hub-key} the new key is taken within a few seconds, with no restart, and
 * the old one is refused from then on. A missing or empty file keeps the key in force (a
 * half-finished edit must not open or close the hub).
 */
final class LiveKey {
    private final Path file;
    private final long checkEveryNanos;
    private volatile HubKey key;
    private volatile long checkedAt;
    private FileTime seen;

    /** @param folder the settings folder, or null for a fixed key (tests, benchmark) */
    LiveKey(HubKey key, Path folder, Duration checkEvery) {
        this.key = key;
        this.file = folder == null ? null : folder.resolve(HubKey.FILE_NAME);
        this.checkEveryNanos = checkEvery.toNanos();
        this.checkedAt = System.nanoTime();
        this.seen = modified();
    }

    /** The key now in force; true in {@code changed} when it was just replaced. */
    synchronized boolean refresh() {
        if (file == null || System.nanoTime() - checkedAt < checkEveryNanos) return false;
        checkedAt = System.nanoTime();
        FileTime now = modified();
        if (now == null || now.equals(seen)) return false;
        seen = now;
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (text.isEmpty() || key.matches(text)) return false;
            key = HubKey.of(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    HubKey current() {
        return key;
    }

    private FileTime modified() {
        try {
            return file == null ? null : Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
