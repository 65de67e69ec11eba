package org.iprstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iprstudio.analysis.agreement.AgreementReport;
import org.iprstudio.analysis.agreement.AlphaBootstrap;
import org.iprstudio.analysis.agreement.Estimate;
import org.iprstudio.analysis.agreement.MeasurementLevel;
import org.iprstudio.analysis.agreement.RatingsTable;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Agreement statistics: of the perspectives' marks in a study, or of a plain table of codings
 * (so anyone can check the numbers against another program).
 */
@Command(name = "agreement", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class AgreementCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STUDY", descriptionKey = "agreement.study")
    Path study;

    @Option(names = "--round", paramLabel = "NAME", descriptionKey = "agreement.round")
    String round;

    @Option(names = "--ratings", paramLabel = "FILE.csv", descriptionKey = "agreement.ratings")
    Path ratings;

    @Option(names = "--level", paramLabel = "LEVEL", descriptionKey = "agreement.level")
    String level;

    AgreementCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if ((study == null) == (ratings == null)) {
            throw new DomainException(Texts.get("agreement.chooseInput"));
        }
        if (ratings != null) {
            if (round != null) {
                throw new DomainException(Texts.get("agreement.roundWithRatings"));
            }
            printRatings(AgreementReport.of(RatingsTable.parse(read(ratings), ratings.getFileName().toString()), level()));
            return 0;
        }
        if (level != null) {
            throw new DomainException(Texts.get("agreement.levelWithoutRatings"));
        }
        Study loaded = new StudySources(context.files()).read(study).study();
        if (round != null) {
            printRound(loaded);
            return 0;
        }
        new PerspectiveAgreementPrinter(context.out()).print(loaded);
        return 0;
    }

    private MeasurementLevel level() {
        if (level == null) {
            return MeasurementLevel.NOMINAL;
        }
        for (MeasurementLevel l : MeasurementLevel.values()) {
            if (l.word().equals(level.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new DomainException(Texts.get("agreement.badLevel", level));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DomainException(Texts.get("agreement.noFile", file.toAbsolutePath()));
        } catch (CharacterCodingException e) {
            throw new DomainException(Texts.get("agreement.notText", file.toAbsolutePath()));
        } catch (IOException e) {
            throw new DomainException(Texts.get("agreement.unreadable", file.toAbsolutePath(), FriendlyErrors.describe(e)));
        }
    }

    /** A closed round's statistics: per code, over all codes, and per exclusive group, each in the --ratings form. */
    private void printRound(Study loaded) {
        org.iprstudio.domain.CodingRound chosen = loaded.team().roundNamed(round).orElseThrow(() -> new DomainException(
                Texts.get("agreement.noRound", round, study, loaded.team().rounds().isEmpty() ? Texts.get("agreement.noRoundsAtAll")
                        : String.join(", ", loaded.team().rounds().stream().map(org.iprstudio.domain.CodingRound::name).toList()))));
        org.iprstudio.app.team.RoundStatistics stats = org.iprstudio.app.team.RoundStatistics.of(loaded, chosen);
        PrintWriter out = context.out();
        out.println(Texts.get("agreement.round.title", chosen.name(), String.join(", ", chosen.coders()), chosen.sessionIds().size()));
        stats.perCode().forEach((code, report) -> {
            out.println();
            out.println(Texts.get("agreement.round.code", code));
            printRatings(report);
        });
        out.println();
        out.println(Texts.get("agreement.round.allCodes"));
        printRatings(stats.allCodes());
        stats.groups().forEach((group, report) -> {
            out.println();
            out.println(Texts.get("agreement.round.group", group));
            printRatings(report);
        });
        stats.groupProblems().forEach((group, problem) -> {
            out.println();
            out.println(Texts.get("agreement.round.groupProblem", group, problem));
        });
        out.flush();
    }

    private void printRatings(AgreementReport report) {
        PrintWriter out = context.out();
        out.println(Texts.get("agreement.alpha", report.level().word(), number(report.alpha())));
        out.println(Texts.get("agreement.fleiss", number(report.fleiss())));
        if (report.cohen() != null) {
            out.println(Texts.get("agreement.cohen", number(report.cohen())));
        }
        out.println(Texts.get("agreement.percent", number(report.percent())));
        out.println(Texts.get("agreement.units", String.valueOf(report.units()), String.valueOf(report.pairableUnits())));
        out.println(Texts.get("agreement.coders", String.valueOf(report.coders())));
        AlphaBootstrap.Interval ci = report.alphaInterval();
        if (ci.isDefined()) {
            out.println(Texts.get("agreement.interval", percent(ci.confidence()), fixed(ci.lower()), fixed(ci.upper()),
                    String.valueOf(ci.usable()), String.valueOf(ci.resamples()), String.valueOf(AlphaBootstrap.DEFAULT_SEED)));
        } else {
            out.println(Texts.get("agreement.intervalUndefined", percent(ci.confidence()), ci.undefinedMessage()));
        }
        out.flush();
    }

    /** Three decimals with a dot, whatever the computer's language: the form other programs print. */
    static String number(Estimate e) {
        return e.isDefined() ? fixed(e.value()) : Texts.get("agreement.undefined", e.undefinedMessage());
    }

    static String fixed(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.equals("-0.000") ? "0.000" : text;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
