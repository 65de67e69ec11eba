package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
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
    private final EntityWriter writer;
    private final StudyLock lock;

    private SqliteStudyStore(Path file, Connection connection, StudyLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.writer = lock == null ? null : new EntityWriter(connection);
    }

    /** Opens a study for reading and writing, upgrading its format if it is older. */
    public static SqliteStudyStore open(Path file) {
        return open(file, Migrations.bundled());
    }

    public static SqliteStudyStore open(Path file, Migrations migrations) {
        Path absolute = file.toAbsolutePath().normalize();
        int version = inspect(absolute, migrations);
        StudyLock lock = StudyLock.acquire(absolute);
        try {
            Connection connection = connect(absolute, false);
            try {
                if (version < migrations.newestVersion()) {
                    backUp(absolute, connection, version);
                    migrate(connection, version, migrations);
                }
                return new SqliteStudyStore(absolute, connection, lock);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            lock.close();
            throw SqliteErrors.onRead(absolute, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens a study only to read it (the command line's info, a study open elsewhere). */
    public static SqliteStudyStore openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Migrations migrations = Migrations.bundled();
        int version = inspect(absolute, migrations);
        if (version < migrations.newestVersion()) {
            throw new StoreException(Reason.NEWER_VERSION, absolute + " is in an older study format (" + version
                    + "); open it once in IPR Studio to upgrade it (a backup is kept).");
        }
        try {
            return new SqliteStudyStore(absolute, connect(absolute, true), null);
        } catch (SQLException e) {
            throw SqliteErrors.onRead(absolute, e);
        }
    }

    /**
     * Writes a whole study to a new file. It is built under a temporary name in the same folder
     * and moved into place only when complete, so a failure never leaves a half-written study.
     */
    public static void create(Path file, Study study) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new StoreException(Reason.IO, "There is already a file at " + absolute + "; choose another name. Nothing was written.");
        }
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".creating");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(temporary);
            Migrations migrations = Migrations.bundled();
            try (Connection connection = connect(temporary, false)) {
                migrate(connection, 0, migrations);
                connection.setAutoCommit(false);
                try (EntityWriter writer = new EntityWriter(connection)) {
                    writer.putHeader(study.header());
                    writer.putRecallLock(study.recallLock().orElse(null));
                    for (Entity entity : study.entitiesInDependencyOrder()) {
                        writer.put(entity);
                    }
                }
                connection.commit();
                connection.setAutoCommit(true);
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    st.execute("PRAGMA journal_mode=DELETE"); // one self-contained file to move
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(temporary);
            throw SqliteErrors.onWrite(absolute, e);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new StoreException(Reason.IO, "The study could not be written to " + absolute + ": " + e.getMessage()
                    + ". Nothing was written.", e);
        } finally {
            deleteQuietly(temporary.resolveSibling(temporary.getFileName() + "-wal"));
            deleteQuietly(temporary.resolveSibling(temporary.getFileName() + "-shm"));
        }
    }

    private static int inspect(Path file, Migrations migrations) {
        StudyFileCheck.checkHeader(file);
        try (Connection readOnly = connect(file, true)) {
            return StudyFileCheck.checkContents(file, readOnly, migrations.newestVersion());
        } catch (SQLException e) {
            throw SqliteErrors.onRead(file, e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
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

    private static void migrate(Connection connection, int from, Migrations migrations) throws SQLException {
        for (int version = from + 1; version <= migrations.newestVersion(); version++) {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String statement : Migrations.statements(migrations.script(version))) {
                    st.execute(statement);
                }
                st.execute("PRAGMA application_id = " + StudyFileCheck.APPLICATION_ID);
                st.execute("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
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
        try {
            EntityReader reader = new EntityReader(connection);
            Study study = Study.of(reader.header(), reader.entities());
            study.setRecallLock(reader.recallLock());
            return study;
        } catch (SQLException e) {
            throw SqliteErrors.onRead(file, e);
        } catch (DomainException e) {
            throw new StoreException(Reason.DAMAGED, file + " holds data that breaks a rule of the study (" + e.getMessage()
                    + "). Was it edited outside IPR Studio? The file was not changed.", e);
        }
    }

    @Override
    public void apply(List<StudyChange> changes) {
        if (writer == null) {
            throw new StoreException(Reason.READ_ONLY, file + " is open for reading only; nothing was changed.");
        }
        try {
            connection.setAutoCommit(false);
            try {
                for (StudyChange change : changes) {
                    if (change instanceof StudyChange.Put put) {
                        writer.put(put.entity());
                    } else if (change instanceof StudyChange.Delete delete) {
                        writer.delete(delete.entity());
                    } else if (change instanceof StudyChange.SetHeader header) {
                        writer.putHeader(header.header());
                    } else if (change instanceof StudyChange.SetRecallLock lock) {
                        writer.putRecallLock(lock.lock());
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteErrors.onWrite(file, e);
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

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the real error was already reported
        }
    }
}
