package org.iprstudio.store;

import java.nio.file.Path;
import java.util.List;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyOutline;

/**
 * Where a study lives. Every call to {@link #apply} is one committed transaction: once it
 * returns, the change survives a crash; if it throws, nothing of it was written.
 */
public interface StudyStore extends AutoCloseable {

    Path location();

    /** Reads the whole study. */
    Study load();

    /**
     * Reads the study's structure and the number of moments of each pass, for a view that shows no
     * moment; a store that can count without reading every moment should (the default reads all).
     */
    default StudyOutline outline() {
        return StudyOutline.of(load());
    }

    void apply(List<StudyChange> changes);

    /** Whether this store may be written (a study opened for reading only may not). */
    boolean writable();

    /** Whether the next change waits for a check of the file first (a study opened on a first look, decision 0027). */
    default boolean waitsBeforeWriting() {
        return false;
    }

    /** The study file's export history, oldest first (docs/decisions/0017-export-history.md); readable also when opened for reading only. */
    default List<ExportRecord> exports() {
        return List.of();
    }

    /**
     * Adds an export to the history, committed at once; nothing else in the study changes and it is no
     * edit to undo. A store opened for reading only refuses ({@link StoreException.Reason#READ_ONLY}).
     */
    default void recordExport(ExportRecord record) {
        throw new StoreException(StoreException.Reason.READ_ONLY, StoreMessages.of("studyStore.cannotKeepExportHistory", location()));
    }

    @Override
    void close();
}
