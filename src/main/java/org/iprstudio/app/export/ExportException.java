package org.iprstudio.app.export;

import java.nio.file.Path;

/**
 * An export that was refused or failed, with the reason a caller turns into its own words (the
 * command line offers --force, a dialog asks). Nothing was written when this is thrown.
 */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the export did not happen. */
    public enum Reason {
        /** --out names the study being exported, or another study file. */
        STUDY_FILE,
        /** --out exists and replacing it was not asked for. */
        EXISTS,
        /** The folder --out would go into does not exist or is not a folder. */
        NO_FOLDER,
        /** --out cannot be written (permissions, a read-only disk, a full disk). */
        NOT_WRITABLE,
        /** A file was asked for where a folder is written, or the other way round. */
        WRONG_KIND,
        /** The dyad or session asked for is not in the study. */
        NOT_IN_STUDY,
        /** The study has nothing this format can hold (a codebook without codes). */
        NOTHING_TO_EXPORT,
        /** The user cancelled; nothing was written. */
        CANCELLED
    }

    private final Reason reason;
    private final Path path;

    public ExportException(Reason reason, Path path, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.path = path;
    }

    public ExportException(Reason reason, Path path, String message) {
        this(reason, path, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The path the problem is about (the --out, its folder, or the file inside it). */
    public Path path() {
        return path;
    }
}
