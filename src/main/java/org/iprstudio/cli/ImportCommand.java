package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iprstudio.app.setup.StudyCreation;
import org.iprstudio.domain.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Turns a study.json into a new study file, its video paths rebased onto the new file's folder;
 * with --into, adds an ELAN file's tiers or a REFI-QDA codebook to an existing study instead ({@link ImportInto}).
 */
@Command(name = "import", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "STUDY_JSON", descriptionKey = "import.json")
    Path json;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "import.out")
    Path out;

    @picocli.CommandLine.Mixin
    WhoOption who = new WhoOption();

    @Option(names = "--into", paramLabel = "STUDY", descriptionKey = "importInto.into")
    Path into;

    @Option(names = "--session", paramLabel = "DYAD/NUMBER", descriptionKey = "importInto.session")
    String session;

    @Option(names = "--tier", paramLabel = "TIER=PARTICIPANT", descriptionKey = "importInto.tier")
    java.util.List<String> tiers = new java.util.ArrayList<>();

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (into != null || out == null) {
            return new ImportInto(context, who).run(json, into, out, session, tiers);
        }
        StudyCreation.Created created = new StudyCreation(context.files()).importJson(json, out);
        Study study = created.study();
        context.out().println(Texts.get("import.done", created.file(), study.header().title(), study.dyads().size(), study.sessions().size(),
                study.passes().size(), study.momentCount()));
        context.out().println(Texts.get("import.next", created.file()));
        context.out().flush();
        return 0;
    }
}
