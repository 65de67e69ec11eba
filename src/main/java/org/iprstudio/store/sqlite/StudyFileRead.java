package org.iprstudio.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StoreMessages;
import org.sqlite.SQLiteConfig;

/** The connections a study file is read through, and the read of a whole study into memory (decisions 0015, 0024). */
final class StudyFileRead {
    private StudyFileRead() {
    }

    /**
     * A read-only connection that leaves no file behind: SQLite makes a -wal and -shm even for a
     * reader of a WAL study, unless told the file will not change (immutable), which is true here
     * when no journal is left over (a crashed writer's journal needs the normal reader, which replays it).
     */
    static Connection connectWithoutWriting(Path file) throws SQLException {
        boolean journalLeft = Files.exists(file.resolveSibling(file.getFileName() + "-wal"))
                || Files.exists(file.resolveSibling(file.getFileName() + "-journal"));
        if (journalLeft) {
            return SqliteStudyStore.connect(file, true);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1", config.toProperties());
    }

    /**
     * Reads the study on three connections at once: SQLite's check of every page on one, the codes,
     * pairs and codings on another, the rest on the third (a large study's read and check took seconds
     * one after the other). A damaged file is reported as the page check reports it, as when the check
     * came first; otherwise what the read found.
     */
    static Study readWhileEveryPageIsChecked(Path file, Path real, Connection readOnly) throws SQLException {
        try (Connection checking = connectWithoutWriting(real); Connection alongside = connectWithoutWriting(real)) {
            return readWhileEveryPageIsChecked(file, readOnly, alongside, new PageCheck(file, checking));
        }
    }

    /** The same on connections given, with a check of every page that may have been started already. */
    static Study readWhileEveryPageIsChecked(Path file, Connection readOnly, Connection alongside, PageCheck pages) throws SQLException {
        pages.start();
        Study study;
        try {
            study = read(file, readOnly, alongside);
        } catch (RuntimeException | Error e) {
            pages.await(); // a damaged page is what to say first; and its connection is not closed under it
            throw e;
        }
        pages.await();
        return study;
    }

    static Study read(Path file, Connection connection) {
        return read(file, connection, null);
    }

    static Study read(Path file, Connection connection, Connection alongside) {
        try {
            EntityReader reader = new EntityReader(connection);
            Study study = Study.of(reader.header(), reader.entities(alongside));
            study.setRecallLock(reader.recallLock());
            for (org.iprstudio.domain.Transcript transcript : reader.transcripts()) {
                study.setTranscript(transcript.sessionId(), transcript);
            }
            new SupervisionRows(connection).readInto(study);
            new TeamReader(reader).readInto(study);
            return study;
        } catch (SQLException e) {
            throw SqliteErrors.onRead(file, e);
        } catch (DomainException e) {
            throw new StoreException(Reason.DAMAGED, StoreMessages.of("sqliteStudyStore.holdsDataBreaksRule", file, UserMessage.from(e)), e);
        }
    }
}
