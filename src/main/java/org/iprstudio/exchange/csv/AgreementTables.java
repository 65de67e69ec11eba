package org.iprstudio.exchange.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.iprstudio.analysis.agreement.AgreementCurves;
import org.iprstudio.analysis.agreement.MarkAgreement;
import org.iprstudio.analysis.agreement.PerspectiveAgreement;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.Study;

/**
 * agreement.csv and agreement_curve.csv: how often the perspectives stopped at the same exchange
 * ({@link PerspectiveAgreement}), one row per session, dyad and the study, plus one per pair of
 * observers (two recalls of one perspective of a session); and the agreement-by-window curve
 * for the same lines. A figure that is undefined is left empty and the note says why in words.
 */
final class AgreementTables {
    static final String LEVELS = "session, dyad, study, observers";

    private AgreementTables() {
    }

    /** One line of agreement.csv; {@code agreement} null when the line could not be compared. */
    record Line(String level, String dyad, String session, String first, String second, MarkAgreement agreement, PairingWindow window, String note) {
    }

    /** One point of one line's curve. */
    record CurveLine(String level, String dyad, String session, MarkAgreement.CurvePoint point) {
    }

    static Table<Line> agreement(Study study, Numbers numbers) {
        List<Column<Line>> columns = new ArrayList<>(List.of(
                new Column<>("level", "category", Line::level),
                new Column<>("dyad", "text", Line::dyad),
                new Column<>("session", "integer", Line::session),
                new Column<>("first", "text",
                        Line::first),
                new Column<>("second", "text", Line::second),
                new Column<>("first_marks", "integer", counted(a -> a.firstMarks())),
                new Column<>("second_marks", "integer", counted(a -> a.secondMarks())),
                new Column<>("matches", "integer", counted(a -> a.matches())),
                new Column<>("first_only", "integer", counted(a -> a.firstOnly())),
                new Column<>("second_only", "integer", counted(a -> a.secondOnly())),
                new Column<>("agreement", "decimal", l -> l.agreement == null || !l.agreement.proportion().isDefined() ? ""
                        : decimal(numbers, l.agreement.proportion().value())),
                new Column<>("offsets_n", "integer", counted(a -> a.offsetsMillis().size()))));
        columns.add(offset("offset_median_ms", numbers, MarkAgreement.Offsets::median));
        columns.add(offset("offset_q1_ms", numbers, MarkAgreement.Offsets::lowerQuartile));
        columns.add(offset("offset_q3_ms", numbers, MarkAgreement.Offsets::upperQuartile));
        columns.add(offset("offset_min_ms", numbers, o -> (double) o.min()));
        columns.add(offset("offset_max_ms", numbers, o -> (double) o.max()));
        columns.add(new Column<>("marked_first", "text",
                l -> l.agreement == null ? "" : l.agreement.offsets().map(o -> Math.abs(o.median()) < 100 ? "same time" : o.median() > 0 ? l.first : l.second)
                        .orElse("")));
        columns.add(new Column<>("window_before_ms", "integer", l -> Long.toString(l.window.before().millis())));
        columns.add(new Column<>("window_after_ms", "integer", l -> Long.toString(l.window.after().millis())));
        columns.add(new Column<>("note", "text",
                Line::note));
        return new Table<>("agreement.csv", columns, sink -> lines(study).forEach(sink));
    }

    static Table<CurveLine> curve(Study study, Numbers numbers) {
        List<Column<CurveLine>> columns = List.of(
                new Column<>("level", "category", CurveLine::level),
                new Column<>("dyad", "text", CurveLine::dyad),
                new Column<>("session", "integer", CurveLine::session),
                new Column<>("window_ms", "integer",
                        c -> Long.toString(c.point.window().millis())),
                new Column<>("client_marks", "integer", c -> Integer.toString(c.point.agreement().firstMarks())),
                new Column<>("therapist_marks", "integer", c -> Integer.toString(c.point.agreement().secondMarks())),
                new Column<>("matches", "integer", c -> Integer.toString(c.point.agreement().matches())),
                new Column<>("agreement", "decimal",
                        c -> c.point.agreement().proportion().isDefined() ? decimal(numbers, c.point.agreement().proportion().value()) : ""));
        return new Table<>("agreement_curve.csv", columns, sink -> {
                    AgreementCurves curves = AgreementCurves.of(study);
                    for (org.iprstudio.domain.Dyad dyad : study.dyads()) {
                        boolean compared = false;
                        for (org.iprstudio.domain.Session s : study.sessions()) {
                            var points = s.dyadId().equals(dyad.id()) ? curves.session(s.id()) : java.util.Optional.<List<MarkAgreement.CurvePoint>>empty();
                            if (points.isPresent()) {
                                compared = true;
                                points.get().forEach(p -> sink.accept(new CurveLine("session", dyad.code(), Integer.toString(s.number()), p)));
                            }
                        }
                        if (compared) {
                            curves.dyads().getOrDefault(dyad.code(), List.of()).forEach(p -> sink.accept(new CurveLine("dyad", dyad.code(), "", p)));
                        }
                    }
                    if (!curves.sessions().isEmpty()) {
                        curves.study().forEach(p -> sink.accept(new CurveLine("study", "", "", p)));
                    }
                });
    }

