package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iprstudio.app.OtherKitStudyException;
import org.iprstudio.app.RecallKits;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** recall-kit export / import / open: a recall pass done on another computer. */
@Command(name = "recall-kit", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true,
        subcommands = {RecallKitCommand.Export.class, RecallKitCommand.Import.class, RecallKitCommand.Open.class})
final class RecallKitCommand implements Callable<Integer> {
    private final CliContext context;

    RecallKitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(Texts.get("recallKit.chooseSubcommand"));
        return 2;
    }

    @Command(name = "export", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "recallKit.file")
        Path file;

        @Option(names = "--session", required = true, paramLabel = "DYAD/NUMBER", descriptionKey = "option.session")
        String session;

        @Option(names = "--perspective", required = true, paramLabel = "PERSPECTIVE", descriptionKey = "recallKit.perspective")
        String perspective;

        @Option(names = "--out", required = true, paramLabel = "KIT", descriptionKey = "recallKit.out")
        Path out;

        @Option(names = "--force", descriptionKey = "recallKit.force")
        boolean force;

        @picocli.CommandLine.Mixin
        WhoOption who = new WhoOption();

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Role role = parseRole(perspective);
            Path written;
            try (StudyService service = who.open(context, file)) {
                Session s = service.study().sessionByLabel(session)
                        .orElseThrow(() -> new DomainException(Texts.get("recallKit.noSession", session)));
                written = new RecallKits(service).export(s, role, out, force, context.files());
                // a participant's recall leaves the study file: the history says when, which and where to
                HistoryNote.record(context, service, "recall-kit", "session " + service.study().dyad(s.dyadId()).code() + "/" + s.number() + ", " + role.name().toLowerCase(java.util.Locale.ROOT)
                        + (force ? ", replacing" : ""), written);
            }
            context.out().println(Texts.get("recallKit.exported", written, session, perspective));
            context.out().flush();
            return 0;
        }
    }

    @Command(name = "import", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "recallKit.file")
        Path file;

        @Parameters(index = "1", paramLabel = "KIT", descriptionKey = "recallKit.kit")
        Path kit;

        @picocli.CommandLine.Mixin
        WhoOption who = new WhoOption();

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            RecallKits.ImportResult result;
            try (StudyService service = who.open(context, file)) {
                result = new RecallKits(service).importKit(kit);
            }
            context.out().println(Texts.get("recallKit.imported", result.passAdded() ? 1 : 0, result.momentsAdded(), result.momentsUnchanged(),
                    result.momentsKeptHere()));
            context.out().println(Texts.get("recallKit.taken", result.momentsTaken(), result.conflicts().size()));
            for (Moment conflict : result.conflicts()) {
                context.out().println(Texts.get("recallKit.conflict", conflict.anchor().toShortClock(), conflict.id(),
                        conflict.comment().length() <= 60 ? conflict.comment() : conflict.comment().substring(0, 57) + "..."));
            }
            context.out().flush();
            return 0;
        }
    }

    @Command(name = "open", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Open implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "KIT", descriptionKey = "recallKit.kit")
        Path kit;

        @Option(names = "--no-window", descriptionKey = "demo.noWindow")
        boolean noWindow;

        @Option(names = "--replace", descriptionKey = "recallKit.replace")
        boolean replace;

        Open(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path study;
            try {
                study = RecallKits.openKit(kit, context.files(), replace);
            } catch (OtherKitStudyException e) {
                context.err().println(Texts.get("recallKit.otherKit", e.study(), e.kit()));
                context.err().flush();
                return FriendlyErrors.USER_DATA_PROBLEM;
            }
            context.out().println(Texts.get("recallKit.opened", study));
            context.out().flush();
            return noWindow ? 0 : context.gui().open(study, null);
        }
    }

    static Role parseRole(String text) {
        try {
            Role role = Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
            if (role.canRecall()) {
                return role;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new DomainException(Texts.get("recallKit.badPerspective", text));
    }
}
