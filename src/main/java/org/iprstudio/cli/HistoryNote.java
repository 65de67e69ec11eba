package org.iprstudio.cli;

import java.nio.file.Path;
import org.iprstudio.app.export.ExportHistory;
import org.iprstudio.store.ExportRecord;

/** After a finished export: adds it to the study's export history, or says on stderr why it could not (the export itself stands). */
final class HistoryNote {
    private HistoryNote() {
    }

    static void record(CliContext context, Path study, ExportRecord entry) {
        sayIfNotRecorded(context, new ExportHistory(context.files()).recordInFile(study, entry));
    }

    /**
     * After a kit was written by a command that has the study open for writing: the entry goes in
     * through that open study (it holds the study's lock), with the researcher named if one is.
     */
    static void record(CliContext context, org.iprstudio.app.StudyService open, String format, String options, Path written) {
        String actor = open.actor();
        ExportRecord entry = ExportHistory.entry(format, options, written, actor.startsWith("~") ? null : actor, ExportRecord.Via.COMMAND_LINE);
        sayIfNotRecorded(context, ExportHistory.recordIn(open, entry));
    }

    private static void sayIfNotRecorded(CliContext context, ExportHistory.Outcome outcome) {
        if (!outcome.recorded() && outcome.saysWhyNot()) {
            context.err().println(Texts.get("export.notRecorded", outcome.whyNot()));
            context.err().flush();
        }
    }
}
