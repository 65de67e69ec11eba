package org.iprstudio.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * How every file IPR Studio makes is written (studies, study.json, recall kits, exports): under a
 * name of its own in the target's folder, flushed to the disk, then given its name (never over an
 * existing file unless asked to replace one), the folder flushed after
 * (docs/decisions/0013-study-file-identity-and-safe-writes.md).
 *
 * <p>Temporary files and folders are made with {@link Files#createFile} and {@link Files#createDirectory},
 * not {@code createTempFile} or {@code createTempDirectory}: those give owner-only permissions (0600,
 * 0700), which the finished file would keep, so a colleague or a shared folder could not read an
 * export. Made this way they get what the user's umask gives any new file (0644 and 0755 typically).
 * JDK only, so the store, the exchange formats and the use cases all share it.
 */
public final class NewFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private NewFiles() {
    }

    /** A new, empty file with a name no other writer uses, beside the target (so the final move is a rename). */
    public static Path temporaryNextTo(Path target, String purpose) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(candidate(target, purpose));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A new, empty folder with a name of its own beside the target, for a folder built whole before it is renamed. */
    public static Path temporaryFolderNextTo(Path target, String purpose) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(candidate(target, purpose));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** ".NAME.RANDOM.PURPOSE": hidden, and recognisable as a leftover should the program die meanwhile. */
    private static Path candidate(Path target, String purpose) {
        return target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + "." + purpose);
    }

    /** Writes the whole content, all or nothing: returns normally only once the file is in place; on failure nothing of it is left. */
    public static void write(Path target, byte[] content, boolean replace) throws IOException {
        Path temporary = temporaryNextTo(target, "writing");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (replace) {
                replace(temporary, target);
            } else {
                publish(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void flush(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable where the system allows a folder to be flushed (not on Windows). */
    public static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // folders cannot be opened on this system; the rename is as durable as it gets here
        }
    }

    /**
     * Gives the finished temporary file the target's name, failing with {@link FileAlreadyExistsException}
     * if the target exists. A hard link cannot replace a file, unlike a rename (which on Linux silently
     * would); where links are not supported, a move without REPLACE_EXISTING checks first.
     */
    public static void publish(Path temporary, Path target) throws IOException {
        boolean linked;
        try {
            Files.createLink(target, temporary);
            linked = true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            linked = false; // no hard links here (a FAT stick, some network shares)
        }
        if (linked) {
            Files.delete(temporary); // outside the try: a failure here must not be taken for "no links" (the target is in place)
        } else {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temporary, target);
        }
        flushFolder(target.getParent());
    }

    /** Puts the finished temporary file in place of the target in one step (the user asked to replace it). */
    public static void replace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        flushFolder(target.getParent());
    }

    public static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless (its name starts with a dot); the real error was already reported
        }
    }
}
