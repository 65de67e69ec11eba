package org.iprstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.app.LoadedStudy;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints a session's pairs and one-sided moments with times, time differences and classes. */
@Command(name = "pairs", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class PairsCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "info.file")
    Path file;

    @Option(names = "--session", required = true, paramLabel = "DYAD/NUMBER", descriptionKey = "option.session")
    String session;

    PairsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LoadedStudy loaded = new StudySources(context.files()).read(file);
        Study study = loaded.study();
        Session s = study.sessionByLabel(session).orElseThrow(() -> new DomainException(Texts.get("recallKit.noSession", session)));
        SessionPairing pairing = SessionPairing.of(study, s);
        PrintWriter out = context.out();
        var window = study.header().protocol().pairingWindow();
        out.println(Texts.get("pairs.title", study.dyad(s.dyadId()).code(), s.number(), window.before().seconds(), window.after().seconds()));
        for (SessionPairing.Gap gap : pairing.missing()) {
            out.println(gap.reason().isEmpty() ? Texts.get("pairs.noRecall", name(gap.perspective()))
                    : Texts.get("pairs.missing", name(gap.perspective()), gap.participantCode(), gap.reason()));
        }
        out.println();
        out.println(Texts.get("pairs.kept", pairing.kept().size()));
        pairing.kept().forEach(line -> out.println(pairLine(line)));
        out.println();
        out.println(Texts.get("pairs.suggested", pairing.suggested().size()));
        pairing.suggested().forEach(line -> out.println(pairLine(line)));
        out.println();
        printOneSided(out, "pairs.clientOnly", pairing.clientOnly());
        printOneSided(out, "pairs.therapistOnly", pairing.therapistOnly());
        out.flush();
        return 0;
    }

    private static String pairLine(SessionPairing.Line line) {
        MomentPair stored = line.stored();
        String how = stored == null ? Texts.get("pairs.howSuggested")
                : stored.method() == PairMethod.MANUAL ? Texts.get("pairs.howManual", stored.reason())
                : Texts.get("pairs.howAutomatic", name(stored.decision()));
        return Texts.get("pairs.line", clock(line.client()), clock(line.therapist()), String.format(Locale.ROOT, "%+.1f", line.deltaMillis() / 1000.0),
                String.format("%-18s", name(line.pairClass())), how);
    }

    private static void printOneSided(PrintWriter out, String key, List<Moment> moments) {
        out.println(Texts.get(key, moments.size()));
        for (Moment m : moments) {
            out.println(Texts.get("pairs.oneSided", clock(m), m.helpfulness() == null ? "-" : m.helpfulness().display(), m.comment()));
        }
    }

    private static String clock(Moment m) {
        return String.format("%8s", m.anchor().toShortClock());
    }

    private static String name(Enum<?> value) {
        return Texts.name(value);
    }
}
