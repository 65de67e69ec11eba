package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.export.ExportException;
import org.iprstudio.app.export.ExportHistory;
import org.iprstudio.store.ExportRecord;
import org.iprstudio.app.export.ExportFormat;
import org.iprstudio.app.export.StudyExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** export STUDY --format FORMAT --out PATH: writes the study in an exchange format; the study is only read. */
@Command(name = "export", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "STUDY", descriptionKey = "info.file")
    Path study;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "export.format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "export.out")
    Path out;

    @Option(names = "--dyad", paramLabel = "DYAD", descriptionKey = "export.dyad")
    String dyad;

    @Option(names = "--session", paramLabel = "DYAD/NUMBER", descriptionKey = "export.session")
    String session;

    @Option(names = "--force", descriptionKey = "export.force")
    boolean force;

    @Option(names = "--excel", descriptionKey = "export.excel")
    boolean excel;

    @Option(names = "--include-media", descriptionKey = "export.includeMedia")
    boolean includeMedia;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExportFormat chosen = ExportFormat.parse(format).orElse(null);
        if (chosen == null) {
            String all = Arrays.stream(ExportFormat.values()).map(ExportFormat::id).collect(Collectors.joining(", "));
            context.err().println(Texts.get("error.prefix", Texts.get("export.badFormat", format, all)));
            context.err().flush();
            return FriendlyErrors.USER_DATA_PROBLEM;
        }
        StudyExport.Result result;
        StudyExport.Request request = new StudyExport.Request(chosen, out, dyad, session, force, excel, includeMedia);
        try {
            result = new StudyExport(new StudySources(context.files())).export(study, request);
        } catch (ExportException e) {
            context.err().println(Texts.get("error.prefix", explain(e)));
            context.err().flush();
            return FriendlyErrors.USER_DATA_PROBLEM;
        }
        context.out().println(Texts.get("export.done", chosen.id(), result.moments(), result.files().size(), out.toAbsolutePath().normalize()));
        context.out().flush();
        HistoryNote.record(context, study, ExportHistory.entry(chosen.id(), ExportHistory.options(request), out, null, ExportRecord.Via.COMMAND_LINE));
        return 0;
    }

    /** The command line's own words where it has something to offer (--force); the app's message otherwise. */
    private static String explain(ExportException e) {
        return switch (e.reason()) {
            case EXISTS -> Texts.get(java.nio.file.Files.isDirectory(e.path()) ? "export.existsFolder" : "export.exists", e.path());
            case STUDY_FILE -> Texts.get("export.studyFile", e.path());
            default -> FriendlyErrors.describe(e);
        };
    }

}
