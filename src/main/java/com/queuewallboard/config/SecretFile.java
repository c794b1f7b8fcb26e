package com.queuewallboard.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/**
 * Reads a client secret from a file, refusing anything that cannot be one: a device or pipe
 * (/dev/zero would never end), a folder, or a file far larger than any secret (a secret is well
 * under 1 KB; a big file is a wrong path, and reading it whole would only end in a confusing error).
 */
public final class SecretFile {
    public static final int MAX_BYTES = 4096;

    private SecretFile() {
    }

    /** @param source how the user named the file, for messages ("--client-secret-file /x") */
    public static Secret read(Path file, String source) throws ConfigException {
        if (!Files.exists(file)) throw new ConfigException(source + " does not exist.");
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(source + " is not a regular file (a folder, device or pipe). "
                    + "Give a file that holds only the secret.");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // read at most one byte past the limit: the size a file claims is not always the size it has
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ConfigException(source + " does not exist.");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + source + " (" + e.getClass().getSimpleName()
                    + "). Check its permissions.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigException(source + " is larger than " + MAX_BYTES
                    + " bytes, too large to be a client secret. Check the path; the file should hold only the secret.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(source + " is not text. The file should hold only the secret.");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.strip();
        if (text.isEmpty()) throw new ConfigException(source + " is empty.");
        if (text.contains("\n") || text.contains("\r")) {
            throw new ConfigException(source + " holds more than one line. The file should hold only the secret.");
        }
        return Secret.of(text);
    }

}
