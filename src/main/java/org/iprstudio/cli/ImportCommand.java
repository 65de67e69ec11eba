package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iprstudio.app.setup.StudyCreation;
import org.iprstudio.domain.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Turns a study.json into a new study file, its video paths rebased onto the new file's folder. */
@Command(name = "import", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "STUDY_JSON", descriptionKey = "import.json")
    Path json;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "import.out")
    Path out;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        StudyCreation.Created created = new StudyCreation(context.files()).importJson(json, out);
        Study study = created.study();
        context.out().println(Texts.get("import.done", created.file(), study.header().title(), study.dyads().size(), study.sessions().size(),
                study.passes().size(), study.momentCount()));
        context.out().println(Texts.get("import.next", created.file()));
        context.out().flush();
        return 0;
    }
}
