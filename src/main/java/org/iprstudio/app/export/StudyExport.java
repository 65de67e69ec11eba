package org.iprstudio.app.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.LoadedStudy;
import org.iprstudio.analysis.agreement.RoundAgreement;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.team.RoundStatistics;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.eaf.EafWriter;
import org.iprstudio.exchange.csv.CsvOptions;
import org.iprstudio.exchange.csv.StudyTables;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.exchange.qdpx.CodebookWriter;
import org.iprstudio.exchange.qdpx.QdpxWriter;

/**
 * Exports a study (or one dyad or session of it) to one of the exchange formats. The study is only
 * read; the output is written by {@link SafeOutput}: complete or not at all, never onto a study.
 */
public final class StudyExport {
    private final StudySources sources;

    public StudyExport(StudySources sources) {
        this.sources = sources;
    }

    /**
     * What to export and where.
     *
     * @param dyad a dyad code such as D01, or null for all
     * @param session a session label such as D01/3, or null for all
     * @param force replace existing files (never a study file)
     * @param excel CSV for Excel: a byte order mark, and semicolons where the locale writes decimal commas
     * @param includeMedia copy the session videos into a .qdpx (otherwise they are linked by path)
     * @param locale whose decimal separator the Excel form of CSV follows
     */
    public record Request(ExportFormat format, Path out, String dyad, String session, boolean force, boolean excel, boolean includeMedia,
                          Locale locale) {
        public Request(ExportFormat format, Path out, String dyad, String session, boolean force, boolean excel, boolean includeMedia) {
            this(format, out, dyad, session, force, excel, includeMedia, Locale.getDefault(Locale.Category.FORMAT));
        }
    }

    /** The files written, and how many moments they hold. */
    public record Result(List<Path> files, int moments) {
    }

    public Result export(Path studyPath, Request request) {
        return export(studyPath, request, Cancellation.NONE);
    }

    /**
     * The same, stoppable: cancellation is checked before each file is written (a folder export
     * between its files); a cancelled export leaves nothing behind ({@link ExportException.Reason#CANCELLED}).
     */
    public Result export(Path studyPath, Request request, Cancellation cancellation) {
        Path target = request.out().toAbsolutePath().normalize();
        check(cancellation, target);
        cancellation.progress(0, 2, "reading the study");
        LoadedStudy loaded = sources.read(studyPath);
        check(cancellation, target);
        cancellation.progress(1, 2, "writing " + request.format().id());
        Result result = exportLoaded(loaded, request, cancellation);
        cancellation.progress(2, 2, "done");
        return result;
    }

    private static void check(Cancellation cancellation, Path out) {
        if (cancellation.cancelled()) {
            throw new ExportException(ExportException.Reason.CANCELLED, out, AppMessages.of("safeOutput.exportWasCancelledNothing"));
        }
    }

    private Result exportLoaded(LoadedStudy loaded, Request request, Cancellation cancellation) {
        Study study = ExportScope.of(loaded.study(), blankToNull(request.dyad()), blankToNull(request.session()));
        SafeOutput output = new SafeOutput(loaded.origin(), request.force()).cancelledBy(() -> cancellation.cancelled());
        Path out = request.out().toAbsolutePath().normalize();
        List<Path> files = switch (request.format()) {
            case JSON -> {
                output.writeFile(out, stream -> new StudyJson().write(study, stream));
                yield List.of(out);
            }
            case CSV -> {
                StudyTables tables = new StudyTables(study, request.excel() ? CsvOptions.excel(request.locale()) : CsvOptions.standard(),
                        roundsWithin(loaded.study(), study));
                yield output.writeFolder(out, folder -> {
                    for (String name : tables.fileNames()) {
                        folder.write(name, stream -> tables.write(name, stream));
                    }
                });
            }
            case EAF -> eaf(study, loaded, output, out, request);
            case QDC -> {
                CodebookWriter codebook = new CodebookWriter(study);
                if (!codebook.hasCodes()) {
                    throw new ExportException(ExportException.Reason.NOTHING_TO_EXPORT, out, AppMessages.of("studyExport.studyHasCodesYet"));
                }
                output.writeFile(out, codebook::write);
                yield List.of(out);
            }
            case QDPX -> {
                Path base = loaded.mediaFolder().toAbsolutePath().normalize();
                QdpxWriter writer = new QdpxWriter(study);
                output.writeFile(out, stream -> writer.write(stream, base.toString(), session -> MediaLinks.qdpx(loaded, session, base),
                        request.includeMedia()));
                yield List.of(out);
            }
        };
        return new Result(files, study.momentCount());
    }

    /** One .eaf per session into a folder; with one session and a name ending in .eaf, that one file. */
    private static List<Path> eaf(Study study, LoadedStudy loaded, SafeOutput output, Path out, Request request) {
        EafWriter writer = new EafWriter(study);
        boolean oneFile = request.session() != null && !request.session().isBlank()
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eaf");
        if (oneFile) {
            Session session = study.sessions().get(0);
            output.writeFile(out, stream -> writer.write(session, MediaLinks.eaf(loaded, session, out.getParent()), stream));
            return List.of(out);
        }
        return output.writeFolder(out, folder -> {
            for (Session session : study.sessions()) {
                folder.write(writer.fileName(session), stream -> writer.write(session, MediaLinks.eaf(loaded, session, out), stream));
            }
        });
    }

    /** The closed rounds' agreement, for the rounds whose sessions are all in the part exported (all of them for the whole study). */
    static List<RoundAgreement> roundsWithin(Study whole, Study part) {
        return RoundStatistics.ofClosedRounds(whole).stream().filter(r -> whole.team().roundNamed(r.round())
                .map(round -> round.sessionIds().stream().allMatch(id -> part.find(id).isPresent())).orElse(false)).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
