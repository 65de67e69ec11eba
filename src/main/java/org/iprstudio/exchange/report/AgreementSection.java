package org.iprstudio.exchange.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iprstudio.analysis.agreement.AgreementCurves;
import org.iprstudio.analysis.agreement.MarkAgreement;
import org.iprstudio.analysis.agreement.PerspectiveAgreement;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.Study;

/**
 * The report's "Agreement of the perspectives": how often client and therapist stopped at the
 * same exchange, per dyad and for the study (marks, one-to-one matches within the pairing window,
 * 2M / (n_c + n_t), the offsets), the sessions that could not be compared and why, and the
 * agreement as the window widens from 0 to 60 s as an inline SVG with the study's window marked.
 * Undefined figures are said in words.
 */
final class AgreementSection {
    private static final String[] DYAD_COLOURS = {"#7c3aed", "#0f766e", "#b45309", "#be185d", "#4d7c0f", "#1d4ed8"};
    private static final String NOWRAP = "td style=\"white-space:nowrap\"";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 52;
    private static final int RIGHT = 150; // the legend
    private static final int TOP = 20;
    private static final int BOTTOM = 44;

    private AgreementSection() {
    }

    static void write(Html h, Study study, ReportText t) {
        PerspectiveAgreement result = PerspectiveAgreement.of(study);
        PairingWindow w = result.window();
        h.raw("<section class=\"agreement\"><h2>" + ReportText.words(t.get("agreement.heading")) + "</h2>");
        h.raw("<p>").text(t.get("agreement.intro", t.decimal(length(w.before().millis())), t.decimal(length(w.after().millis())))).raw("</p>");
        h.raw("<table class=\"grid\"><thead><tr>" + th(t, "", "column.dyad") + th(t, N, "column.sessions") + th(t, N, "column.clientMarks")
                + th(t, N, "column.therapistMarks") + th(t, N, "column.matched") + th(t, N, "column.agreement") + th(t, N, "column.medianOffset")
                + th(t, "", "column.middleHalf") + th(t, "", "column.range") + th(t, "", "column.whoFirst") + "</tr></thead><tbody>");
        for (PerspectiveAgreement.DyadLine dyad : result.dyads()) {
            h.raw("<tr>");
            row(h, t, dyad.dyadCode(), dyad.sessions(), dyad.sessions() == 0 ? null : dyad.agreement());
            h.raw("</tr>");
        }
        long compared = result.sessions().stream().filter(s -> s.agreement() != null).count();
        h.raw("<tr class=\"total\">");
        row(h, t, t.get("agreement.study"), (int) compared, compared == 0 ? null : result.study());
        h.raw("</tr></tbody></table>");
        List<String> notCompared = new ArrayList<>();
        for (PerspectiveAgreement.SessionLine s : result.sessions()) {
            if (s.agreement() == null) {
                notCompared.add(t.get("sessions.title", s.dyadCode(), String.valueOf(s.session().number())) + ": " + gaps(s.gaps(), t));
            }
        }
        if (!notCompared.isEmpty()) {
            h.raw("<p class=\"small\">").text(t.get("agreement.notCompared", String.join("; ", notCompared)))
                    .raw("</p>");
        }
        if (compared > 0) {
            h.raw(curveSvg(AgreementCurves.of(study), result, t));
            h.raw("<p class=\"small\">").text(t.get("agreement.curveNote", t.decimal(length(w.before().millis())), t.decimal(length(w.after().millis())))).raw("</p>");
        }
        h.raw("<h3>" + ReportText.words(t.get("agreement.sameRoleHeading")) + "</h3>");
        if (result.sameRole().isEmpty()) {
            h.raw("<p>").text(t.get("agreement.noSameRole")).raw("</p>");
        } else {
            h.raw("<table class=\"grid small\"><thead><tr>" + th(t, "", "column.session") + th(t, "", "column.perspective") + th(t, "", "column.first")
                    + th(t, "", "column.second") + th(t, N, "column.m") + th(t, N, "column.agreement") + th(t, N, "column.medianOffset")
                    + "</tr></thead><tbody>");
            for (PerspectiveAgreement.SameRoleLine line : result.sameRole()) {
                MarkAgreement a = line.agreement();
                h.raw("<tr>").element("td", t.get("sessions.title", line.dyadCode(), String.valueOf(line.session().number())))
                        .element("td", TimelineSvg.perspectiveName(line.perspective(), t).toLowerCase(t.locale()))
                        .element("td", t.get("agreement.coderMarks", line.firstCode(), String.valueOf(a.firstMarks())))
                        .element("td", t.get("agreement.coderMarks", line.secondCode(), String.valueOf(a.secondMarks())))
                        .element("td class=\"n\"", String.valueOf(a.matches())).element("td class=\"n\"", proportion(a, t))
                        .element("td class=\"n\"", a.offsets().map(o -> seconds(o.median(), t)).orElse(t.get("agreement.noMatches"))).raw("</tr>");
            }
            h.raw("</tbody></table><p class=\"small\">").text(t.get("agreement.sameRoleNote", t.decimal(length(result.sameRoleWindow().after().millis())))).raw("</p>");
        }
        h.raw("</section>\n");
    }

