package com.queuewallboard.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The settings file and the secret file in the user's config folder. Writes are atomic (a temp
 * file moved into place), so a crash or power cut mid-save never leaves half a file, and a file
 * we cannot read is set aside, never overwritten.
 */
public final class SettingsStore {
    static final String SETTINGS_FILE = "settings.json";
    static final String SECRET_FILE = "client-secret";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SettingsStore(Path dir) {
        this.dir = dir;
    }

    public static SettingsStore standard() {
        return new SettingsStore(AppPaths.home());
    }

    public Path settingsFile() {
        return dir.resolve(SETTINGS_FILE);
    }

    public Path secretFile() {
        return dir.resolve(SECRET_FILE);
    }

    /** Saved settings, or the defaults when nothing was saved yet. */
    public Settings load() throws ConfigException {
        Secret secret = loadSecret();
        Path file = settingsFile();
        if (!Files.exists(file)) return Settings.defaults().withConnection(null, "", secret);
        try {
            SettingsDocument doc = json.readValue(file.toFile(), SettingsDocument.class);
            if (doc == null) throw new ConfigException("Settings file " + file + " is empty. Delete it or save the settings again.");
            return doc.toSettings(secret);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null ? "a value"
                    : "'" + e.getPath().get(0).getFieldName() + "'";
            throw new ConfigException("Settings file " + file + ": " + field + " has the wrong type (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "). Fix it, or delete the file to start over; it is kept as it is until then.");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ConfigException("Settings file " + file + " is not valid JSON" + where
                    + ". Fix it, or delete it to start over; it is kept as it is until then.");
        } catch (IOException e) {
            throw new ConfigException("Cannot read settings file " + file + " (" + e.getClass().getSimpleName()
                    + "). Check its permissions.");
        }
    }

    /** Saved settings, or the defaults when the file cannot be used (it is then kept aside on save). */
    public Settings loadOrDefaults() {
        try {
            return load();
        } catch (ConfigException unreadable) {
            return Settings.defaults();
        }
    }

    /** Writes the settings, and the secret to its own owner-only file (removed when empty). */
    public void save(Settings settings) throws ConfigException {
        try {
            Files.createDirectories(dir);
            keepUnreadableFileAside();
            AtomicFiles.write(settingsFile(), json.writeValueAsBytes(SettingsDocument.of(settings)), false);
            if (settings.clientSecret().isEmpty()) {
                Files.deleteIfExists(secretFile());
            } else {
                AtomicFiles.write(secretFile(), settings.clientSecret().reveal().getBytes(StandardCharsets.UTF_8), true);
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot save settings in " + dir + " (" + e.getClass().getSimpleName()
                    + "). Check that the folder is writable.", e);
        }
    }

    private Secret loadSecret() throws ConfigException {
        Path file = secretFile();
        if (!Files.exists(file)) return Secret.empty();
        try {
            return Secret.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new ConfigException("Cannot read the saved client secret " + file + ". Check its permissions.");
        }
    }

    /**
     * A settings file we could not use (bad JSON, or good JSON with a bad value) is renamed, not
     * lost, before a new one is written: the user may want what was in it.
     */
    private void keepUnreadableFileAside() throws IOException {
        Path file = settingsFile();
        if (!Files.exists(file)) return;
        try {
            SettingsDocument doc = json.readValue(file.toFile(), SettingsDocument.class);
            if (doc == null) throw new IOException("empty settings file");
            doc.toSettings(Secret.empty());
        } catch (IOException | ConfigException unreadable) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Files.move(file, dir.resolve(SETTINGS_FILE + ".broken-" + stamp), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
