package org.iprstudio.exchange.report;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.analysis.ThemeFrequency;

/**
 * What a report shows besides the study: the frequency thresholds, the stills of exemplar
 * moments (by moment id), and, when there are none, why (for example libVLC is missing), which
 * the report then says in place of the pictures; and whether each exemplar shows the transcript
 * lines around its moment (a moment's quote is shown either way); and the language of the report's
 * own words (headings, table headers, sentences), the program's language unless the caller says.
 */
public record ReportOptions(ThemeFrequency.Thresholds thresholds, Map<UUID, ReportStill> stills, String stillsNote, Instant generatedAt,
                            boolean transcriptLines, Locale locale) {
    public ReportOptions {
        locale = locale == null ? Locale.getDefault() : locale;
        thresholds = thresholds == null ? ThemeFrequency.Thresholds.DEFAULT : thresholds;
        stills = Map.copyOf(stills == null ? Map.of() : stills);
        stillsNote = stillsNote == null ? "" : stillsNote.strip();
        generatedAt = generatedAt == null ? Instant.now() : generatedAt;
    }

    /** Options in the program's language (Locale.getDefault()). */
    public ReportOptions(ThemeFrequency.Thresholds thresholds, Map<UUID, ReportStill> stills, String stillsNote, Instant generatedAt,
                         boolean transcriptLines) {
        this(thresholds, stills, stillsNote, generatedAt, transcriptLines, null);
    }

    /** These options with the report written in {@code locale}. */
    public ReportOptions in(Locale locale) {
        return new ReportOptions(thresholds, stills, stillsNote, generatedAt, transcriptLines, locale);
    }

    /** Options with the transcript lines shown around each exemplar (where the session has a transcript). */
    public ReportOptions(ThemeFrequency.Thresholds thresholds, Map<UUID, ReportStill> stills, String stillsNote, Instant generatedAt) {
        this(thresholds, stills, stillsNote, generatedAt, true);
    }
}
