package org.iprstudio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.iprstudio.domain.Study;
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
        Path path = given.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            Path inside = path.resolve(StudyJson.FILE_NAME);
            if (!Files.isRegularFile(inside)) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, AppMessages.of("studySources.folderWithoutPointIprs", path, StudyJson.FILE_NAME));
            }
            path = inside;
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            if (!Files.isRegularFile(path)) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, AppMessages.of("studySources.file", path));
            }
            Study study = json.read(path);
            return new LoadedStudy(study, path, path.getParent());
        }
        try (StudyStore store = files.openReadOnly(path)) {
            return new LoadedStudy(store.load(), path, path.getParent());
        }
    }
}
