package org.iprstudio.store.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StoreMessages;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into messages a researcher can act on. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static StoreException onWrite(Path file, SQLException e) {
        if (primaryCode(e) == 13) {
            return new StoreException(Reason.DISK_FULL, StoreMessages.of("sqliteErrors.diskHoldsFullSo", file), e);
        }
        return translate(file, e, StoreMessages.of("sqliteErrors.nothingSaved"));
    }

    /** A new study file could not be built: nothing was written (the temporary file is gone). */
    static StoreException onCreate(Path file, SQLException e) {
        if (primaryCode(e) == 13) {
            return new StoreException(Reason.DISK_FULL, StoreMessages.of("sqliteErrors.diskHoldsFullSo2", file.getParent(), file.getFileName()), e);
        }
        return translate(file, e, StoreMessages.of("sqliteErrors.nothingWritten"));
    }

    static StoreException onRead(Path file, SQLException e) {
        return translate(file, e, StoreMessages.of("sqliteErrors.fileNotChanged"));
    }

    private static int primaryCode(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        return code == null ? e.getErrorCode() & 0xff : code.code & 0xff;
    }

    private static StoreException translate(Path file, SQLException e, UserMessage consequence) {
        if (e instanceof BadValueException) {
            return new StoreException(Reason.DAMAGED, StoreMessages.of("sqliteErrors.damagedWasEditedOutside", file, UserMessage.from(e), consequence), e);
        }
        return switch (primaryCode(e)) {
            case 13 -> new StoreException(Reason.DISK_FULL, StoreMessages.of("sqliteErrors.diskHoldsFullFree", file, consequence), e);
            case 11, 26 -> new StoreException(Reason.DAMAGED, StoreMessages.of("sqliteErrors.damagedOpenBackupCopy", file, UserMessage.from(e), consequence), e);
            case 8 -> new StoreException(Reason.READ_ONLY, StoreMessages.of("sqliteErrors.cannotWrittenReadOnly", file, consequence), e);
            case 5, 6 -> new StoreException(Reason.LOCKED, StoreMessages.of("sqliteErrors.busyAnotherProgramClose", file, consequence), e);
            case 10 -> new StoreException(Reason.IO, StoreMessages.of("sqliteErrors.readingWritingFailedCheck", file, UserMessage.from(e), consequence), e);
            default -> new StoreException(Reason.IO, StoreMessages.of("sqliteErrors.studyFileCouldUsed", file, UserMessage.from(e), consequence), e);
        };
    }
}
