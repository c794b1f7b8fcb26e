package com.queuewallboard.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.queuewallboard.app.AppPaths;
import com.queuewallboard.app.AtomicFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The settings file and the secret file in the user's config folder, saved as one pair.
 *
 * <p>How the pair stays consistent: each save writes the secret to a NEW file whose name is a
 * fresh generation ({@code client-secret-<gen>}, never rewritten), then writes settings.json,
 * which names that file. The rename of settings.json is the one moment the save takes effect:
 * a crash before it leaves the old settings with the old secret (the new secret file is an orphan,
 * removed at the next start); after it, the new pair. A reader follows the name in settings.json
 * to a file that never changes, so it cannot pair one save's settings with another's secret; if a
 * save removed that file in between, it reads again. Saves take a lock file, so two programs
 * saving at once do not delete each other's secret. Every write is flushed to the disk before
 * the rename, and the folder after it.
 *
 * <p>A file we cannot read is set aside (settings.json.broken, .broken-2, ...), never overwritten.
 */
public final class SettingsStore {
    static final String SETTINGS_FILE = "settings.json";
    /** The secret's file before generations (settings version 1); still read, replaced at the next save. */
    static final String LEGACY_SECRET_FILE = "client-secret";
    static final String SECRET_PREFIX = "client-secret-";
    static final String LOCK_FILE = ".settings.lock";
    private static final Object JVM_LOCK = new Object();

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Called between the steps of a save; tests make it throw to act out a crash there. */
    private final SaveSteps steps;

    /** The points of a save where a crash matters. */
    interface SaveSteps {
        void secretWritten() throws IOException;

        SaveSteps NONE = () -> { };
    }

    public SettingsStore(Path dir) {
        this(dir, SaveSteps.NONE);
    }

    SettingsStore(Path dir, SaveSteps steps) {
        this.dir = dir;
        this.steps = steps;
    }

    public static SettingsStore standard() {
        return new SettingsStore(AppPaths.home());
    }

    public Path settingsFile() {
        return dir.resolve(SETTINGS_FILE);
    }

    /** The secret file the saved settings point at (the legacy name when they name none). */
    public Path secretFile() {
        try {
            SettingsDocument doc = readDocument();
            if (doc != null && doc.secretFile() != null) return dir.resolve(doc.secretFile());
        } catch (IOException | ConfigException unreadable) {
            // fall through to the legacy name
        }
        return dir.resolve(LEGACY_SECRET_FILE);
    }

    private String source() {
        return "settings file " + settingsFile();
    }

    /** Saved settings, or the defaults when nothing was saved yet. */
    public Settings load() throws ConfigException {
        cleanUp();
        // one retry: a save may remove the secret file we were pointed at between the two reads
        try {
            return loadOnce();
        } catch (NoSuchFileException raced) {
            try {
                return loadOnce();
            } catch (NoSuchFileException e) {
                throw new ConfigException(source() + " names the secret file " + e.getFile()
                        + ", which is missing. Save the settings again.");
            }
        }
    }

