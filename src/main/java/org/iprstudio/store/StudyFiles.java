package org.iprstudio.store;

import java.nio.file.Path;
import org.iprstudio.domain.Study;

/** Opens and creates study files; the composition root chooses the implementation (SQLite). */
public interface StudyFiles {
    String EXTENSION = ".iprs";

    StudyStore open(Path file);

    StudyStore openReadOnly(Path file);

    /** Writes a whole new study file, all or nothing. */
    void create(Path file, Study study);
}
