package org.iprstudio.exchange.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.iprstudio.analysis.agreement.AgreementReport;
import org.iprstudio.analysis.agreement.AlphaBootstrap;
import org.iprstudio.analysis.agreement.Estimate;
import org.iprstudio.analysis.agreement.RoundAgreement;

/**
 * round_agreement.csv: the inter-coder agreement of every closed coding round, one block of rows
 * per round (one row per code, one for all codes pooled, one per exclusive group). A statistic
 * that is undefined is left empty and the note says why in words; nothing is ever NaN. The note is English in every
 * language, as every cell of the tables is (the README says so): the files are data, read by scripts that must not
 * depend on the exporting program's language.
 */
final class RoundTable {
    static final String FILE = "round_agreement.csv";

    private RoundTable() {
    }

    /** One row: a round and one of its variables, or (line null) a round that could not be compared at all. */
    record Row(RoundAgreement round, RoundAgreement.Line line) {
        AgreementReport report() {
            return line == null ? null : line.report();
        }
    }

    static Table<Row> of(List<RoundAgreement> rounds, Numbers numbers) {
        List<Column<Row>> columns = List.of(
                new Column<>("round", "text", r -> r.round.round()),
                new Column<>("closed_utc", "utcTime", r -> r.round.closedAt() == null ? ""
                        : r.round.closedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()),
                new Column<>("sessions", "textList",
                        r -> String.join(MomentTable.MULTI, r.round.sessions())),
                new Column<>("coders", "textList", r -> String.join(MomentTable.MULTI, r.round.coders())),
                new Column<>("n_coders", "integer", r -> Integer.toString(r.round.coders().size())),
                new Column<>("scope", "category", r -> r.line == null ? "" : r.line.scope().words()),
                new Column<>("variable", "text", r -> r.line == null ? "" : r.line.name()),
                new Column<>("n_units", "integer",
                        count(AgreementReport::units)),
                new Column<>("n_pairable_units", "integer",
                        count(AgreementReport::pairableUnits)),
                new Column<>("percent_agreement", "decimal", estimate(AgreementReport::percent, numbers)),
                new Column<>("cohen_kappa", "decimal", estimate(AgreementReport::cohen, numbers)),
                new Column<>("fleiss_kappa", "decimal",
                        estimate(AgreementReport::fleiss, numbers)),
                new Column<>("krippendorff_alpha", "decimal", estimate(AgreementReport::alpha, numbers)),
                new Column<Row>("alpha_ci_lower", "decimal", interval(i -> i.lower(), numbers),
                        List.<Object>of(Integer.toString(AlphaBootstrap.DEFAULT_RESAMPLES), Long.toString(AlphaBootstrap.DEFAULT_SEED))),
                new Column<>("alpha_ci_upper", "decimal",
                        interval(i -> i.upper(), numbers)),
                new Column<>("alpha_ci_resamples", "integer",
                        r -> r.report() == null ? "" : Integer.toString(r.report().alphaInterval().usable())),
                new Column<>("alpha_ci_resamples_drawn", "integer", r -> r.report() == null ? ""
                        : Integer.toString(r.report().alphaInterval().resamples())),
                new Column<>("note", "text", RoundTable::note));
        return new Table<>(FILE, columns, sink -> {
                    for (RoundAgreement round : rounds) {
                        if (round.lines().isEmpty()) {
                            sink.accept(new Row(round, null));
                        }
                        round.lines().forEach(line -> sink.accept(new Row(round, line)));
                    }
                });
    }

    private static Function<Row, String> count(Function<AgreementReport, Integer> value) {
        return r -> r.report() == null ? "" : Integer.toString(value.apply(r.report()));
    }

    private static Function<Row, String> estimate(Function<AgreementReport, Estimate> value, Numbers numbers) {
        return r -> {
            Estimate e = r.report() == null ? null : value.apply(r.report());
            return e == null || !e.isDefined() ? "" : AgreementTables.decimal(numbers, e.value());
        };
    }

    private static Function<Row, String> interval(Function<AlphaBootstrap.Interval, Double> value, Numbers numbers) {
        return r -> r.report() == null || !r.report().alphaInterval().isDefined() ? "" : AgreementTables.decimal(numbers, value.apply(r.report().alphaInterval()));
    }

    private static String note(Row r) {
        if (r.line == null) {
            return r.round.notComparedBecause() == null ? "" : "not compared: " + r.round.notComparedBecause().english();
        }
        if (r.report() == null) {
            return "not compared: " + r.line.problem().english();
        }
        AgreementReport a = r.report();
        List<String> words = new ArrayList<>();
        undefined(words, "percent agreement", a.percent());
        if (a.cohen() == null) {
            words.add("Cohen's kappa is for two coders only");
        } else {
            undefined(words, "Cohen's kappa", a.cohen());
        }
        undefined(words, "Fleiss' kappa", a.fleiss());
        undefined(words, "alpha", a.alpha());
        if (a.alpha().isDefined() && !a.alphaInterval().isDefined()) {
            words.add("alpha interval undefined: " + a.alphaInterval().undefinedBecause());
        }
        return String.join("; ", words);
    }

    private static void undefined(List<String> words, String name, Estimate e) {
        if (!e.isDefined()) {
            words.add(name + " undefined: " + e.undefinedBecause());
        }
    }
}