    private Settings loadOnce() throws ConfigException, NoSuchFileException {
        Path file = settingsFile();
        if (!Files.exists(file)) return Settings.defaults().withConnection(null, "", legacySecret());
        SettingsDocument doc;
        try {
            doc = readDocument();
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null ? "a value"
                    : "'" + e.getPath().get(0).getFieldName() + "'";
            throw new ConfigException(source() + ": " + field + " has the wrong type (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "). Fix it, or delete the file to start over; it is kept as it is until then.");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ConfigException(source() + " is not valid JSON" + where
                    + ". Fix it, or delete it to start over; it is kept as it is until then.");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + source() + " (" + e.getClass().getSimpleName()
                    + "). Check its permissions.");
        }
        Secret secret;
        if (doc.version() == null || doc.version() < 2) {
            secret = legacySecret();
        } else if (doc.secretFile() == null) {
            secret = Secret.empty();
        } else {
            secret = readSecret(ownSecretFile(doc.secretFile()));
        }
        return doc.toSettings(secret, source());
    }

    /** settings.json's document; an empty file is said as such (not "wrong type"). */
    private SettingsDocument readDocument() throws IOException, ConfigException {
        byte[] bytes = Files.readAllBytes(settingsFile());
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new ConfigException(source() + " is empty. Delete it, or save the settings again.");
        }
        SettingsDocument doc = json.readValue(bytes, SettingsDocument.class);
        if (doc == null) throw new ConfigException(source() + " holds no settings (null). Delete it, or save the settings again.");
        return doc;
    }

    /** Only a file of ours, in our folder: a hand-edited name must not make us read /etc/passwd. */
    private Path ownSecretFile(String name) throws ConfigException {
        if (!name.startsWith(SECRET_PREFIX) || name.contains("/") || name.contains("\\")) {
            throw new ConfigException(source() + ": secretFile '" + name + "' is not a secret file of this folder. "
                    + "Save the settings again.");
        }
        return dir.resolve(name);
    }

    private Secret legacySecret() throws ConfigException, NoSuchFileException {
        Path file = dir.resolve(LEGACY_SECRET_FILE);
        return Files.exists(file) ? readSecret(file) : Secret.empty();
    }

    private Secret readSecret(Path file) throws ConfigException, NoSuchFileException {
        try {
            return SecretFile.read(file, "the saved client secret " + file);
        } catch (ConfigException e) {
            // removed by a save that committed after we read settings.json: read again
            if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
            throw e;
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

    /** Writes the settings and their secret as one pair (see the class comment). */
    public void save(Settings settings) throws ConfigException {
        try {
            Files.createDirectories(dir);
            withLock(() -> {
                keepUnreadableFileAside();
                String secretName = null;
                if (!settings.clientSecret().isEmpty()) {
                    secretName = SECRET_PREFIX + UUID.randomUUID().toString().replace("-", "");
                    AtomicFiles.write(dir.resolve(secretName),
                            settings.clientSecret().reveal().getBytes(StandardCharsets.UTF_8), true);
                }
                steps.secretWritten();
                SettingsDocument doc = SettingsDocument.of(settings).withSecretFile(secretName);
                AtomicFiles.write(settingsFile(), json.writeValueAsBytes(doc), false);   // the commit
                removeSecretsOtherThan(secretName);
            });
        } catch (IOException e) {
            throw new ConfigException("Cannot save settings in " + dir + " (" + e.getClass().getSimpleName()
                    + "). Check that the folder is writable.", e);
        }
    }

    /**
     * Removes what killed saves left behind: temp copies (which may hold the secret) and secret
     * files that no settings.json points at. Runs under the save lock, so never under a save.
     */
    void cleanUp() {
        if (!Files.isDirectory(dir)) return;
        try {
            withLock(() -> {
                String current = currentSecretName();
                boolean removed = false;
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        boolean ours = name.startsWith(SETTINGS_FILE) || name.startsWith(LEGACY_SECRET_FILE);
                        boolean temp = ours && name.endsWith(AtomicFiles.TEMP_SUFFIX);
                        boolean orphan = current != null && name.startsWith(SECRET_PREFIX) && !temp
                                && !name.equals(current);
                        if (temp || orphan) removed |= Files.deleteIfExists(f);
                    }
                }
                if (removed) AtomicFiles.syncFolder(dir);
            });
        } catch (IOException | RuntimeException e) {
            // a read-only folder: nothing to tidy, and loading still works
        }
    }

    /** The secret file settings.json points at; "" when it points at none; null when unknown (then nothing is removed). */
    private String currentSecretName() {
        if (!Files.exists(settingsFile())) return null;
        try {
            SettingsDocument doc = readDocument();
            if (doc.version() == null || doc.version() < 2) return null;
            return doc.secretFile() == null ? "" : doc.secretFile();
        } catch (IOException | ConfigException unreadable) {
            return null;
        }
    }

    private void removeSecretsOtherThan(String keep) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(AtomicFiles.TEMP_SUFFIX) || name.equals(keep)) continue;
                if (name.equals(LEGACY_SECRET_FILE) || name.startsWith(SECRET_PREFIX)) Files.deleteIfExists(f);
            }
        }
        AtomicFiles.syncFolder(dir);
    }

    private interface Locked {
        void run() throws IOException;
    }

    /** One save or clean-up at a time: in this program (monitor) and across programs (file lock). */
    private void withLock(Locked work) throws IOException {
        synchronized (JVM_LOCK) {
            try (FileChannel ch = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock lock = ch.lock()) {
                work.run();
            }
        }
    }

    /**
     * A settings file we could not use (bad JSON, or good JSON with a bad value) is renamed, not
     * lost, before a new one is written: the user may want what was in it. An earlier broken copy
     * is never overwritten: the new one takes the next free name.
     */
    private void keepUnreadableFileAside() throws IOException {
        Path file = settingsFile();
        if (!Files.exists(file)) return;
        try {
            readDocument().toSettings(Secret.empty(), source());
        } catch (IOException | ConfigException unreadable) {
            for (int n = 1; ; n++) {
                Path aside = dir.resolve(SETTINGS_FILE + ".broken" + (n == 1 ? "" : "-" + n));
                try {
                    // no REPLACE_EXISTING: an earlier copy stays as it is
                    Files.move(file, aside);
                    AtomicFiles.syncFolder(dir);
                    return;
                } catch (FileAlreadyExistsException taken) {
                    // try the next name
                }
            }
        }
    }

    /** The broken copies kept so far, oldest first (for tests and the settings dialog). */
    List<Path> brokenCopies() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(SETTINGS_FILE + ".broken")).sorted().toList();
        }
    }
}
