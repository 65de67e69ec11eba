package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StoreMessages;

/**
 * Decides whether a file is a study this version can open, reading only: a text file, a
 * truncated file, another program's database or a newer study are refused with a message and
 * never touched.
 */
final class StudyFileCheck {
    /** "IPRS" in ASCII, written to SQLite's application_id header field. */
    static final int APPLICATION_ID = 0x49505253;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StudyFileCheck() {
    }

    /** Checks the first bytes before SQLite ever sees the file. */
    static void checkHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Reason.NOT_FOUND, StoreMessages.of("studyFileCheck.studyFileCheckPath", file));
        }
        byte[] head = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, StoreMessages.of("studyFileCheck.cannotRead", file, UserMessage.from(e)), e);
        }
        if (read == 0) {
            throw new StoreException(Reason.NOT_A_STUDY, StoreMessages.of("studyFileCheck.emptySoIprStudio", file));
        }
        if (read < SQLITE_MAGIC.length || !Arrays.equals(Arrays.copyOf(head, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new StoreException(Reason.NOT_A_STUDY, StoreMessages.of("studyFileCheck.iprStudioStudyDatabase", file, (looksLikeText(head, read) ? StoreMessages.of("studyFileCheck.looksLikeText") : "")));
        }
        if (read < head.length) {
            throw new StoreException(Reason.DAMAGED, StoreMessages.of("studyFileCheck.cutShortOnlyBytes", file, read));
        }
    }

    /**
     * Whether the file is in WAL mode (its header's read and write versions are 2): every open for work
     * leaves it so; a study just made by `new` or by an import has a rollback journal until first opened.
     */
    static boolean inWalMode(Path file) {
        byte[] head = new byte[20];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && head[18] == 2 && head[19] == 2;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the first bytes say "SQLite database with IPR Studio's application id"; a file that cannot be read is not a study. */
    static boolean isStudy(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        return read == head.length && Arrays.equals(Arrays.copyOf(head, SQLITE_MAGIC.length), SQLITE_MAGIC)
                && java.nio.ByteBuffer.wrap(head, 68, 4).getInt() == APPLICATION_ID; // big-endian, as SQLite writes it
    }

    /** Checks what only SQLite can tell, on a read-only connection. Returns the file's schema version. */
    static int checkContents(Path file, Connection readOnly, int newestKnownVersion) throws SQLException {
        return checkContents(file, readOnly, newestKnownVersion, true);
    }

    /**
     * The same, with SQLite's page-by-page check of the whole file only when asked: it reads every page
     * (half a second for a 500 MB study), which a reader of the outline skips; a damaged page it then
     * reads is still refused by SQLite as damaged.
     */
    static int checkContents(Path file, Connection readOnly, int newestKnownVersion, boolean everyPage) throws SQLException {
        int applicationId = pragmaInt(readOnly, "application_id");
        int version = pragmaInt(readOnly, "user_version");
        if (applicationId != APPLICATION_ID) {
            throw new StoreException(Reason.FOREIGN_DATABASE, StoreMessages.of("studyFileCheck.databaseAnotherProgramIpr", file));
        }
        if (version > newestKnownVersion) {
            throw new StoreException(Reason.NEWER_VERSION, StoreMessages.of("studyFileCheck.wasWrittenNewerVersion", file, version, newestKnownVersion));
        }
        if (version < 1) {
            throw new StoreException(Reason.DAMAGED, StoreMessages.of("studyFileCheck.damagedStudyFormatNumber", file, version));
        }
        if (everyPage) {
            checkEveryPage(file, readOnly);
        }
        return version;
    }

    /** SQLite's check of every page of the file (PRAGMA quick_check); a finding is reported as damage. */
    static void checkEveryPage(Path file, Connection readOnly) throws SQLException {
        try (Statement st = readOnly.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new StoreException(Reason.DAMAGED, StoreMessages.of("studyFileCheck.damagedFileWasChanged", file, firstFinding(verdict)));
            }
        }
    }

    /** SQLite's verdict runs over several lines ("*** in database main ***", then one line a finding): the first finding, on one line. */
    private static String firstFinding(String verdict) {
        String finding = verdict.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("***")).findFirst().orElse(verdict.strip());
        finding = finding.replaceAll("\\s+", " ");
        return finding.length() <= 120 ? finding : finding.substring(0, 117) + "...";
    }

    static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean looksLikeText(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b < 9 || b > 13 && b < 32 && b != 27) {
                return false;
            }
        }
        return true;
    }
}
