package com.queuewallboard.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all, and durably: a temp file beside it, flushed to the disk,
 * then moved over the target, then the folder flushed too. So a crash or a power cut in the
 * middle leaves either the old file or the new one, never half of one, and a save that returned
 * is still there after a power cut.
 */
public final class AtomicFiles {
    /** Temp files end in this; a leftover one is from a save that was killed. */
    public static final String TEMP_SUFFIX = ".tmp";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /** @param ownerOnly readable by the user alone (the client secret), where the file system can say so */
    public static void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // createTempFile makes it owner-only on POSIX from the start, so a secret is never readable by others
        Path temp = Files.createTempFile(dir, target.getFileName().toString(), TEMP_SUFFIX);
        try {
            if (ownerOnly && posix()) Files.setPosixFilePermissions(temp, OWNER_ONLY);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);   // the bytes are on the disk before the name points at them
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Flushes a folder's entries (a rename, a delete) to the disk. Linux and macOS allow it;
     * Windows cannot open a folder this way, and there the rename is already durable (NTFS journal).
     */
    public static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException unsupported) {
            // not supported on this system: nothing more can be done
        }
    }

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
