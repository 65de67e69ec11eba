package org.iprstudio.app.export;

import java.util.Locale;
import java.util.Optional;

/** The formats a study can be exported to; some are one file, some a folder of files. */
public enum ExportFormat {
    /** study.json, the lossless text form. */
    JSON(false),
    /** Tidy tables for R, SPSS, Stata and Excel, with a data dictionary. */
    CSV(true),
    /** ELAN 3.0 annotation documents, one per session. */
    EAF(true),
    /** A REFI-QDA project for QualCoder, ATLAS.ti, NVivo and MAXQDA. */
    QDPX(false),
    /** The REFI-QDA codebook alone. */
    QDC(false);

    private final boolean folder;

    ExportFormat(boolean folder) {
        this.folder = folder;
    }

    /** True when the export is a folder of files (one file is allowed for EAF with a single session). */
    public boolean writesFolder() {
        return folder;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> parse(String text) {
        for (ExportFormat f : values()) {
            if (f.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
