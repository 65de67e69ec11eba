package org.iprstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iprstudio.analysis.StudyOverview;
import org.iprstudio.analysis.StudyOverview.DyadLine;
import org.iprstudio.analysis.StudyOverview.Gap;
import org.iprstudio.analysis.StudyOverview.PassLine;
import org.iprstudio.analysis.StudyOverview.PerspectiveTotals;
import org.iprstudio.analysis.StudyOverview.SessionLine;
import org.iprstudio.app.LoadedOutline;
import org.iprstudio.app.LoadedStudy;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyOutline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints what a study holds: dyads, sessions, recall passes with moment counts, and the gaps. */
@Command(name = "info", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "info.file")
    Path file;

    @Option(names = "--check", descriptionKey = "info.check")
    boolean check;

    InfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // info lists no moment: the outline (structure and counts) is all it needs, not a million moments;
        // --check reads and checks the whole study, as opening it for work does
        StudySources sources = new StudySources(context.files());
        LoadedOutline loaded = check ? whole(sources.read(file)) : sources.outline(file);
        print(loaded, context.out());
        context.out().flush();
        return 0;
    }

    private static LoadedOutline whole(LoadedStudy loaded) {
        return new LoadedOutline(StudyOutline.of(loaded.study()), loaded.origin(), loaded.mediaFolder());
    }

    static void print(LoadedOutline loaded, PrintWriter out) {
        Study study = loaded.outline().structure();
        StudyOverview overview = StudyOverview.of(loaded.outline());
        out.println(Texts.get("info.title", study.header().title()));
        out.println(Texts.get("info.source", loaded.origin()));
        if (!study.header().approval().isEmpty()) {
            out.println(Texts.get("info.approval", study.header().approval()));
        }
        var protocol = study.header().protocol();
        out.println(Texts.get("info.protocol", protocol.sessionNumbers().toString().replaceAll("[\\[\\]]", ""),
                protocol.pairingWindow().before().seconds(), protocol.pairingWindow().after().seconds()));
        out.println(Texts.get("info.counts", study.sites().size(), study.participants().size(), overview.dyads().size(),
                overview.sessionCount(), overview.passCount(), overview.moments()));
        for (DyadLine dyadLine : overview.dyads()) {
            var dyad = dyadLine.dyad();
            out.println();
            out.println(Texts.get("info.dyad", dyad.code(), study.site(dyad.siteId()).code(), study.site(dyad.siteId()).name(),
                    study.participant(dyad.clientId()).code(), study.participant(dyad.therapistId()).code(), name(dyad.trajectory())));
            for (SessionLine sessionLine : dyadLine.sessions()) {
                var session = sessionLine.session();
                String media = session.media() == null ? Texts.get("info.noMedia")
                        : session.media().path() + (session.media().duration() == null ? "" : " (" + session.media().duration().toShortClock() + ")");
                out.println(Texts.get("info.session", session.number(), session.date() == null ? "-" : session.date(), media));
                if (sessionLine.passes().isEmpty()) {
                    out.println(Texts.get("info.noPasses"));
                }
                for (PassLine passLine : sessionLine.passes()) {
                    var pass = passLine.pass();
                    String perspective = String.format("%-10s", name(pass.perspective()));
                    if (pass.status() == PassStatus.MISSING) {
                        out.println(Texts.get("info.passMissing", perspective, passLine.participantCode(), pass.missingReason()));
                    } else {
                        out.println(Texts.get("info.pass", perspective, passLine.participantCode(), name(pass.status()), passLine.moments()));
                    }
                }
            }
        }
        out.println();
        out.println(Texts.get("info.byPerspective"));
        for (Map.Entry<Role, PerspectiveTotals> entry : overview.perspectives().entrySet()) {
            PerspectiveTotals t = entry.getValue();
            out.println(Texts.get("info.perspectiveTotals", String.format("%-10s", name(entry.getKey())), t.done(), t.planned(), t.missing(), t.moments()));
        }
        out.println();
        if (overview.gaps().isEmpty()) {
            out.println(Texts.get("info.noGaps"));
        } else {
            out.println(Texts.get("info.gaps", overview.gaps().size()));
            for (Gap gap : overview.gaps()) {
                out.println(switch (gap.kind()) {
                    case MISSING_RECALL -> Texts.get("info.gap.missing", gap.dyadCode(), gap.sessionNumber(), name(gap.perspective()),
                            gap.participantCode(), gap.reason());
                    case NO_RECALL_RECORDED -> Texts.get("info.gap.noRecall", gap.dyadCode(), gap.sessionNumber(), name(gap.perspective()),
                            gap.participantCode());
                    case SESSION_NOT_RECORDED -> Texts.get("info.gap.noSession", gap.dyadCode(), gap.sessionNumber());
                });
            }
        }
        SupervisionInfoLines.print(study, out);
    }

    private static String name(Enum<?> value) {
        return Texts.name(value);
    }
}
