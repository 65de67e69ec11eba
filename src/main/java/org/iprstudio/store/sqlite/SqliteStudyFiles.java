package org.iprstudio.store.sqlite;

import java.nio.file.Path;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.store.StudyStore;

/** Study files as SQLite databases. */
public final class SqliteStudyFiles implements StudyFiles {
    @Override
    public StudyStore open(Path file) {
        return SqliteStudyStore.open(file);
    }

    @Override
    public StudyStore openReadOnly(Path file) {
        return SqliteStudyStore.openReadOnly(file);
    }

    @Override
    public org.iprstudio.domain.StudyOutline outline(Path file) {
        return SqliteStudyStore.outlineOf(file);
    }

    @Override
    public StudyStore open(Path file, String session, java.util.function.Consumer<org.iprstudio.store.FirstLook> firstLook) {
        return SqliteStudyStore.open(file, Migrations.bundled(), session, firstLook);
    }

    @Override
    public void create(Path file, Study study) {
        SqliteStudyStore.create(file, study);
    }

    @Override
    public void moveAside(Path file, Path newName) {
        StudyMoves.moveAside(file, newName);
    }

    @Override
    public void recordExport(Path file, org.iprstudio.store.ExportRecord record) {
        ExportLog.recordIn(file, record);
    }

    @Override
    public boolean isStudy(Path file) {
        return StudyFileCheck.isStudy(file);
    }
}
