package org.iprstudio.app.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.MediaPaths;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StudyFiles;

/**
 * Makes a new study file: an empty one with a protocol, or one from a study.json. Both refuse
 * to write over any existing file, and check the target folder before anything is written, so
 * a refusal always leaves the disk as it was.
 */
public final class StudyCreation {
    private final StudyFiles files;

    public StudyCreation(StudyFiles files) {
        this.files = files;
    }

    /** What was written, for the confirmation line. */
    public record Created(Path file, Study study) {
    }

    /** A header for a new study: a fresh id, the standard protocol unless another is given. */
    public static StudyHeader header(String title, String approval, java.time.LocalDate start, java.time.LocalDate end, Protocol protocol) {
        return new StudyHeader(UUID.randomUUID(), title, approval, start, end, protocol == null ? Protocol.standard() : protocol);
    }

    /** Writes an empty study (no sites, people or sessions yet) to a new file. */
    public Created createEmpty(Path file, StudyHeader header) {
        Path target = checkTarget(file);
        Study study = new Study(header);
        write(target, study);
        return new Created(target, study);
    }

    /**
     * Turns a study.json (or a folder holding one) into a study file. Relative video paths in
     * the JSON are relative to the JSON's folder; they are rebased onto the new file's folder
     * (or made absolute when the video lies outside it), so the videos are still found.
     */
    public Created importJson(Path source, Path file) {
        Path json = source.toAbsolutePath().normalize();
        if (Files.isDirectory(json)) {
            json = json.resolve(StudyJson.FILE_NAME);
        }
        String name = json.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(StudyFiles.EXTENSION)) {
            throw new StoreException(Reason.NOT_A_STUDY, AppMessages.of("studyCreation.alreadyStudyFileOpen", source));
        }
        Path target = checkTarget(file);
        Study read = new StudyJson().read(json);
        Study rebased = rebaseMedia(read, json.getParent(), target.getParent());
        write(target, rebased);
        return new Created(target, rebased);
    }

    /** Writes through the port; a write that failed on a full disk says so (SQLite's own words there are misleading). */
    private void write(Path target, Study study) {
        try {
            files.create(target, study);
        } catch (StoreException e) {
            long free = usableSpace(target.getParent());
            if (free >= 0 && free < FULL_BELOW_BYTES && e.reason() != Reason.DISK_FULL) {
                throw new StoreException(Reason.DISK_FULL, AppMessages.of("studyCreation.diskHoldsFullKb", target.getParent(), free / 1024), e);
            }
            throw e;
        }
    }

    /** Below this much free space a failed write is taken for a full disk. */
    private static final long FULL_BELOW_BYTES = 4L << 20;

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static Study rebaseMedia(Study study, Path from, Path to) {
        List<Entity> entities = new ArrayList<>();
        for (Entity e : study.entitiesInDependencyOrder()) {
            entities.add(e instanceof Session s && s.media() != null ? s.withMedia(MediaPaths.rebase(s.media(), from, to)) : e);
        }
        Study rebased = Study.of(study.header(), entities);
        study.recallLock().ifPresent(rebased::setRecallLock);
        study.supervision().copyInto(rebased);
        return rebased;
    }

    /** The absolute target path, after checking its name, that nothing is there, and that its folder may be written. */
    static Path checkTarget(Path file) {
        Path target = file.toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(StudyFiles.EXTENSION) || name.length() == StudyFiles.EXTENSION.length()) {
            throw new StoreException(Reason.IO, AppMessages.of("studyCreation.studyFileSName", StudyFiles.EXTENSION, suggestedName(name)));
        }
        if (Files.exists(target)) {
            throw new StoreException(Reason.IO, AppMessages.of("studyCreation.alreadyFileIprStudio", target));
        }
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new StoreException(Reason.NOT_FOUND, AppMessages.of("studyCreation.folderDoesExistCreate", folder));
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException(Reason.READ_ONLY, AppMessages.of("studyCreation.folderCannotWrittenPermission", folder));
        }
        return target;
    }

    private static String suggestedName(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return (stem.isBlank() ? "my-study" : stem) + StudyFiles.EXTENSION;
    }
}
