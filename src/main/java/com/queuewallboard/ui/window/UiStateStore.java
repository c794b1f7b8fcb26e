package com.queuewallboard.ui.window;

import com.queuewallboard.app.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reads and writes ui-state.json. A missing or broken file means defaults, never a failed start. */
public final class UiStateStore {
    private static final Logger LOG = Logger.getLogger(UiStateStore.class.getName());
    public static final String FILE_NAME = "ui-state.json";
    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public UiStateStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public UiState load() {
        if (!Files.isRegularFile(file)) return UiState.DEFAULT;
        try {
            return json.readValue(file.toFile(), UiState.class);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable window state " + file + ": " + e.getMessage());
            return UiState.DEFAULT;
        }
    }

    /** Writes atomically (temp file, then move), so a power cut never leaves half a file. */
    public void save(UiState state) {
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(state), false);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not save window state to " + file + ": " + e.getMessage());
        }
    }
}
