package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;

/**
 * One writer per study: an operating-system lock on "NAME.iprs.lock", which also says who holds
 * it so the second instance can tell the user where the study is open. The OS drops the lock
 * when the process dies, so a crash never leaves a study locked for good.
 */
final class StudyLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StudyLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path studyFile) {
        return studyFile.resolveSibling(studyFile.getFileName() + ".lock");
    }

    static StudyLock acquire(Path studyFile) {
        Path lockFile = lockFileOf(studyFile);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(lockFile);
                channel.close();
                throw new StoreException(Reason.LOCKED, studyFile.getFileName() + " is already open in IPR Studio"
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + ". Close it there first; two windows writing one study could lose work.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new StudyLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(Reason.IO, "The study " + studyFile + " could not be locked for writing: " + e.getMessage()
                    + ". Check that you may write to its folder.", e);
        }
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return "on " + host + ", process " + ProcessHandle.current().pid() + ", since "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private static String readHolder(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one worth reporting
            }
        }
    }

    @Override
    public void close() {
        try {
            // The file stays: deleting it would let a second process lock a file that is gone
            // while a third creates a new one, and both would think they are alone.
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS lock is gone with the channel; an empty lock file is harmless
        }
    }
}
