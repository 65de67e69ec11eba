package org.iprstudio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.store.StudyStore;

/** Reads a study from whatever the user points at: a .iprs file, a study.json, or a folder holding one. */
public final class StudySources {
    private final StudyFiles files;
    private final StudyJson json = new StudyJson();

    public StudySources(StudyFiles files) {
        this.files = files;
    }

    public LoadedStudy read(Path given) {
        Path path = studyPath(given);
        if (isJson(path)) {
            return new LoadedStudy(json.read(path), path, path.getParent());
        }
        try (StudyStore store = files.openReadOnly(path)) {
            return new LoadedStudy(store.load(), path, path.getParent());
        }
    }

    /**
     * The study's structure and its passes' moment counts; from a study file without reading its
     * moments (a study.json is read whole: its text has to be parsed to be counted).
     */
    public LoadedOutline outline(Path given) {
        Path path = studyPath(given);
        if (isJson(path)) {
            return new LoadedOutline(org.iprstudio.domain.StudyOutline.of(json.read(path)), path, path.getParent());
        }
        return new LoadedOutline(files.outline(path), path, path.getParent());
    }

    private static boolean isJson(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The file meant: a folder stands for the study.json in it; a study.json must exist. */
    private static Path studyPath(Path given) {
        Path path = given.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            Path inside = path.resolve(StudyJson.FILE_NAME);
            if (!Files.isRegularFile(inside)) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, AppMessages.of("studySources.folderWithoutPointIprs", path, StudyJson.FILE_NAME));
            }
            path = inside;
        }
        if (isJson(path) && !Files.isRegularFile(path)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, AppMessages.of("studySources.file", path));
        }
        return path;
    }
}