    private static List<Line> lines(Study study) {
        PerspectiveAgreement result = PerspectiveAgreement.of(study);
        PairingWindow window = result.window();
        List<Line> lines = new ArrayList<>();
        for (PerspectiveAgreement.DyadLine dyad : result.dyads()) {
            for (PerspectiveAgreement.SessionLine s : result.sessions()) {
                if (!s.dyadCode().equals(dyad.dyadCode())) {
                    continue;
                }
                String number = Integer.toString(s.session().number());
                lines.add(s.agreement() == null
                        ? new Line("session", s.dyadCode(), number, "client", "therapist", null, window, "not compared: " + gaps(s.gaps()))
                        : new Line("session", s.dyadCode(), number, "client", "therapist", s.agreement(), window, note(s.agreement())));
            }
            lines.add(dyad.sessions() == 0
                    ? new Line("dyad", dyad.dyadCode(), "", "client", "therapist", null, window, "no session with both perspectives' recall done")
                    : new Line("dyad", dyad.dyadCode(), "", "client", "therapist", dyad.agreement(), window,
                    join(dyad.sessions() + (dyad.sessions() == 1 ? " session" : " sessions") + " pooled", note(dyad.agreement()))));
        }
        long compared = result.sessions().stream().filter(s -> s.agreement() != null).count();
        lines.add(compared == 0 ? new Line("study", "", "", "client", "therapist", null, window, "no session with both perspectives' recall done")
                : new Line("study", "", "", "client", "therapist", result.study(), window,
                join(compared + (compared == 1 ? " session" : " sessions") + " pooled", note(result.study()))));
        for (PerspectiveAgreement.SameRoleLine same : result.sameRole()) {
            lines.add(new Line("observers", same.dyadCode(), Integer.toString(same.session().number()), same.firstCode(), same.secondCode(),
                    same.agreement(), result.sameRoleWindow(), join("two " + same.perspective().name().toLowerCase(Locale.ROOT) + " recalls",
                    note(same.agreement()))));
        }
        return lines;
    }

    /** Words for what is undefined on a compared line; empty when every figure is there. */
    private static String note(MarkAgreement a) {
        if (!a.proportion().isDefined()) {
            return "agreement undefined: " + a.proportion().undefinedBecause();
        }
        return a.matches() == 0 ? "no marks matched, so there are no offsets" : "";
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + "; " + b;
    }

    private static String gaps(List<PerspectiveAgreement.Gap> gaps) {
        List<String> words = new ArrayList<>();
        for (PerspectiveAgreement.Gap gap : gaps) {
            String who = gap.perspective().name().toLowerCase(Locale.ROOT);
            words.add(switch (gap.absence()) {
                case NO_RECALL -> who + " recall not recorded";
                case PLANNED -> who + " recall (" + gap.participantCode() + ") still planned";
                case MISSING -> who + " recall (" + gap.participantCode() + ") missing" + (gap.reason().isEmpty() ? "" : ": " + gap.reason());
            });
        }
        return String.join("; ", words);
    }

    private static Function<Line, String> counted(Function<MarkAgreement, Integer> count) {
        return l -> l.agreement == null ? "" : Integer.toString(count.apply(l.agreement));
    }

    private static Column<Line> offset(String name, Numbers numbers, Function<MarkAgreement.Offsets, Double> value) {
        return new Column<>(name, "decimal",
                l -> l.agreement == null ? "" : l.agreement.offsets().map(o -> decimal(numbers, value.apply(o))).orElse(""));
    }

    /** At most six decimals, never in exponent form, with the chosen decimal separator. */
    static String decimal(Numbers numbers, double value) {
        String text = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return numbers.decimalSeparator() == '.' ? text : text.replace('.', numbers.decimalSeparator());
    }
}
