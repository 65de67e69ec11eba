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

    static void write(Html h, Study study, List<RoundAgreement> rounds, ReportText t) {
        List<CodingRound> open = study.team().rounds().stream().filter(CodingRound::isOpen).toList();
        if (rounds.isEmpty() && open.isEmpty()) {
            return;
        }
        h.raw("<section class=\"rounds\"><h2>" + ReportText.words(t.get("rounds.heading")) + "</h2>");
        h.raw("<p>").text(t.get("rounds.intro", String.valueOf(AlphaBootstrap.DEFAULT_RESAMPLES), String.valueOf(AlphaBootstrap.DEFAULT_SEED))).raw("</p>");
        if (rounds.isEmpty()) {
            h.raw("<p>").text(t.get("rounds.noneClosed")).raw("</p>");
        }
        for (RoundAgreement round : rounds) {
            h.raw("<h3>").text(round.round()).raw("</h3>");
            h.raw("<p class=\"small\">").text(round.closedAt() == null ? t.get("rounds.who", String.join(", ", round.coders()), String.join(", ", round.sessions()))
                    : t.get("rounds.whoClosed", String.join(", ", round.coders()), String.join(", ", round.sessions()), DAY.format(round.closedAt()))).raw("</p>");
            if (round.lines().isEmpty()) {
                h.raw("<p>").text(t.get("rounds.notCompared", round.notComparedBecause().render(t.locale()))).raw("</p>");
                continue;
            }
            h.raw("<table class=\"grid\"><thead><tr>" + th(t, "", "column.variable") + th(t, N, "column.units") + th(t, N, "column.percentAgreement")
                    + th(t, N, "column.cohen") + th(t, N, "column.fleiss") + th(t, N, "column.alpha") + th(t, "", "column.alphaInterval")
                    + "</tr></thead><tbody>");
            for (RoundAgreement.Line line : round.lines()) {
                h.raw(line.scope() == RoundAgreement.Scope.ALL_CODES ? "<tr class=\"total\">" : "<tr>");
                String name = switch (line.scope()) {
                    case EXCLUSIVE_GROUP -> t.get("rounds.exclusiveGroup", line.name());
                    case ALL_CODES -> t.get("rounds.allCodes");
                    case CODE -> line.name();
                };
                h.element("td", name);
                AgreementReport a = line.report();
                if (a == null) {
                    h.raw("<td colspan=\"6\">").text(t.get("rounds.lineNotCompared", line.problem().render(t.locale()))).raw("</td></tr>");
                    continue;
                }
                h.element("td class=\"n\"", a.units() + (a.pairableUnits() == a.units() ? "" : " " + t.get("rounds.pairable", String.valueOf(a.pairableUnits()))));
                h.element("td class=\"n\"", figure(a.percent(), t));
                h.element("td class=\"n\"", a.cohen() == null ? t.get("rounds.twoCodersOnly") : figure(a.cohen(), t));
                h.element("td class=\"n\"", figure(a.fleiss(), t));
                h.element("td class=\"n\"", figure(a.alpha(), t));
                AlphaBootstrap.Interval ci = a.alphaInterval();
                h.element("td", ci.isDefined() ? t.get("rounds.interval", t.decimal(String.format(Locale.ROOT, "%.3f", ci.lower())),
                        t.decimal(String.format(Locale.ROOT, "%.3f", ci.upper())), String.valueOf(ci.usable()), String.valueOf(ci.resamples()))
                        : t.get("figure.undefined", ci.undefinedMessage().render(t.locale())));
                h.raw("</tr>");
            }
            h.raw("</tbody></table>");
        }
        if (!open.isEmpty()) {
            h.raw("<p class=\"small\">").text(t.get("rounds.stillOpen", String.join(", ", open.stream().map(CodingRound::name).toList()))).raw("</p>");
        }
        h.raw("</section>\n");
    }

    /** Three decimals, or the reason in words. */
    static String figure(Estimate e, ReportText t) {
        return e.isDefined() ? t.decimal(String.format(Locale.ROOT, "%.3f", e.value())) : t.get("figure.undefined", e.undefinedMessage().render(t.locale()));
    }

    private static final String N = " class=\"n\"";

    private static String th(ReportText t, String attributes, String key) {
        return "<th" + attributes + ">" + ReportText.words(t.get(key)) + "</th>";
    }
}
