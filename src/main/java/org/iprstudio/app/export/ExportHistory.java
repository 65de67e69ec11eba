package org.iprstudio.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.ExportRecord;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyFiles;

/**
 * Keeps the study's export history (docs/decisions/0017-export-history.md). An export only reads
 * the study; afterwards one row is added to the study file's history and nothing else. A study.json
 * or a sample folder has no history, so nothing is recorded for it. When the history cannot be
 * written (the study is open in a window, or read-only) the export stands and the outcome says why.
 */
public final class ExportHistory {
    private final StudyFiles files;

    public ExportHistory(StudyFiles files) {
        this.files = files;
    }

    /** Recorded, or why not (empty when there is nothing to say: a study.json has no history). */
    public record Outcome(boolean recorded, UserMessage whyNot) {
        static final Outcome RECORDED = new Outcome(true, UserMessage.plain(""));
        static final Outcome NO_HISTORY = new Outcome(false, UserMessage.plain(""));

        /** Whether there is something to say about an export that was not recorded. */
        public boolean saysWhyNot() {
            return !whyNot.english().isEmpty();
        }
    }

    /** The entry for an export: what, with which options, where to; now; the researcher if one is known. */
    public static ExportRecord entry(String format, String options, Path destination, String researcher, ExportRecord.Via via) {
        return new ExportRecord(Instant.now(), format, options, destination.toAbsolutePath().normalize().toString(), researcher, via);
    }

    /** "dyad D01, Excel, replacing": the options that change what an export holds or how it is written. */
    public static String options(StudyExport.Request request) {
        List<String> parts = new ArrayList<>();
        if (request.dyad() != null && !request.dyad().isBlank()) {
            parts.add("dyad " + request.dyad().strip());
        }
        if (request.session() != null && !request.session().isBlank()) {
            parts.add("session " + request.session().strip());
        }
        if (request.excel() && request.format() == ExportFormat.CSV) {
            parts.add("Excel (" + request.locale().toLanguageTag() + ")");
        }
        if (request.includeMedia() && request.format() == ExportFormat.QDPX) {
            parts.add("media included");
        }
        if (request.force()) {
            parts.add("replacing");
        }
        return String.join(", ", parts);
    }

    public static String options(StudyReport.Request request) {
        List<String> parts = new ArrayList<>();
        var t = request.thresholds();
        parts.add(String.format(Locale.ROOT, "general %s, typical %s, variant %s", t.general(), t.typical(), t.variant()));
        if (!request.stills()) {
            parts.add("no stills");
        }
        if (request.force()) {
            parts.add("replacing");
        }
        return String.join(", ", parts);
    }

    /** After an export from the command line: adds the entry to the study file, if it is one and may be written now. */
    public Outcome recordInFile(Path studyPath, ExportRecord record) {
        Path path = studyPath.toAbsolutePath().normalize();
        if (Files.isDirectory(path) || !files.isStudy(path)) {
            return Outcome.NO_HISTORY;
        }
        try {
            files.recordExport(path, record);
            return Outcome.RECORDED;
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.LOCKED) {
                // the window that has it is its one writer (docs/decisions/0013); an export made there is recorded there
                java.util.regex.Matcher holder = java.util.regex.Pattern.compile("\\((on [^()]*)\\)\\.").matcher(e.getMessage());
                return new Outcome(false, holder.find() ? AppMessages.of("exportHistory.openElsewhereOn", path.getFileName(), holder.group(1))
                        : AppMessages.of("exportHistory.openElsewhere", path.getFileName()));
            }
            return new Outcome(false, e.userMessage());
        }
    }

    /** After an export from the window: adds the entry through the study the window has open. */
    public static Outcome recordIn(org.iprstudio.app.StudyService service, ExportRecord record) {
        try {
            service.recordExport(record);
            return Outcome.RECORDED;
        } catch (StoreException e) {
            return new Outcome(false, e.userMessage());
        }
    }
}
