package org.iprstudio.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a study's export history (docs/decisions/0017-export-history.md): what was written
 * (the format and its options), when, where to, by whom if a researcher is known, and from where
 * (the command line or the window). It describes this study file's exports, not the study, so it
 * is not part of the study's data and not carried into a study.json.
 *
 * @param researcher who exported, or null when no researcher is known
 */
public record ExportRecord(Instant at, String format, String options, String destination, String researcher, Via via) {
    /** Where the export was started. */
    public enum Via {
        COMMAND_LINE, WINDOW
    }

    public ExportRecord {
        Objects.requireNonNull(at, "when");
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("An export record needs its format.");
        }
        if (destination == null || destination.isBlank()) {
            throw new IllegalArgumentException("An export record needs where the export went.");
        }
        options = options == null ? "" : options.strip();
        researcher = researcher == null || researcher.isBlank() ? null : researcher.strip();
        Objects.requireNonNull(via, "where the export was started");
    }
}
