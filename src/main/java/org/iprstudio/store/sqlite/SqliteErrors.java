package org.iprstudio.store.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into messages a researcher can act on. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static StoreException onWrite(Path file, SQLException e) {
        if (primaryCode(e) == 13) {
            return new StoreException(Reason.DISK_FULL, "The disk that holds " + file + " is full, so the last change was not saved;"
                    + " the study is as it was before it. Free some space and try again.", e);
        }
        return translate(file, e, "Nothing of this change was saved; the study is as it was before.");
    }

    /** A new study file could not be built: nothing was written (the temporary file is gone). */
    static StoreException onCreate(Path file, SQLException e) {
        if (primaryCode(e) == 13) {
            return new StoreException(Reason.DISK_FULL, "The disk that holds " + file.getParent() + " is full, so the study " + file.getFileName()
                    + " was not created. Nothing was written. Free some space and try again.", e);
        }
        return translate(file, e, "Nothing was written.");
    }

    static StoreException onRead(Path file, SQLException e) {
        return translate(file, e, "The file was not changed.");
    }

    private static int primaryCode(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        return code == null ? e.getErrorCode() & 0xff : code.code & 0xff;
    }

    private static StoreException translate(Path file, SQLException e, String consequence) {
        if (e instanceof BadValueException) {
            return new StoreException(Reason.DAMAGED, file + " is damaged: " + e.getMessage() + ". Was it edited outside IPR Studio? " + consequence
                    + " Open the backup copy next to it, if there is one.", e);
        }
        return switch (primaryCode(e)) {
            case 13 -> new StoreException(Reason.DISK_FULL, "The disk that holds " + file + " is full. " + consequence
                    + " Free some space and try again.", e);
            case 11, 26 -> new StoreException(Reason.DAMAGED, file + " is damaged (" + e.getMessage() + "). " + consequence
                    + " Open the backup copy next to it, if there is one.", e);
            case 8 -> new StoreException(Reason.READ_ONLY, file + " cannot be written (read-only file or folder). " + consequence
                    + " Copy the study to a folder you may write to.", e);
            case 5, 6 -> new StoreException(Reason.LOCKED, file + " is busy in another program. " + consequence
                    + " Close the other program and try again.", e);
            case 10 -> new StoreException(Reason.IO, "Reading or writing " + file + " failed (" + e.getMessage() + "). " + consequence
                    + " Check that the disk or network drive is still there.", e);
            default -> new StoreException(Reason.IO, "The study file " + file + " could not be used: " + e.getMessage() + ". " + consequence, e);
        };
    }
}
