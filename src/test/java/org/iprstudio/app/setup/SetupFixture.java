package org.iprstudio.app.setup;

import java.nio.file.Path;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;

/** A real study file with the setup use cases over it, and a way to read the file back as a fresh program would. */
final class SetupFixture implements AutoCloseable {
    final Path file;
    final StudyService service;
    final EditHistory history;
    final StudySetup people;
    final SessionSetup sessions;

    SetupFixture(Path file, Study initial) {
        this.file = file;
        new SqliteStudyFiles().create(file, initial);
        service = new StudyService(new SqliteStudyFiles().open(file));
        history = new EditHistory(service);
        people = new StudySetup(service, history);
        sessions = new SessionSetup(service, history);
    }

    /** The study as the file holds it now. */
    Study reread() {
        try (StudyStore store = new SqliteStudyFiles().openReadOnly(file)) {
            return store.load();
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
