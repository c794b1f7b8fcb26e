package com.queuewallboard.hub;

import com.queuewallboard.app.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The hub's viewer key: 32 random bytes, base64url, kept owner-only in the settings folder as
 * {@code hub-viewer-key}. Screens show it as a bearer token. It grants reading the board only;
 * it is not the Genesys secret and cannot reach Genesys.
 */
public final class HubKey {
    public static final String FILE_NAME = "hub-viewer-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;
    private final byte[] digest;

    private HubKey(String value) {
        this.value = value;
        this.digest = sha256(value);
    }

    public static HubKey of(String value) {
        return new HubKey(value.strip());
    }

    /** The key in the folder, made on first use; {@code created} says whether it is new. */
    public record Loaded(HubKey key, boolean created) {
    }

    public static Loaded loadOrCreate(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!text.isEmpty()) return new Loaded(new HubKey(text), false);
        }
        return new Loaded(rotate(folder), true);
    }

    /** A new key replaces the old one at once (whole-file rename); screens need the new one. */
    public static HubKey rotate(Path folder) throws IOException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        HubKey key = new HubKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        AtomicFiles.write(folder.resolve(FILE_NAME), (key.value + "\n").getBytes(StandardCharsets.US_ASCII), true);
        return key;
    }

    /**
     * Constant time whatever the candidate: both sides are hashed first, so neither the content
     * nor the length of the real key leaks through the time a refusal takes.
     */
    public boolean matches(String candidate) {
        if (candidate == null) return false;
        return MessageDigest.isEqual(digest, sha256(candidate.strip()));
    }

    /** For printing once on first start and for screens' configuration; never logged. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "HubKey[hidden]";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
