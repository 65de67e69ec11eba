package org.iprstudio.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iprstudio.app.setup.StandardProtocol;
import org.iprstudio.app.setup.StudyCreation;
import org.iprstudio.domain.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Creates an empty study file with the standard protocol (or the given session numbers); never over an existing file. */
@Command(name = "new", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "new.file")
    Path file;

    @Option(names = "--title", required = true, paramLabel = "TITLE", descriptionKey = "new.title")
    String title;

    @Option(names = "--approval", paramLabel = "NUMBER", descriptionKey = "new.approval")
    String approval;

    @Option(names = "--sessions", split = ",", paramLabel = "N", descriptionKey = "new.sessions")
    List<Integer> sessions;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", descriptionKey = "new.start")
    LocalDate start;

    @Option(names = "--end", paramLabel = "YYYY-MM-DD", descriptionKey = "new.end")
    LocalDate end;

    @Option(names = "--language", paramLabel = "en|nb", descriptionKey = "new.language")
    String language;

    NewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Protocol standard = StandardProtocol.in(protocolLanguage());
        Protocol protocol = sessions == null ? standard : new Protocol(sessions, standard.prompts(), standard.helpfulness(),
                standard.intensity(), standard.pairingWindow(), standard.quickTags());
        StudyCreation.Created created = new StudyCreation(context.files()).createEmpty(file,
                StudyCreation.header(title, approval, start, end, protocol));
        context.out().println(Texts.get("new.created", created.file(), created.study().header().title()));
        context.out().println(Texts.get("new.next", created.file()));
        context.out().flush();
        return 0;
    }

    /** The language of the protocol's prompts and scale labels: --language, or the language the command line speaks. */
    private Locale protocolLanguage() {
        if (language == null) {
            return Locale.getDefault();
        }
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "nb", "no" -> Locale.forLanguageTag("nb-NO");
            default -> throw new org.iprstudio.domain.DomainException(Texts.get("new.badLanguage", language));
        };
    }
}