    private static void row(Html h, ReportText t, String name, int sessions, MarkAgreement a) {
        h.element("td", name).element("td class=\"n\"", String.valueOf(sessions));
        if (a == null) {
            h.raw("<td colspan=\"8\">").text(t.get("agreement.rowNotCompared")).raw("</td>");
            return;
        }
        h.element("td class=\"n\"", String.valueOf(a.firstMarks())).element("td class=\"n\"", String.valueOf(a.secondMarks()))
                .element("td class=\"n\"", String.valueOf(a.matches())).element("td class=\"n\"", proportion(a, t));
        if (a.offsets().isEmpty()) {
            h.raw("<td colspan=\"4\">").text(t.get("agreement.noOffsets")).raw("</td>");
            return;
        }
        MarkAgreement.Offsets o = a.offsets().get();
        h.element("td class=\"n\"", seconds(o.median(), t)).element(NOWRAP, t.get("agreement.fromTo", seconds(o.lowerQuartile(), t), seconds(o.upperQuartile(), t)))
                .element(NOWRAP, t.get("agreement.fromTo", seconds(o.min(), t), seconds(o.max(), t))).element("td", whoFirst(o.median(), t));
    }

    static String proportion(MarkAgreement a, ReportText t) {
        return a.proportion().isDefined() ? t.decimal(String.format(Locale.ROOT, "%.3f", a.proportion().value()))
                : t.get("figure.undefined", a.proportion().undefinedMessage().render(t.locale()));
    }

    private static final String N = " class=\"n\"";

    private static String th(ReportText t, String attributes, String key) {
        return "<th" + attributes + ">" + ReportText.words(t.get(key)) + "</th>";
    }

    private static String whoFirst(double median, ReportText t) {
        if (Math.abs(median) < 100) {
            return t.get("agreement.sameTime");
        }
        return t.get(median > 0 ? "agreement.clientFirst" : "agreement.therapistFirst", t.decimal(length(Math.round(Math.abs(median) / 100) * 100)));
    }

    private static String gaps(List<PerspectiveAgreement.Gap> gaps, ReportText t) {
        List<String> words = new ArrayList<>();
        for (PerspectiveAgreement.Gap gap : gaps) {
            String who = TimelineSvg.perspectiveName(gap.perspective(), t).toLowerCase(t.locale());
            words.add(switch (gap.absence()) {
                case NO_RECALL -> t.get("agreement.gap.noRecall", who);
                case PLANNED -> t.get("agreement.gap.planned", who, gap.participantCode());
                case MISSING -> t.get("agreement.gap.missing", who, gap.participantCode()) + (gap.reason().isEmpty() ? "" : " – " + gap.reason());
            });
        }
        return String.join(", ", words);
    }

