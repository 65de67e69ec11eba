package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Opens a study file in the window. */
@Command(name = "open", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class OpenCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "open.file")
    Path file;

    OpenCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return context.gui().open(file);
    }
}
