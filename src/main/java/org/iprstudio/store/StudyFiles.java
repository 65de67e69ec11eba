package org.iprstudio.store;

import java.nio.file.Path;
import org.iprstudio.domain.Study;

/** Opens and creates study files; the composition root chooses the implementation (SQLite). */
public interface StudyFiles {
    String EXTENSION = ".iprs";

    StudyStore open(Path file);

    StudyStore openReadOnly(Path file);

    /** Writes a whole new study file, all or nothing, never over an existing file (then {@link StoreException.Reason#EXISTS}). */
    void create(Path file, Study study);

    /**
     * Moves a study to a new name in its folder together with the journal files that belong to it,
     * refusing while it is open anywhere ({@link StoreException.Reason#LOCKED}) or if the new name is taken.
     */
    void moveAside(Path file, Path newName);

    /** Whether the file is an IPR Studio study, judged by its first bytes only (it is not opened). */
    boolean isStudy(Path file);
}
