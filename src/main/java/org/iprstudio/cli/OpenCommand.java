package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Opens a study file in the window. */
@Command(name = "open", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class OpenCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "open.file")
    Path file;

    @Option(names = "--session", paramLabel = "DYAD/NUMBER", descriptionKey = "option.session")
    String session;

    OpenCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return context.gui().open(file, session);
    }
}
