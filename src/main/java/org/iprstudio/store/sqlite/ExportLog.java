package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.ExportRecord;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StoreMessages;
import org.sqlite.SQLiteConfig;

/**
 * The export_record table (schema 7): the study file's export history. It is written only here,
 * one row per export, and read by Study > Export history... (docs/decisions/0017-export-history.md).
 */
final class ExportLog {
    private ExportLog() {
    }

    static List<ExportRecord> list(Connection connection) throws SQLException {
        List<ExportRecord> records = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT exported_at, format, options, destination, researcher, via FROM export_record ORDER BY id")) {
            while (rs.next()) {
                records.add(new ExportRecord(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        ExportRecord.Via.valueOf(rs.getString(6))));
            }
        }
        return records;
    }

    static void insert(Connection connection, ExportRecord record) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO export_record (exported_at, format, options, destination, researcher, via) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, record.at().toString());
            st.setString(2, record.format());
            st.setString(3, record.options());
            st.setString(4, record.destination());
            st.setString(5, record.researcher());
            st.setString(6, record.via().name());
            st.executeUpdate();
        }
    }

    /**
     * Records an export in a study no one has open: the study's locks are taken as for opening it
     * (refused while a window has it: that window is its one writer), the row is added in one
     * transaction, and the locks are released. The study is neither read into memory nor upgraded,
     * and its journal mode stays as it is.
     */
    static void recordIn(Path file, ExportRecord record) {
        Path absolute = file.toAbsolutePath().normalize();
        StudyFileCheck.checkHeader(absolute);
        if (!Files.isWritable(absolute)) {
            throw new StoreException(Reason.READ_ONLY, StoreMessages.of("exportLog.mayWrittenSoExport", absolute));
        }
        StudyLock lock = StudyLock.acquire(absolute);
        try {
            Path real = absolute.toRealPath();
            lock.lockFolder();
            try (Connection connection = connect(real)) {
                int version = StudyFileCheck.pragmaInt(connection, "user_version");
                int newest = Migrations.bundled().newestVersion();
                if (version != newest) {
                    throw new StoreException(Reason.NEWER_VERSION, StoreMessages.of("exportLog.studyFormatExportExport", absolute, version, newest));
                }
                SqliteStudyStore.inTransaction(connection, () -> insert(connection, record));
            }
        } catch (SQLException e) {
            throw SqliteErrors.onWrite(absolute, e);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, StoreMessages.of("exportLog.couldReachedRecordExport", absolute, UserMessage.from(e)), e);
        } finally {
            lock.close();
        }
    }

    /** A writing connection that leaves the journal mode alone (a study made by `new` keeps its rollback journal). */
    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }
}
