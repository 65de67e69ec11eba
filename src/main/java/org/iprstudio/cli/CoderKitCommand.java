package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.team.CoderKits;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** coder-kit export / import: one coder's part of an open coding round, coded on another computer (docs/coder-kits.md). */
@Command(name = "coder-kit", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true,
        subcommands = {CoderKitCommand.Export.class, CoderKitCommand.Import.class})
final class CoderKitCommand implements Callable<Integer> {
    private final CliContext context;

    CoderKitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(Texts.get("coderKit.chooseSubcommand"));
        return 2;
    }

    @Command(name = "export", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "STUDY", descriptionKey = "recallKit.file")
        Path file;

        @Option(names = "--round", required = true, paramLabel = "NAME", descriptionKey = "coderKit.round")
        String round;

        @Option(names = "--coder", required = true, paramLabel = "INITIALS", descriptionKey = "coderKit.coder")
        String coder;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "coderKit.out")
        Path out;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path written;
            try (StudyService service = new StudyService(context.files().open(file))) {
                CodingRound chosen = service.study().team().roundNamed(round)
                        .orElseThrow(() -> new DomainException(Texts.get("coderKit.noRound", round)));
                written = new CoderKits(service).export(chosen, coder, out, context.files());
                HistoryNote.record(context, service, "coder-kit", "round " + chosen.name() + ", coder " + coder.strip().toUpperCase(java.util.Locale.ROOT), written);
            }
            context.out().println(Texts.get("coderKit.exported", written, round, coder));
            context.out().flush();
            return 0;
        }
    }

    @Command(name = "import", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "STUDY", descriptionKey = "recallKit.file")
        Path file;

        @Parameters(index = "1", paramLabel = "KIT", descriptionKey = "coderKit.kit")
        Path kit;

        @Mixin
        WhoOption who = new WhoOption();

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CoderKits.ImportResult result;
            try (StudyService service = who.open(context, file)) {
                result = new CoderKits(service).importKit(kit, context.files());
            }
            context.out().println(Texts.get("coderKit.imported", result.coder(), result.round(), result.added(), result.alreadyHere(),
                    result.notInKit(), result.unknownHere(), result.historyLines()));
            if (result.removed() > 0) {
                context.out().println(Texts.get("coderKit.removed", result.removed(), result.coder()));
            }
            context.out().flush();
            return 0;
        }
    }
}
