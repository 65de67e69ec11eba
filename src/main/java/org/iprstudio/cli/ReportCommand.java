package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iprstudio.analysis.ThemeFrequency;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.export.Cancellation;
import org.iprstudio.app.export.ExportException;
import org.iprstudio.app.export.StudyReport;
import org.iprstudio.media.FrameGrabber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** report STUDY --out report.html: the study report as one self-contained HTML file; the study is only read. */
@Command(name = "report", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "STUDY", descriptionKey = "info.file")
    Path study;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", descriptionKey = "report.out")
    Path out;

    @Option(names = "--force", descriptionKey = "export.force")
    boolean force;

    @Option(names = "--no-transcript-lines", descriptionKey = "report.noTranscriptLines")
    boolean noTranscriptLines;

    @Option(names = "--no-stills", descriptionKey = "report.noStills")
    boolean noStills;

    @Option(names = "--general", paramLabel = "SHARE", descriptionKey = "report.general")
    double general = ThemeFrequency.Thresholds.DEFAULT.general();

    @Option(names = "--typical", paramLabel = "SHARE", descriptionKey = "report.typical")
    double typical = ThemeFrequency.Thresholds.DEFAULT.typical();

    @Option(names = "--variant", paramLabel = "SHARE", descriptionKey = "report.variant")
    double variant = ThemeFrequency.Thresholds.DEFAULT.variant();

    ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ThemeFrequency.Thresholds thresholds;
        try {
            thresholds = new ThemeFrequency.Thresholds(general, typical, variant);
        } catch (IllegalArgumentException e) {
            return fail(Texts.get("report.badThresholds", general, typical, variant));
        }
        CliContext.ProbeSession probes = noStills ? null : context.probes().get();
        try {
            FrameGrabber grabber = probes == null ? null : probes.frameGrabber();
            String why = probes == null ? "" : Texts.get("report.noVlc", probes.problem(), probes.installCommand());
            StudyReport.Result result;
            StudyReport.Request request = new StudyReport.Request(out, force, thresholds, !noStills, !noTranscriptLines);
            try {
                result = new StudyReport(new StudySources(context.files()), grabber, why).write(study, request, Cancellation.NONE);
            } finally {
                if (grabber != null) {
                    grabber.close();
                }
            }
            if (!result.stillsNote().isEmpty() && !noStills) {
                context.err().println(Texts.get("report.stillsNote", result.stillsNote()));
            }
            context.out().println(Texts.get("report.done", result.file(), result.exemplars(), result.stills()));
            context.out().flush();
            HistoryNote.record(context, study, org.iprstudio.app.export.ExportHistory.entry("report",
                    org.iprstudio.app.export.ExportHistory.options(request), out, null, org.iprstudio.store.ExportRecord.Via.COMMAND_LINE));
            return 0;
        } catch (ExportException e) {
            return fail(switch (e.reason()) {
                case EXISTS -> Texts.get("export.exists", e.path());
                case STUDY_FILE -> Texts.get("export.studyFile", e.path());
                default -> FriendlyErrors.describe(e);
            });
        } finally {
            if (probes != null) {
                probes.close();
            }
        }
    }

    private int fail(String message) {
        context.err().println(Texts.get("error.prefix", message));
        context.err().flush();
        return FriendlyErrors.USER_DATA_PROBLEM;
    }
}
