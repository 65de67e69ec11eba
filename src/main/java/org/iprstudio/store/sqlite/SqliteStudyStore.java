package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StoreMessages;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.StudyStore;
import org.sqlite.SQLiteConfig;

/**
 * A study in one SQLite file (.iprs): WAL journal, foreign keys on for every connection,
 * synchronous=FULL so a committed change survives a crash or power cut, schema versioned by
 * PRAGMA user_version with a backup copy taken before any upgrade.
 */
public final class SqliteStudyStore implements StudyStore {
    private final Path file;
    private final Connection connection;
    private EntityWriter writer;
    private final StudyLock lock;

    /** What the open read and checked, handed to the first load so a large study is not read twice. */
    private Study validated;

    private SqliteStudyStore(Path file, Connection connection, StudyLock lock, Study validated) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.validated = validated;
        this.writer = lock == null ? null : new EntityWriter(connection);
    }

    /** Opens a study for reading and writing, upgrading its format if it is older. */
    public static SqliteStudyStore open(Path file) {
        return open(file, Migrations.bundled());
    }

    public static SqliteStudyStore open(Path file, Migrations migrations) {
        return open(file, migrations, null, null);
    }

    /**
     * The same; a large study in the current format is first read as a look at one session (decision
     * 0026: the one labelled {@code session}, else the first in the tree's order), handed to
     * {@code firstLook} with the lock held and before the whole is read and checked. A look that
     * cannot be read is done without: the whole read reports what is wrong.
     */
    static SqliteStudyStore open(Path file, Migrations migrations, String session, java.util.function.Consumer<org.iprstudio.store.FirstLook> firstLook) {
        Path absolute = file.toAbsolutePath().normalize();
        StudyFileCheck.checkHeader(absolute);
        // Keyed on the file's identity, so a symbolic or hard link to a study open elsewhere is refused too.
        StudyLock lock = StudyLock.acquire(absolute);
        try {
            Path real = absolute.toRealPath();
            // Everything is read and checked before anything is written: a study with a row that breaks a
            // rule is refused without a switch to WAL, a -wal, -shm or .lock file, and opens once repaired.
            int version;
            Study validated = null;
            java.util.Optional<org.iprstudio.domain.StudyLook> look = java.util.Optional.empty();
            boolean changesToTheLook = false;
            try (Connection readOnly = StudyFileRead.connectWithoutWriting(real)) {
                version = StudyFileCheck.checkContents(absolute, readOnly, migrations.newestVersion(), false);
                if (version == migrations.newestVersion() && firstLook != null) {
                    look = LookReader.tryRead(readOnly, session);
                }
                changesToTheLook = look.isPresent() && StudyFileCheck.inWalMode(absolute);
                if (look.isPresent() && !changesToTheLook) {
                    firstLook.accept(new org.iprstudio.store.FirstLook(look.get(), null)); // a change waits for the whole study
                }
                if (changesToTheLook) {
                    // read on below, beside the writer
                } else if (version == migrations.newestVersion()) {
                    validated = StudyFileRead.readWhileEveryPageIsChecked(absolute, real, readOnly);
                } else {
                    StudyFileCheck.checkEveryPage(absolute, readOnly);
                }
            }
            if (changesToTheLook) {
                return LookOpen.open(absolute, real, lock, look.get(), firstLook);
            }
            lock.lockFolder();
            Connection connection = connect(real, false);
            try {
                if (version < migrations.newestVersion()) {
                    backUp(absolute, connection, version);
                    migrate(connection, version, migrations);
                }
                return new SqliteStudyStore(absolute, connection, lock, validated);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            lock.abandon();
            throw SqliteErrors.onRead(absolute, e);
        } catch (IOException e) {
            lock.abandon();
            throw new StoreException(Reason.IO, StoreMessages.of("sqliteStudyStore.cannotReadFileWas", absolute, UserMessage.from(e)), e);
        } catch (RuntimeException e) {
            lock.abandon();
            throw e;
        }
    }

    /**
     * A store opened on a first look (decision 0027, see {@link LookOpen}): its writer is open, its whole
     * study not yet read ({@link #readWhole}); a change waits for the check of every page.
     */
    static SqliteStudyStore beforeItsRead(Path absolute, Connection connection, StudyLock lock, PageCheck pages) {
        SqliteStudyStore store = new SqliteStudyStore(absolute, connection, lock, null);
        store.pagesToCheck = pages;
        store.keepsItsReadThroughChanges = true;
        return store;
    }

    /** The whole study as the open read it, before any change made to the look: what the first {@link #load} gives. */
    void readWhole(Study study) {
        validated = study;
    }

    /** Opened on a first look: SQLite's check of every page, which a change waits for (and starts if the read has not yet); null once passed, or otherwise. */
    private volatile PageCheck pagesToCheck;

    /** Opened on a first look: what the open read stays the study as it was before the changes made meanwhile (the service makes them to it). */
    private boolean keepsItsReadThroughChanges;

    /** Waits for SQLite's check of every page of a study opened on a first look, and throws what it found. */
    private void awaitPagesChecked() {
        PageCheck pages = pagesToCheck;
        if (pages == null) {
            return;
        }
        try {
            pages.await();
        } catch (SQLException e) {
            throw SqliteErrors.onRead(file, e);
        }
        pagesToCheck = null;
    }

    /** Opens a study only to read it (the command line's info, a study open elsewhere). */
    public static SqliteStudyStore openReadOnly(Path file) {
        return openReadOnly(file, true);
    }

    /** The study's outline (see {@link #outline()}), read without SQLite's check of every page of the file. */
    public static org.iprstudio.domain.StudyOutline outlineOf(Path file) {
        try (SqliteStudyStore store = openReadOnly(file, false)) {
            return store.outline();
        }
    }

    private static SqliteStudyStore openReadOnly(Path file, boolean checkEveryPage) {
        Path absolute = file.toAbsolutePath().normalize();
        Migrations migrations = Migrations.bundled();
        int version = inspect(absolute, migrations, checkEveryPage);
        if (version < migrations.newestVersion()) {
            throw new StoreException(Reason.NEWER_VERSION, StoreMessages.of("sqliteStudyStore.olderStudyFormatOpen", absolute, version));
        }
        try {
            return new SqliteStudyStore(absolute, connect(absolute, true), null, null);
        } catch (SQLException e) {
            throw SqliteErrors.onRead(absolute, e);
        }
    }

    /**
     * Writes a whole study to a new file. It is built under a temporary name in the same folder
     * and moved into place only when complete, so a failure never leaves a half-written study.
     */
    public static void create(Path file, Study study) {
        StudyFileCreation.create(file, study);
    }

    private static int inspect(Path file, Migrations migrations, boolean checkEveryPage) {
        StudyFileCheck.checkHeader(file);
        try (Connection readOnly = connect(file, true)) {
            return StudyFileCheck.checkContents(file, readOnly, migrations.newestVersion(), checkEveryPage);
        } catch (SQLException e) {
            throw SqliteErrors.onRead(file, e);
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    static void migrate(Connection connection, int from, Migrations migrations) throws SQLException {
        for (int version = from + 1; version <= migrations.newestVersion(); version++) {
            final int next = version;
            inTransaction(connection, () -> {
                try (Statement st = connection.createStatement()) {
                    for (String statement : Migrations.statements(migrations.script(next))) {
                        st.execute(statement);
                    }
                    st.execute("PRAGMA application_id = " + StudyFileCheck.APPLICATION_ID);
                    st.execute("PRAGMA user_version = " + next);
                }
            });
        }
    }

    /** A consistent copy (including what is still in the WAL) before the format changes. */
    private static void backUp(Path file, Connection connection, int version) throws SQLException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = file.resolveSibling(file.getFileName() + ".format" + version + "-backup-" + stamp);
        try (Statement st = connection.createStatement()) {
            st.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
        }
    }

    @Override
    public Path location() {
        return file;
    }

    @Override
    public boolean writable() {
        return lock != null;
    }

    @Override
    public Study load() {
        if (validated != null) {
            Study study = validated;
            validated = null;
            return study;
        }
        if (lock != null) {
            return StudyFileRead.read(file, connection); // the study's writer: its one connection
        }
        try (Connection alongside = connect(file, true)) {
            return StudyFileRead.read(file, connection, alongside);
        } catch (SQLException e) {
            throw SqliteErrors.onRead(file, e);
        }
    }

    /**
     * The structure and SQLite's count of each pass's moments, without reading a moment: the rules of
     * the structure are checked as in {@link #load}; the moments, pairs, codings and what hangs on them
     * are not read, so not checked (opening the study for work reads and checks them).
     */
    @Override
    public org.iprstudio.domain.StudyOutline outline() {
        try {
            EntityReader reader = new EntityReader(connection);
            Study structure = Study.of(reader.header(), reader.structure());
            new SupervisionRows(connection).readInto(structure);
            return new org.iprstudio.domain.StudyOutline(structure, reader.momentCounts());
        } catch (SQLException e) {
            throw SqliteErrors.onRead(file, e);
        } catch (DomainException e) {
            throw new StoreException(Reason.DAMAGED, StoreMessages.of("sqliteStudyStore.holdsDataBreaksRule", file, UserMessage.from(e)), e);
        }
    }

    @Override
    public boolean waitsBeforeWriting() {
        return pagesToCheck != null;
    }

    /**
     * A study opened on a first look whose whole read failed: the writer is closed, under the same lock
     * as a change, so a change under way ends first, and a later one is refused with the reason.
     */
    synchronized void closeAfterFailedRead() {
        readFailed = true;
        try {
            if (writer != null) {
                writer.close();
            }
            connection.close();
        } catch (SQLException e) {
            // the read's failure is what the open reports
        }
        writer = null;
    }

    /** Set by {@link #closeAfterFailedRead}. */
    private boolean readFailed;

    @Override
    public synchronized void apply(List<StudyChange> changes) {
        if (readFailed) {
            throw new StoreException(Reason.DAMAGED, StoreMessages.of("sqliteStudyStore.wholeReadFailedNothingSaved", file));
        }
        if (writer == null) {
            throw new StoreException(Reason.READ_ONLY, StoreMessages.of("sqliteStudyStore.openReadingOnlyNothing", file));
        }
        awaitPagesChecked(); // nothing is written to a file before SQLite has checked its pages
        if (!keepsItsReadThroughChanges) {
            validated = null;
        }
        try {
            inTransaction(connection, () -> ChangeRows.write(changes, writer, connection));
        } catch (SQLException e) {
            freshStatements();
            throw SqliteErrors.onWrite(file, e);
        } catch (RuntimeException e) {
            freshStatements();
            throw e;
        }
    }

    @Override
    public List<org.iprstudio.store.ExportRecord> exports() {
        try {
            return ExportLog.list(connection);
        } catch (SQLException e) {
            throw SqliteErrors.onRead(file, e);
        }
    }

    @Override
    public synchronized void recordExport(org.iprstudio.store.ExportRecord record) {
        if (writer == null) {
            throw new StoreException(Reason.READ_ONLY, StoreMessages.of("sqliteStudyStore.openReadingOnlyHere", file));
        }
        awaitPagesChecked();
        try {
            inTransaction(connection, () -> ExportLog.insert(connection, record));
        } catch (SQLException e) {
            throw SqliteErrors.onWrite(file, e);
        }
    }

    /** After SQLite ended a transaction by itself, a prepared statement may be stuck mid-step; the next change gets new ones. */
    private void freshStatements() {
        try {
            writer.close();
        } catch (SQLException | RuntimeException ignored) {
            // the statements are dropped either way; the error being reported is the first one
        }
        writer = new EntityWriter(connection);
    }

    interface Work {
        void run() throws SQLException;
    }

    /**
     * One transaction by explicit BEGIN and COMMIT. Not through setAutoCommit: after SQLite has rolled a
     * transaction back by itself (a full disk does that), the driver's rollback and its "commit" on
     * setAutoCommit(true) fail with "no transaction is active", and a finally block would throw that
     * instead of the full disk. Here a failed ROLLBACK is only noted on the first error, which is the one thrown.
     */
    static void inTransaction(Connection connection, Work work) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                work.run();
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback); // usually SQLite already rolled back
                }
                throw e;
            }
        }
    }

    /** Caps the file near its current size, so tests can meet SQLite's "disk full" without filling a disk. */
    void limitSizeForTest() {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA max_page_count = " + (StudyFileCheck.pragmaInt(connection, "page_count") + 2));
        } catch (SQLException e) {
            throw SqliteErrors.onWrite(file, e);
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.onWrite(file, e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

}
