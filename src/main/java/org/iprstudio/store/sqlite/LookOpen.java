package org.iprstudio.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The part of a study's open that follows a first look at it, when changes to the look are taken meanwhile (decision 0027). */
final class LookOpen {
    private LookOpen() {
    }

    /**
     * The rest of an open that read a first look (decision 0027): the writer connection first (the file
     * goes to WAL as any open for work does), then three readers that each begin a read transaction
     * before the look is handed over, so the whole read and SQLite's check of every page see the file
     * as it was before any change made to the look; the changes are the service's to make to the whole
     * study once it is in. A change waits for the page check only. A failure of the read closes the
     * writer; the caller gives the lock back.
     */
    static SqliteStudyStore open(Path absolute, Path real, StudyLock lock, org.iprstudio.domain.StudyLook look,
            java.util.function.Consumer<org.iprstudio.store.FirstLook> firstLook) throws SQLException {
        lock.lockFolder();
        Connection connection = SqliteStudyStore.connect(real, false);
        try (Connection reading = readingAsItIs(real); Connection checking = readingAsItIs(real); Connection alongside = readingAsItIs(real)) {
            PageCheck pages = new PageCheck(absolute, checking);
            SqliteStudyStore store = SqliteStudyStore.beforeItsRead(absolute, connection, lock, pages);
            try {
                firstLook.accept(new org.iprstudio.store.FirstLook(look, store));
                store.readWhole(StudyFileRead.readWhileEveryPageIsChecked(absolute, reading, alongside, pages));
            } catch (SQLException | RuntimeException | Error e) {
                pages.awaitQuietly(); // its connection is not closed under it
                store.closeAfterFailedRead(); // after a change under way, which may be using the writer
                throw e;
            }
            return store;
        } catch (SQLException | RuntimeException | Error e) {
            connection.close(); // a second close (after closeAfterFailedRead) does nothing
            throw e;
        }
    }

    /** A reading connection whose read transaction has begun: it sees the file as it is now, whatever is committed after. */
    private static Connection readingAsItIs(Path real) throws SQLException {
        Connection reading = SqliteStudyStore.connect(real, true);
        try (Statement st = reading.createStatement()) {
            st.execute("BEGIN");
            try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            return reading;
        } catch (SQLException | RuntimeException e) {
            reading.close();
            throw e;
        }
    }
}
