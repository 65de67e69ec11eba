package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StoreMessages;

/** A whole study written to a new study file: built under a temporary name, flushed, then moved into place. */
final class StudyFileCreation {
    private StudyFileCreation() {
    }

    /**
     * Writes a whole study to a new file. It is built under a temporary name in the same folder
     * and moved into place only when complete, so a failure never leaves a half-written study.
     */
    static void create(Path file, Study study) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(Reason.EXISTS, StoreMessages.of("sqliteStudyStore.alreadyFileChooseAnother", absolute));
        }
        Path leftoverWal = absolute.resolveSibling(absolute.getFileName() + "-wal");
        if (Files.exists(leftoverWal, LinkOption.NOFOLLOW_LINKS)) {
            // SQLite would replay it onto the new study, which it does not belong to
            throw new StoreException(Reason.EXISTS, StoreMessages.of("sqliteStudyStore.leftoverNextJournalStudy", leftoverWal.getFileName(), absolute));
        }
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            // a name of its own: two programs creating the same study at once never share (or delete) each other's file
            temporary = org.iprstudio.files.NewFiles.temporaryNextTo(absolute, "creating");
            Migrations migrations = Migrations.bundled();
            try (Connection connection = SqliteStudyStore.connect(temporary, false)) {
                try (Statement st = connection.createStatement()) {
                    // A rollback journal while the new file is built: the pages are new, so it stays small, and the
                    // rows are written once, not into a WAL and then again by the checkpoint. A failure deletes the file.
                    st.execute("PRAGMA journal_mode=DELETE");
                    st.execute("PRAGMA cache_size=-65536"); // 64 MB of pages: fewer, larger writes for a large study
                }
                SqliteStudyStore.migrate(connection, 0, migrations);
                connection.setAutoCommit(false);
                try (EntityWriter writer = new EntityWriter(connection, true)) {
                    writer.putHeader(study.header());
                    writer.putRecallLock(study.recallLock().orElse(null));
                    for (Entity entity : study.entitiesInDependencyOrder()) {
                        writer.put(entity);
                    }
                    for (org.iprstudio.domain.Transcript transcript : study.transcripts()) {
                        writer.putTranscript(transcript.sessionId(), transcript);
                    }
                    new SupervisionRows(connection).putAll(study.supervision());
                    new TeamWriter(writer).putAll(study.team(), study.codings().stream().map(Entity::id).toList());
                }
                connection.commit();
                connection.setAutoCommit(true);
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    st.execute("PRAGMA journal_mode=DELETE"); // one self-contained file to move
                }
            }
            org.iprstudio.files.NewFiles.flush(temporary);
            org.iprstudio.files.NewFiles.publish(temporary, absolute);
        } catch (SQLException e) {
            throw SqliteErrors.onCreate(absolute, e);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(Reason.EXISTS, StoreMessages.of("sqliteStudyStore.alreadyFileAppearedWhile", absolute), e);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, StoreMessages.of("sqliteStudyStore.studyCouldWrittenNothing", absolute, UserMessage.from(e)), e);
        } finally {
            if (temporary != null) {
                org.iprstudio.files.NewFiles.deleteQuietly(temporary);
                org.iprstudio.files.NewFiles.deleteQuietly(temporary.resolveSibling(temporary.getFileName() + "-wal"));
                org.iprstudio.files.NewFiles.deleteQuietly(temporary.resolveSibling(temporary.getFileName() + "-shm"));
            }
        }
    }
}