    /** The study's curve (thick) and each dyad's (thin), agreement 0..1 against the window 0..60 s. */
    private static String curveSvg(AgreementCurves curves, PerspectiveAgreement result, ReportText t) {
        int pw = WIDTH - LEFT - RIGHT;
        int ph = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"curve\" style=\"width:640px;max-width:100%;height:auto;border:1px solid #e5e7eb;background:#fff\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(t.get("curve.label"))).append("\">");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + ph - i / 4.0 * ph;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(LEFT + pw).append("\" y2=\"").append(f(y))
                    .append("\" stroke=\"#e5e7eb\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4)).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">")
                    .append(t.decimal(String.format(Locale.ROOT, "%.2f", i / 4.0))).append("</text>"); // a label: 0,25 in Norwegian
        }
        for (int s = 0; s <= 60; s += 10) {
            double x = LEFT + s / 60.0 * pw;
            svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(TOP + ph).append("\" x2=\"").append(f(x)).append("\" y2=\"")
                    .append(TOP + ph + 4).append("\" stroke=\"#555\"/>");
            svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(TOP + ph + 17).append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">")
                    .append(s).append("</text>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + ph).append("\" x2=\"").append(LEFT + pw).append("\" y2=\"").append(TOP + ph)
                .append("\" stroke=\"#555\"/>");
        svg.append("<text x=\"").append(LEFT + pw / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#333\">").append(ReportText.words(t.get("curve.xAxis"))).append("</text>");
        svg.append("<text x=\"14\" y=\"").append(TOP + ph / 2).append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#333\" transform=\"rotate(-90 14 ")
                .append(TOP + ph / 2).append(")\">").append(ReportText.words(t.get("curve.yAxis"))).append(" 2M / (n<tspan baseline-shift=\"sub\" font-size=\"9\">")
                .append(ReportText.words(t.get("curve.client"))).append("</tspan> + n<tspan baseline-shift=\"sub\" font-size=\"9\">")
                .append(ReportText.words(t.get("curve.therapist"))).append("</tspan>)</text>");
        PairingWindow w = result.window();
        long wider = Math.min(60_000, Math.max(w.before().millis(), w.after().millis()));
        double wx = LEFT + wider / 60_000.0 * pw;
        svg.append("<line x1=\"").append(f(wx)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(f(wx)).append("\" y2=\"").append(TOP + ph)
                .append("\" stroke=\"#d97706\" stroke-dasharray=\"5 4\"/>");
        svg.append("<text x=\"").append(f(wx + 4)).append("\" y=\"").append(TOP + 12).append("\" font-size=\"11\" fill=\"#d97706\">")
                .append(ReportText.words(t.get("curve.studyWindow", t.decimal(length(w.before().millis())), t.decimal(length(w.after().millis()))))).append("</text>");
        int legendY = TOP + 6;
        int colour = 0;
        for (Map.Entry<String, List<MarkAgreement.CurvePoint>> dyad : curves.dyads().entrySet()) {
            if (dyad.getValue().isEmpty() || !dyad.getValue().get(0).agreement().proportion().isDefined()) {
                continue;
            }
            String c = DYAD_COLOURS[colour++ % DYAD_COLOURS.length];
            svg.append(polyline(dyad.getValue(), pw, ph, c, 1.3, "4 3"));
            legendY += 18;
            legend(svg, legendY, c, ReportText.words(t.get("curve.dyad")) + " " + Html.escape(dyad.getKey()), "4 3");
        }
        svg.append(polyline(curves.study(), pw, ph, "#2b6cb0", 2.5, null));
        legend(svg, TOP + 6, "#2b6cb0", ReportText.words(t.get("curve.study")), null);
        if (result.study().proportion().isDefined()) {
            double y = TOP + ph - result.study().proportion().value() * ph;
            svg.append("<path d=\"M").append(f(wx)).append(' ').append(f(y - 6)).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"#d97706\"><title>")
                    .append(ReportText.words(t.get("curve.studyWindowValue", proportion(result.study(), t)))).append("</title></path>");
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, int y, String colour, String label, String dash) {
        int x = WIDTH - RIGHT + 16;
        svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y - 4).append("\" x2=\"").append(x + 24).append("\" y2=\"").append(y - 4)
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"").append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
        svg.append("<text x=\"").append(x + 30).append("\" y=\"").append(y).append("\" font-size=\"11\" fill=\"#333\">").append(label).append("</text>");
    }

    private static String polyline(List<MarkAgreement.CurvePoint> curve, int pw, int ph, String colour, double width, String dash) {
        StringBuilder points = new StringBuilder();
        for (MarkAgreement.CurvePoint p : curve) {
            if (!p.agreement().proportion().isDefined()) {
                return "";
            }
            double x = LEFT + p.window().millis() / 60_000.0 * pw;
            double y = TOP + ph - p.agreement().proportion().value() * ph;
            points.append(f(x)).append(',').append(f(y)).append(' ');
        }
        return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + " points=\"" + points.toString().strip() + "\"/>";
    }

    private static String seconds(double millis, ReportText t) {
        return t.decimal(Math.round(millis / 100) == 0 ? "0.0 s" : String.format(Locale.ROOT, "%+.1f s", millis / 1000));
    }

    private static String length(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.3f", millis / 1000.0).replaceAll("0+$", "");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
