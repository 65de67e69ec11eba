package org.iprstudio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: without a subcommand it opens the window. */
@Command(name = "ipr-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.iprstudio.cli.messages",
        subcommands = {DemoCommand.class, OpenCommand.class, NewCommand.class, ImportCommand.class, InfoCommand.class, MediaCheckCommand.class,
                PairsCommand.class, RecallKitCommand.class, AgreementCommand.class, ExportCommand.class, ReportCommand.class, TranscriptCommand.class,
                SupervisionCommand.class, CoderKitCommand.class})
public final class IprStudioCommand implements Callable<Integer> {
    private final CliContext context;

    public IprStudioCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    @Override
    public Integer call() {
        return context.gui().open(null, null);
    }

    private static void describe(CommandLine line, String prefix) {
        for (var sub : line.getSubcommands().entrySet()) {
            sub.getValue().getCommandSpec().usageMessage().description(Texts.get(prefix + sub.getKey() + ".description"));
            describe(sub.getValue(), prefix + sub.getKey() + ".");
        }
    }

    /** Builds the command line with our factory, so each command gets the context. */
    public static CommandLine commandLine(CliContext context) {
        IprStudioCommand top = new IprStudioCommand(context);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getDeclaredConstructor(CliContext.class).newInstance(context);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
        CommandLine line = new CommandLine(top, factory);
        // picocli's shared-bundle lookup did not find per-subcommand descriptions; set them from the bundle here
        describe(line, "command.");
        line.setOut(context.out());
        line.setErr(context.err());
        line.setExecutionExceptionHandler(new FriendlyErrors(context));
        line.setParameterExceptionHandler(new ParseErrors());
        return line;
    }
}
