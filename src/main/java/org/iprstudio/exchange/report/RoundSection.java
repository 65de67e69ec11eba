package org.iprstudio.exchange.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.iprstudio.analysis.agreement.AgreementReport;
import org.iprstudio.analysis.agreement.AlphaBootstrap;
import org.iprstudio.analysis.agreement.Estimate;
import org.iprstudio.analysis.agreement.RoundAgreement;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Study;

/**
 * The report's "Coding rounds: inter-coder agreement": one part per closed round (its coders,
 * sessions, the closing time and a table per code, all codes pooled and each exclusive group:
 * units, percent agreement, Cohen's kappa, Fleiss' kappa, Krippendorff's alpha with its bootstrap
 * interval). An undefined figure is said in words. Open rounds are only named: their codings
 * stay blind until the lead closes them. A study without rounds gets no section.
 */
final class RoundSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RoundSection() {
    }

    static void write(Html h, Study study, List<RoundAgreement> rounds) {
        List<CodingRound> open = study.team().rounds().stream().filter(CodingRound::isOpen).toList();
        if (rounds.isEmpty() && open.isEmpty()) {
            return;
        }
        h.raw("<section class=\"rounds\"><h2>Coding rounds: inter-coder agreement</h2>");
        h.raw("<p>").text("In a coding round two or more researchers code the same sessions blind, each with the round's codebook; the"
                + " units are the sessions' moments and kept pairs, and a code a coder did not apply counts as absent. Per code (present or"
                + " absent), over all codes pooled (each unit-and-code decision a unit of its own) and per exclusive code group (one nominal"
                + " variable). Krippendorff's alpha is nominal, with a 95% bootstrap interval (units resampled " + AlphaBootstrap.DEFAULT_RESAMPLES
                + " times, seed " + AlphaBootstrap.DEFAULT_SEED + ", percentile); Cohen's kappa only with two coders.").raw("</p>");
        if (rounds.isEmpty()) {
            h.raw("<p>").text("No coding round has been closed yet.").raw("</p>");
        }
        for (RoundAgreement round : rounds) {
            h.raw("<h3>").text(round.round()).raw("</h3>");
            h.raw("<p class=\"small\">").text("Coders " + String.join(", ", round.coders()) + "; sessions " + String.join(", ", round.sessions())
                    + (round.closedAt() == null ? "" : "; closed " + DAY.format(round.closedAt())) + ".").raw("</p>");
            if (round.lines().isEmpty()) {
                h.raw("<p>").text("Not compared: " + round.notComparedBecause()).raw("</p>");
                continue;
            }
            h.raw("<table class=\"grid\"><thead><tr><th>Variable</th><th class=\"n\">Units</th><th class=\"n\">Percent agreement</th>"
                    + "<th class=\"n\">Cohen's kappa</th><th class=\"n\">Fleiss' kappa</th><th class=\"n\">Krippendorff's alpha</th>"
                    + "<th>95% interval of alpha</th></tr></thead><tbody>");
            for (RoundAgreement.Line line : round.lines()) {
                h.raw(line.scope() == RoundAgreement.Scope.ALL_CODES ? "<tr class=\"total\">" : "<tr>");
                String name = switch (line.scope()) {
                    case EXCLUSIVE_GROUP -> line.name() + " (exclusive group)";
                    case ALL_CODES -> "All codes";
                    case CODE -> line.name();
                };
                h.element("td", name);
                AgreementReport a = line.report();
                if (a == null) {
                    h.raw("<td colspan=\"6\">").text("not compared: " + line.problem()).raw("</td></tr>");
                    continue;
                }
                h.element("td class=\"n\"", a.units() + (a.pairableUnits() == a.units() ? "" : " (" + a.pairableUnits() + " with two or more coders)"));
                h.element("td class=\"n\"", figure(a.percent()));
                h.element("td class=\"n\"", a.cohen() == null ? "two coders only" : figure(a.cohen()));
                h.element("td class=\"n\"", figure(a.fleiss()));
                h.element("td class=\"n\"", figure(a.alpha()));
                AlphaBootstrap.Interval ci = a.alphaInterval();
                h.element("td", ci.isDefined() ? String.format(Locale.ROOT, "%.3f to %.3f (%d of %d resamples)", ci.lower(), ci.upper(), ci.usable(),
                        ci.resamples()) : "undefined: " + ci.undefinedBecause());
                h.raw("</tr>");
            }
            h.raw("</tbody></table>");
        }
        if (!open.isEmpty()) {
            h.raw("<p class=\"small\">").text("Still open (no figures until the lead closes them; their codings stay blind): "
                    + String.join(", ", open.stream().map(CodingRound::name).toList()) + ".").raw("</p>");
        }
        h.raw("</section>\n");
    }

    /** Three decimals, or the reason in words. */
    static String figure(Estimate e) {
        return e.isDefined() ? String.format(Locale.ROOT, "%.3f", e.value()) : "undefined: " + e.undefinedBecause();
    }
}
