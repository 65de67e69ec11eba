package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StoreMessages;

/**
 * One writer per study, whatever path leads to it (docs/decisions/0013-study-file-identity-and-safe-writes.md).
 * Three locks, taken in this order and all needed:
 * <ol>
 * <li>in this JVM, a table of the studies it holds, keyed on the file's identity (device and inode);</li>
 * <li>an operating-system lock on a file named after that identity in a per-user lock folder, so a
 *     second program that reaches the same study through a symbolic or a hard link is refused;</li>
 * <li>an operating-system lock on "NAME.iprs.lock" next to the study's real path (symbolic links
 *     resolved), which other users and other computers sharing the folder see too.</li>
 * </ol>
 * The lock files also say who holds them, so the second instance can tell the user where the study
 * is open. The OS drops the locks when the process dies, so a crash never leaves a study locked.
 * POSIX locks belong to the process and any close of the same file in it drops them; so this class
 * never opens a lock file twice in one JVM (the table answers first) and never locks the study file
 * itself, which SQLite and the file checks open and close.
 */
final class StudyLock implements AutoCloseable {
    /** Where the identity locks are; a test or an unusual installation may choose another folder. */
    static final String LOCK_FOLDER_PROPERTY = "iprstudio.lockFolder";

    /** What this JVM holds: identity keys and sibling lock paths, each with its holder's description. */
    private static final Map<String, String> HELD_HERE = new ConcurrentHashMap<>();

    /** When the holder opened the study, as every version writes it into the lock file (the writer's local time). */
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** What every version writes into the lock file: "on HOST, process N, since yyyy-MM-dd HH:mm". */
    private static final Pattern HOLDER = Pattern.compile("on (.+), process (\\d+), since (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})");

    private final String identity;
    private final Path siblingFile;
    private final Held identityLock;
    private Held siblingLock;
    private boolean createdSibling;

    private record Held(Path file, FileChannel channel, FileLock lock) {
        void release(boolean delete) {
            try {
                channel.truncate(0);
                if (delete) {
                    // only after a failed open, while the identity lock still keeps this computer's other windows out
                    Files.deleteIfExists(file);
                }
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the OS lock is gone with the channel; an empty lock file is harmless
            }
        }
    }

    private StudyLock(String identity, Path siblingFile, Held identityLock) {
        this.identity = identity;
        this.siblingFile = siblingFile;
        this.identityLock = identityLock;
    }

    static Path lockFileOf(Path studyFile) {
        return studyFile.resolveSibling(studyFile.getFileName() + ".lock");
    }

    private static Path studyFileOf(Path lockFile) {
        String name = lockFile.getFileName().toString();
        return lockFile.resolveSibling(name.substring(0, name.length() - ".lock".length()));
    }

