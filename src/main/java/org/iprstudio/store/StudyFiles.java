package org.iprstudio.store;

import java.nio.file.Path;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyOutline;

/** Opens and creates study files; the composition root chooses the implementation (SQLite). */
public interface StudyFiles {
    String EXTENSION = ".iprs";

    StudyStore open(Path file);

    StudyStore openReadOnly(Path file);

    /** A study file's outline (structure and moment counts) for a view that shows no moment; read only. */
    default StudyOutline outline(Path file) {
        try (StudyStore store = openReadOnly(file)) {
            return store.outline();
        }
    }

    /**
     * Opens a study as {@link #open(Path)} does; a large one is first read as a look at one session
     * (decision 0026): the one labelled {@code session} ("D02/3"), or if there is none such (or null)
     * the first in the study tree's order. The look is handed to {@code firstLook} on the opening
     * thread once the study is known to be openable here (its lock held, its format current) and
     * before the whole is read, with the store that takes changes to it meanwhile (decision 0027).
     * The default gives no look.
     */
    default StudyStore open(Path file, String session, java.util.function.Consumer<FirstLook> firstLook) {
        return open(file);
    }

    /** Writes a whole new study file, all or nothing, never over an existing file (then {@link StoreException.Reason#EXISTS}). */
    void create(Path file, Study study);

    /**
     * Moves a study to a new name in its folder together with the journal files that belong to it,
     * refusing while it is open anywhere ({@link StoreException.Reason#LOCKED}) or if the new name is taken.
     */
    void moveAside(Path file, Path newName);

    /**
     * Adds an export to the history of a study that is not open here (the command line's exports):
     * only that record is written, only while no one else has the study open
     * ({@link StoreException.Reason#LOCKED} then, {@link StoreException.Reason#READ_ONLY} for a file that
     * may not be written); the study's format is never upgraded for it (docs/decisions/0017-export-history.md).
     */
    default void recordExport(Path file, ExportRecord record) {
        throw new StoreException(StoreException.Reason.READ_ONLY, StoreMessages.of("studyFiles.cannotKeepExportHistory", file));
    }

    /** Whether the file is an IPR Studio study, judged by its first bytes only (it is not opened). */
    boolean isStudy(Path file);
}
