package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/** Putting a finished file in place: flushed to the disk, never over an existing file, the folder flushed after. */
final class SafeFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private SafeFiles() {
    }

    /** A new, empty file with a name no other writer uses, in the target's folder (so the final move is a rename). */
    static Path temporaryNextTo(Path target, String purpose) throws IOException {
        for (int attempt = 0; ; attempt++) {
            // not Files.createTempFile: its owner-only permissions would stay with the study, and a shared study needs the usual ones
            Path candidate = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + "." + purpose);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    static void flush(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the system allows a folder to be flushed (not on Windows). */
    static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // folders cannot be opened on this system; the rename is as durable as it gets here
        }
    }

    /**
     * Gives the finished temporary file the target's name, failing if the target exists. A hard link
     * cannot replace a file, unlike a rename (which on Linux silently would); where links are not
     * supported, a move without REPLACE_EXISTING checks first.
     */
    static void publish(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
            Files.delete(temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temporary, target);
        }
        flushFolder(target.getParent());
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the real error was already reported
        }
    }
}