    /**
     * Takes the identity lock only: nothing is written next to the study yet, so a study that is then
     * found broken is left exactly as it was. Call {@link #lockFolder()} before any writing.
     */
    static StudyLock acquire(Path studyFile) {
        Path real;
        String identity;
        try {
            real = studyFile.toRealPath();
            identity = identityOf(real);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, StoreMessages.of("studyLock.studyCouldLockedWriting", studyFile, UserMessage.from(e)), e);
        }
        String description = describeThisProcess();
        String earlier = HELD_HERE.putIfAbsent(identity, description);
        if (earlier != null) {
            throw alreadyOpen(studyFile, earlier);
        }
        try {
            Held held = lock(identityFolder().resolve(fileNameOf(identity)), studyFile, description);
            return new StudyLock(identity, lockFileOf(real), held);
        } catch (RuntimeException e) {
            HELD_HERE.remove(identity);
            throw e;
        }
    }

    /** Takes the lock next to the study's real path, which other users and computers see. */
    void lockFolder() {
        String description = describeThisProcess();
        String key = "folder:" + siblingFile;
        String earlier = HELD_HERE.putIfAbsent(key, description);
        if (earlier != null) {
            throw alreadyOpen(studyFileOf(siblingFile), earlier);
        }
        try {
            createdSibling = !Files.exists(siblingFile);
            siblingLock = lock(siblingFile, studyFileOf(siblingFile), description);
        } catch (RuntimeException e) {
            HELD_HERE.remove(key);
            throw e;
        }
    }

    private static Held lock(Path lockFile, Path studyFile, String description) {
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
                String holder = readHolder(channel);
                channel.close();
                throw alreadyOpen(studyFile, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(description.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new Held(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(Reason.IO, StoreMessages.of("studyLock.studyCouldLockedWriting2", studyFile, UserMessage.from(e)), e);
        }
    }

    private static StoreException alreadyOpen(Path studyFile, String holder) {
        return new StoreException(Reason.LOCKED, StoreMessages.of("studyLock.alreadyOpenIprStudio", studyFile.getFileName(), (holder.isEmpty() ? "" : StoreMessages.of("studyLock.holder", holderWords(holder)))));
    }

    /** The file's identity: device and inode where the system has them, else its real path. */
    static String identityOf(Path real) throws IOException {
        Object key = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
        return key != null ? "file:" + key : "path:" + real;
    }

    private static String fileNameOf(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + ".lock";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The per-user folder of identity locks: chosen by property, else the user's runtime folder, else one in the temporary folder. */
    static Path identityFolder() {
        String configured = System.getProperty(LOCK_FOLDER_PROPERTY);
        Path folder;
        if (configured != null && !configured.isBlank()) {
            folder = Path.of(configured);
        } else if (System.getenv("XDG_RUNTIME_DIR") != null && !System.getenv("XDG_RUNTIME_DIR").isBlank()) {
            folder = Path.of(System.getenv("XDG_RUNTIME_DIR"), "iprstudio-locks");
        } else {
            folder = Path.of(System.getProperty("java.io.tmpdir"), "iprstudio-locks-" + System.getProperty("user.name", "user"));
        }
        try {
            if (!Files.isDirectory(folder)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
        } catch (IOException e) {
            throw new StoreException(Reason.IO, StoreMessages.of("studyLock.folderStudyLocksCould", folder, UserMessage.from(e), LOCK_FOLDER_PROPERTY), e);
        }
        return folder;
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return "on " + host + ", process " + ProcessHandle.current().pid() + ", since "
                + LocalDateTime.now().format(SINCE);
    }

    /**
     * The holder as the reader's words: the lock file keeps the English form every version writes and reads (a program of
     * another version or language may hold the study), so it is taken apart here and said again in the reader's language,
     * the time in the reader's own format. What is not in that form is shown as it was written.
     */
    static UserMessage holderWords(String written) {
        Matcher m = HOLDER.matcher(written);
        if (!m.matches()) {
            return UserMessage.plain(written);
        }
        try {
            Date since = Date.from(LocalDateTime.parse(m.group(3), SINCE).atZone(ZoneId.systemDefault()).toInstant());
            return StoreMessages.of("studyLock.heldBy", m.group(1), Long.parseLong(m.group(2)), since);
        } catch (DateTimeParseException | NumberFormatException e) {
            return UserMessage.plain(written);
        }
    }

    /** Reads through the channel already open: opening the file again and closing it would drop this process's locks on it. */
    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(1024);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
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

    /** Releases after a failed open: a lock file this open made next to the study goes too. */
    void abandon() {
        release(true);
    }

    @Override
    public void close() {
        release(false);
    }

    private void release(boolean failedOpen) {
        // The lock files stay after a normal close: deleting one would let a second process lock a
        // file that is gone while a third creates a new one, and both would think they are alone.
        if (siblingLock != null) {
            siblingLock.release(failedOpen && createdSibling);
            HELD_HERE.remove("folder:" + siblingFile);
            siblingLock = null;
        }
        identityLock.release(false);
        HELD_HERE.remove(identity);
    }
}
