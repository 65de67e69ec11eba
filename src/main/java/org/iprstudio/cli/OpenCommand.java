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
        // the two dead ends a new user meets first: each names the command that gets them out
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            context.err().println(Texts.get("error.prefix", Texts.get("open.isJson", file)));
            context.err().flush();
            return FriendlyErrors.USER_DATA_PROBLEM;
        }
        if (!java.nio.file.Files.exists(file)) {
            context.err().println(Texts.get("error.prefix", Texts.get("open.noFile", file)));
            context.err().flush();
            return FriendlyErrors.USER_DATA_PROBLEM;
        }
        return context.gui().open(file, session);
    }
}
