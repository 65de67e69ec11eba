package org.iprstudio.app.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.files.NewFiles;

/**
 * Writes an export so that nothing is ever half-written and nothing is lost: the output is built
 * under a unique temporary name in the target folder, fsynced, and moved into place only when
 * complete ({@link NewFiles}, with the permissions the user's umask gives). It never writes onto the study being exported nor onto any other study file, and never
 * over an existing file unless asked to (docs/decisions/0012-exports.md).
 */
final class SafeOutput {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUFFER = 1 << 16;

    /** Writes one file's content to a stream; the stream is buffered, closing it is the caller's job. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the files of a folder export one by one (names without folders). */
    interface Folder {
        void write(String fileName, Content content) throws IOException;
    }

    /** Writes the files of a folder export through the given folder. */
    interface FolderContent {
        void writeInto(Folder folder) throws IOException;
    }

    private final Path study;
    private final boolean force;
    private java.util.function.BooleanSupplier cancelled = () -> false;

    /**
     * @param study the study file or study.json being exported (never written)
     * @param force whether existing files (never study files) may be replaced
     */
    SafeOutput(Path study, boolean force) {
        this.study = study;
        this.force = force;
    }

    /** Checked before each file's content is written; when it says so, the export stops and nothing is left behind. */
    SafeOutput cancelledBy(java.util.function.BooleanSupplier cancelledCheck) {
        this.cancelled = cancelledCheck;
        return this;
    }

    private void checkCancelled(Path target) {
        if (cancelled.getAsBoolean()) {
            throw new ExportException(ExportException.Reason.CANCELLED, target, AppMessages.of("safeOutput.exportWasCancelledNothing"));
        }
    }

    /** Writes one file, all or nothing. */
    void writeFile(Path given, Content content) {
        Path target = given.toAbsolutePath().normalize();
        Path parent = checkFolderOf(target);
        if (Files.isDirectory(target)) {
            throw new ExportException(ExportException.Reason.WRONG_KIND, target, AppMessages.of("safeOutput.folderFormatWrittenFile", target, target.resolve("export")));
        }
        checkReplaceable(target);
        Path temporary = null;
        try {
            temporary = NewFiles.temporaryNextTo(target, "exporting");
            checkCancelled(target);
            writeSynced(temporary, content);
            checkCancelled(target);
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            throw failed(target, e);
        } finally {
            NewFiles.deleteQuietly(temporary);
        }
    }

    /**
     * Writes a folder of files. A new or empty folder is built as a whole under a temporary name and
     * renamed; into an existing folder with files (only with force) each file is moved in on its own,
     * replacing only files of the same name and leaving every other file alone.
     */
    List<Path> writeFolder(Path given, FolderContent content) {
        Path target = given.toAbsolutePath().normalize();
        Path parent = checkFolderOf(target);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ExportException(ExportException.Reason.WRONG_KIND, target, AppMessages.of("safeOutput.fileFormatWritesFolder", target, parent.resolve("export")));
        }
        boolean merge = Files.isDirectory(target) && !isEmpty(target);
        if (merge && !force) {
            throw new ExportException(ExportException.Reason.EXISTS, target, AppMessages.of("safeOutput.alreadyHoldsFilesChoose", target));
        }
        Path temporary = null;
        try {
            temporary = NewFiles.temporaryFolderNextTo(target, "exporting");
            List<String> names = new ArrayList<>();
            Path inside = temporary;
            content.writeInto((name, fileContent) -> {
                if (name.contains("/") || name.contains("\\") || name.startsWith(".") || names.contains(name)) {
                    throw new IllegalArgumentException("Bad export file name " + name);
                }
                names.add(name);
                checkCancelled(target);
                writeSynced(inside.resolve(name), fileContent);
            });
            NewFiles.flushFolder(temporary);
            checkCancelled(target);
            List<Path> written = new ArrayList<>();
            if (!merge) {
                Files.deleteIfExists(target); // an empty folder: the complete one takes its place
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                temporary = null;
                names.forEach(n -> written.add(target.resolve(n)));
            } else {
                for (String name : names) { // check them all before moving any
                    Path file = target.resolve(name);
                    if (Files.isDirectory(file)) {
                        throw new ExportException(ExportException.Reason.WRONG_KIND, file, AppMessages.of("safeOutput.folderSoExportS", file));
                    }
                    checkReplaceable(file);
                }
                for (String name : names) {
                    moveIntoPlace(temporary.resolve(name), target.resolve(name));
                    written.add(target.resolve(name));
                }
            }
            NewFiles.flushFolder(target);
            NewFiles.flushFolder(parent);
            return written;
        } catch (IOException e) {
            throw failed(target, e);
        } finally {
            deleteTree(temporary);
        }
    }

    private Path checkFolderOf(Path target) {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, parent, AppMessages.of("safeOutput.folderDoesExistFolder", parent));
        }
        if (!Files.isWritable(parent)) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, parent, AppMessages.of("safeOutput.folderCannotWrittenChoose", parent));
        }
        return parent;
    }

    /** A study file is never replaced; any other existing file only when forced. */
    private void checkReplaceable(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (isStudy(target)) {
            throw new ExportException(ExportException.Reason.STUDY_FILE, target, AppMessages.of("safeOutput.studyExportNeverWrites", target));
        }
        if (!force) {
            throw new ExportException(ExportException.Reason.EXISTS, target, AppMessages.of("safeOutput.alreadyExistsChooseAnother", target));
        }
    }

    private boolean isStudy(Path target) {
        try {
            if (study != null && Files.exists(study) && Files.isSameFile(study, target)) {
                return true;
            }
            if (!Files.isRegularFile(target)) {
                return false;
            }
            try (InputStream in = Files.newInputStream(target)) {
                return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
            }
        } catch (IOException e) {
            return true; // cannot tell: treat it as precious
        }
    }

    private static void writeSynced(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Moves a complete file into place: without force never over a file that appeared meanwhile. */
    private void moveIntoPlace(Path temporary, Path target) throws IOException {
        if (force) {
            NewFiles.replace(temporary, target);
            return;
        }
        try {
            NewFiles.publish(temporary, target);
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(ExportException.Reason.EXISTS, target, AppMessages.of("safeOutput.appearedWhileExportWas", target));
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static ExportException failed(Path target, IOException e) {
        Object why = e instanceof AccessDeniedException ? AppMessages.of("safeOutput.permissionDenied")
                : e instanceof NoSuchFileException ? AppMessages.of("safeOutput.folderMissing")
                : e instanceof DirectoryNotEmptyException ? AppMessages.of("safeOutput.folderNotEmpty") : UserMessage.from(e);
        return new ExportException(ExportException.Reason.NOT_WRITABLE, target, AppMessages.of("safeOutput.couldWrittenNothingWas", target, why), e);
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(NewFiles::deleteQuietly);
        } catch (IOException ignored) {
            // as above
        }
    }
}
