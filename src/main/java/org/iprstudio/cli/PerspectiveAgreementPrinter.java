package org.iprstudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iprstudio.analysis.agreement.Estimate;
import org.iprstudio.analysis.agreement.MarkAgreement;
import org.iprstudio.analysis.agreement.PerspectiveAgreement;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.Study;

/** Prints how often the perspectives stopped at the same exchange: per session, per dyad, for the study, and by window. */
final class PerspectiveAgreementPrinter {
    private static final int BAR_WIDTH = 40;
    private final PrintWriter out;

    PerspectiveAgreementPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(Study study) {
        PerspectiveAgreement result = PerspectiveAgreement.of(study);
        PairingWindow w = result.window();
        out.println(Texts.get("agreement.marks.title", study.header().title()));
        out.println(Texts.get("agreement.marks.method", length(w.before().millis()), length(w.after().millis())));
        out.println();
        out.println(Texts.get("agreement.marks.perSession"));
        for (PerspectiveAgreement.SessionLine line : result.sessions()) {
            String label = line.dyadCode() + "/" + line.session().number();
            if (line.agreement() == null) {
                List<String> gaps = new ArrayList<>();
                for (PerspectiveAgreement.Gap gap : line.gaps()) {
                    gaps.add(gap(gap));
                }
                out.println(Texts.get("agreement.marks.notCompared", label, String.join("; ", gaps)));
            } else {
                out.println(Texts.get("agreement.marks.session", label, counts(line.agreement())));
                offsets(line.agreement(), "agreement.marks.sessionOffsets");
            }
        }
        out.println();
        out.println(Texts.get("agreement.marks.perDyad"));
        for (PerspectiveAgreement.DyadLine dyad : result.dyads()) {
            out.println(dyad.sessions() == 0 ? Texts.get("agreement.marks.dyadNone", dyad.dyadCode())
                    : Texts.get("agreement.marks.dyad", dyad.dyadCode(), dyad.sessions(), counts(dyad.agreement())));
        }
        out.println();
        long compared = result.sessions().stream().filter(s -> s.agreement() != null).count();
        out.println(Texts.get("agreement.marks.study", compared, counts(result.study())));
        offsets(result.study(), "agreement.marks.studyOffsets");
        out.println();
        out.println(Texts.get("agreement.marks.curve"));
        for (MarkAgreement.CurvePoint point : result.curve()) {
            Estimate p = point.agreement().proportion();
            String bar = p.isDefined() ? "#".repeat((int) Math.round(p.value() * BAR_WIDTH)) : "";
            out.println(Texts.get("agreement.marks.curvePoint", String.format(Locale.ROOT, "%2d", point.window().millis() / 1000),
                    AgreementCommand.number(p), String.valueOf(point.agreement().matches()), bar).stripTrailing());
        }
        out.println();
        if (result.sameRole().isEmpty()) {
            out.println(Texts.get("agreement.marks.sameRoleNone"));
        } else {
            PairingWindow s = result.sameRoleWindow();
            out.println(Texts.get("agreement.marks.sameRole", length(s.after().millis())));
            for (PerspectiveAgreement.SameRoleLine line : result.sameRole()) {
                out.println(Texts.get("agreement.marks.sameRoleLine", line.dyadCode() + "/" + line.session().number(), role(line.perspective()),
                        line.firstCode(), line.secondCode(), String.valueOf(line.agreement().firstMarks()), String.valueOf(line.agreement().secondMarks()),
                        String.valueOf(line.agreement().matches()), AgreementCommand.number(line.agreement().proportion())));
                offsets(line.agreement(), "agreement.marks.sessionOffsets");
            }
        }
        out.flush();
    }

    private static String counts(MarkAgreement a) {
        return Texts.get("agreement.marks.counts", String.valueOf(a.firstMarks()), String.valueOf(a.secondMarks()), String.valueOf(a.matches()),
                AgreementCommand.number(a.proportion()));
    }

    private void offsets(MarkAgreement a, String key) {
        a.offsets().ifPresent(o -> out.println(Texts.get(key, seconds(o.min()), seconds(o.lowerQuartile()), seconds(o.median()),
                seconds(o.upperQuartile()), seconds(o.max()))));
    }

    private static String gap(PerspectiveAgreement.Gap gap) {
        String who = role(gap.perspective());
        switch (gap.absence()) {
            case NO_RECALL:
                return Texts.get("agreement.marks.gapNoRecall", who);
            case PLANNED:
                return Texts.get("agreement.marks.gapPlanned", who, gap.participantCode());
            default:
                return gap.reason().isEmpty() ? Texts.get("agreement.marks.gapMissing", who, gap.participantCode())
                        : Texts.get("agreement.marks.gapMissingBecause", who, gap.participantCode(), gap.reason());
        }
    }

    private static String role(Enum<?> role) {
        return Texts.name(role);
    }

    /** A signed offset in seconds, one decimal; zero without a sign. */
    private static String seconds(double millis) {
        return Math.round(millis / 100) == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", millis / 1000);
    }

    /** A window's length in seconds, as short as it can be written. */
    private static String length(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.3f", millis / 1000.0).replaceAll("0+$", "");
    }
}
