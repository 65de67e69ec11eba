package org.iprstudio.app.export;

import java.nio.file.Path;
import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.UserMessage;

/**
 * An export that was refused or failed, with the reason a caller turns into its own words (the
 * command line offers --force, a dialog asks). Nothing was written when this is thrown.
 */
public final class ExportException extends RuntimeException implements HasUserMessage {
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
    private final transient UserMessage userMessage;

    public ExportException(Reason reason, Path path, UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.reason = reason;
        this.path = path;
        this.userMessage = message;
    }

    public ExportException(Reason reason, Path path, UserMessage message) {
        this(reason, path, message, null);
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public ExportException(Reason reason, Path path, String message, Throwable cause) {
        this(reason, path, UserMessage.plain(message), cause);
    }

    public ExportException(Reason reason, Path path, String message) {
        this(reason, path, UserMessage.plain(message), null);
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }

    public Reason reason() {
        return reason;
    }

    /** The path the problem is about (the --out, its folder, or the file inside it). */
    public Path path() {
        return path;
    }
}
