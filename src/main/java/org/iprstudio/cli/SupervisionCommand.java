package org.iprstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iprstudio.app.LoadedStudy;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.export.ExportException;
import org.iprstudio.app.export.SupervisionSummaryExport;
import org.iprstudio.app.supervision.SupervisionSetup;
import org.iprstudio.domain.SupervisionLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** supervision log / summary: a trainee's learning points across meetings, printed or as a portfolio page. The study is only read. */
@Command(name = "supervision", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true,
        subcommands = {SupervisionCommand.Log.class, SupervisionCommand.Summary.class})
final class SupervisionCommand implements Callable<Integer> {
    private final CliContext context;

    SupervisionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(Texts.get("supervision.chooseSubcommand"));
        return 2;
    }

    private static int unknown(CliContext context, SupervisionSetup.UnknownTrainee e) {
        context.err().println(Texts.get("error.prefix", FriendlyErrors.describe(e)));
        context.err().flush();
        return 1;
    }

    @Command(name = "log", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Log implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "STUDY", descriptionKey = "supervision.study")
        Path study;

        @Option(names = "--trainee", required = true, paramLabel = "CODE", descriptionKey = "supervision.trainee")
        String trainee;

        Log(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            LoadedStudy loaded = new StudySources(context.files()).read(study);
            SupervisionLog log;
            try {
                log = SupervisionSetup.logOf(loaded.study(), trainee);
            } catch (SupervisionSetup.UnknownTrainee e) {
                return unknown(context, e);
            }
            print(log, context.out());
            context.out().flush();
            return 0;
        }

        static void print(SupervisionLog log, PrintWriter out) {
            out.println(Texts.get("supervision.log.title", log.trainee().label(), log.meetings().size(), log.points().size()));
            if (log.meetings().isEmpty()) {
                out.println(Texts.get("supervision.log.none", log.trainee().code()));
            }
            for (SupervisionLog.Meeting m : log.meetings()) {
                out.println();
                out.println(Texts.get("supervision.log.meeting", m.meeting().date(), m.session(), m.supervisor().code(), m.stops()));
                out.println(Texts.get("supervision.log.summary", m.meeting().summary().isBlank() ? "-" : m.meeting().summary()));
                if (m.points().isEmpty()) {
                    out.println(Texts.get("supervision.log.noPoints"));
                }
                for (SupervisionLog.Point p : m.points()) {
                    out.println(Texts.get("supervision.log.point", String.format("%-10s", Texts.name(p.point().status())),
                            p.point().noted(), SupervisionLog.clock(p.moment().anchor()), p.point().text()));
                }
            }
        }
    }

    @Command(name = "summary", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Summary implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "STUDY", descriptionKey = "supervision.study")
        Path study;

        @Option(names = "--trainee", required = true, paramLabel = "CODE", descriptionKey = "supervision.trainee")
        String trainee;

        @Option(names = "--out", required = true, paramLabel = "FILE.html", descriptionKey = "supervision.out")
        Path out;

        @Option(names = "--force", descriptionKey = "export.force")
        boolean force;

        Summary(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            LoadedStudy loaded = new StudySources(context.files()).read(study);
            try {
                SupervisionLog log = SupervisionSummaryExport.write(loaded, trainee, out, force);
                context.out().println(Texts.get("supervision.summary.done", out.toAbsolutePath().normalize(), log.meetings().size(), log.points().size()));
                context.out().flush();
                return 0;
            } catch (SupervisionSetup.UnknownTrainee e) {
                return unknown(context, e);
            } catch (ExportException e) {
                context.err().println(Texts.get("error.prefix", switch (e.reason()) {
                    case EXISTS -> Texts.get("export.exists", e.path());
                    case STUDY_FILE -> Texts.get("export.studyFile", e.path());
                    default -> FriendlyErrors.describe(e);
                }));
                context.err().flush();
                return 1;
            }
        }
    }
}
