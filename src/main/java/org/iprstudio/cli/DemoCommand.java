package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iprstudio.app.DemoStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the shipped demo study (its working copy in the user's data folder) in the window. */
@Command(name = "demo", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--fresh", descriptionKey = "demo.fresh")
    boolean fresh;

    @Option(names = "--no-window", descriptionKey = "demo.noWindow")
    boolean noWindow;

    @Option(names = "--session", paramLabel = "DYAD/NUMBER", descriptionKey = "option.session")
    String session;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path file = new DemoStudy(context.files()).install(fresh);
        context.out().println(Texts.get("demo.opened", file));
        context.out().flush();
        return noWindow ? 0 : context.gui().open(file, session);
    }
}
