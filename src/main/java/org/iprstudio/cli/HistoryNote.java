package org.iprstudio.cli;

import java.nio.file.Path;
import org.iprstudio.app.export.ExportHistory;
import org.iprstudio.store.ExportRecord;

/** After a finished export: adds it to the study's export history, or says on stderr why it could not (the export itself stands). */
final class HistoryNote {
    private HistoryNote() {
    }

    static void record(CliContext context, Path study, ExportRecord entry) {
        ExportHistory.Outcome outcome = new ExportHistory(context.files()).recordInFile(study, entry);
        if (!outcome.recorded() && outcome.saysWhyNot()) {
            context.err().println(Texts.get("export.notRecorded", outcome.whyNot()));
            context.err().flush();
        }
    }
}
