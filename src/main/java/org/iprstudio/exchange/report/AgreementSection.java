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

    static void write(Html h, Study study) {
        PerspectiveAgreement result = PerspectiveAgreement.of(study);
        PairingWindow w = result.window();
        h.raw("<section class=\"agreement\"><h2>Agreement of the perspectives</h2>");
        h.raw("<p>").text("How often did client and therapist stop at the same exchange? Each side's marks are matched one to one within the"
                + " study's pairing window (the therapist's anchor up to " + length(w.before().millis()) + " s before or " + length(w.after().millis())
                + " s after the client's, or overlapping spans; the most matches, then the smallest total time difference). Agreement is"
                + " 2M / (client marks + therapist marks), the share of all marks that found a partner. Offsets are the therapist's anchor"
                + " minus the client's: positive when the client marked first.").raw("</p>");
        h.raw("<table class=\"grid\"><thead><tr><th>Dyad</th><th class=\"n\">Sessions</th><th class=\"n\">Client marks</th>"
                + "<th class=\"n\">Therapist marks</th><th class=\"n\">Matched M</th><th class=\"n\">Agreement</th><th class=\"n\">Median offset</th>"
                + "<th>Middle half</th><th>Range</th><th>Who marked first</th></tr></thead><tbody>");
        for (PerspectiveAgreement.DyadLine dyad : result.dyads()) {
            h.raw("<tr>");
            row(h, dyad.dyadCode(), dyad.sessions(), dyad.sessions() == 0 ? null : dyad.agreement());
            h.raw("</tr>");
        }
        long compared = result.sessions().stream().filter(s -> s.agreement() != null).count();
        h.raw("<tr class=\"total\">");
        row(h, "Study", (int) compared, compared == 0 ? null : result.study());
        h.raw("</tr></tbody></table>");
        List<String> notCompared = new ArrayList<>();
        for (PerspectiveAgreement.SessionLine s : result.sessions()) {
            if (s.agreement() == null) {
                notCompared.add(s.dyadCode() + " session " + s.session().number() + ": " + gaps(s.gaps()));
            }
        }
        if (!notCompared.isEmpty()) {
            h.raw("<p class=\"small\">").text("Not compared (and left out of the dyad's and the study's figures): " + String.join("; ", notCompared) + ".")
                    .raw("</p>");
        }
        if (compared > 0) {
            h.raw(curveSvg(AgreementCurves.of(study), result));
            h.raw("<p class=\"small\">").text("Agreement by window: a client's and a therapist's mark match when their anchors lie at most w seconds"
                    + " apart, either way (spans not used, so 0 s means the very same instant). The dashed line marks the study's window at its wider"
                    + " side; the diamond is the agreement the study's own window gives (" + length(w.before().millis()) + " s before / "
                    + length(w.after().millis()) + " s after, spans included).").raw("</p>");
        }
        h.raw("<h3>Two observers of one session</h3>");
        if (result.sameRole().isEmpty()) {
            h.raw("<p>").text("No session of this study has two recalls of the same perspective (for example two observers), so there is no"
                    + " such agreement to report.").raw("</p>");
        } else {
            h.raw("<table class=\"grid small\"><thead><tr><th>Session</th><th>Perspective</th><th>First</th><th>Second</th><th class=\"n\">M</th>"
                    + "<th class=\"n\">Agreement</th><th class=\"n\">Median offset</th></tr></thead><tbody>");
            for (PerspectiveAgreement.SameRoleLine line : result.sameRole()) {
                MarkAgreement a = line.agreement();
                h.raw("<tr>").element("td", line.dyadCode() + " session " + line.session().number())
                        .element("td", line.perspective().name().toLowerCase(Locale.ROOT))
                        .element("td", line.firstCode() + " (" + a.firstMarks() + " marks)").element("td", line.secondCode() + " (" + a.secondMarks() + " marks)")
                        .element("td class=\"n\"", String.valueOf(a.matches())).element("td class=\"n\"", proportion(a))
                        .element("td class=\"n\"", a.offsets().map(o -> seconds(o.median())).orElse("no matches")).raw("</tr>");
            }
            h.raw("</tbody></table><p class=\"small\">").text("Matched within ± " + length(result.sameRoleWindow().after().millis())
                    + " s (the wider side of the pairing window: two recalls of one perspective are interchangeable); offsets are the second's"
                    + " anchor minus the first's.").raw("</p>");
        }
        h.raw("</section>\n");
    }

    private static void row(Html h, String name, int sessions, MarkAgreement a) {
        h.element("td", name).element("td class=\"n\"", String.valueOf(sessions));
        if (a == null) {
            h.raw("<td colspan=\"8\">").text("not compared: no session with both perspectives' recall done").raw("</td>");
            return;
        }
        h.element("td class=\"n\"", String.valueOf(a.firstMarks())).element("td class=\"n\"", String.valueOf(a.secondMarks()))
                .element("td class=\"n\"", String.valueOf(a.matches())).element("td class=\"n\"", proportion(a));
        if (a.offsets().isEmpty()) {
            h.raw("<td colspan=\"4\">").text("no marks matched, so there are no offsets").raw("</td>");
            return;
        }
        MarkAgreement.Offsets o = a.offsets().get();
        h.element("td class=\"n\"", seconds(o.median())).element(NOWRAP, seconds(o.lowerQuartile()) + " to " + seconds(o.upperQuartile()))
                .element(NOWRAP, seconds(o.min()) + " to " + seconds(o.max())).element("td", whoFirst(o.median()));
    }

    static String proportion(MarkAgreement a) {
        return a.proportion().isDefined() ? String.format(Locale.ROOT, "%.3f", a.proportion().value()) : "undefined: " + a.proportion().undefinedBecause();
    }

    private static String whoFirst(double median) {
        if (Math.abs(median) < 100) {
            return "both at the same time";
        }
        return (median > 0 ? "client" : "therapist") + ", by " + length(Math.round(Math.abs(median) / 100) * 100) + " s";
    }

    private static String gaps(List<PerspectiveAgreement.Gap> gaps) {
        List<String> words = new ArrayList<>();
        for (PerspectiveAgreement.Gap gap : gaps) {
            String who = gap.perspective().name().toLowerCase(Locale.ROOT);
            words.add(switch (gap.absence()) {
                case NO_RECALL -> who + " recall not recorded";
                case PLANNED -> who + " recall (" + gap.participantCode() + ") still planned";
                case MISSING -> who + " recall (" + gap.participantCode() + ") missing" + (gap.reason().isEmpty() ? "" : " – " + gap.reason());
            });
        }
        return String.join(", ", words);
    }

    /** The study's curve (thick) and each dyad's (thin), agreement 0..1 against the window 0..60 s. */
    private static String curveSvg(AgreementCurves curves, PerspectiveAgreement result) {
        int pw = WIDTH - LEFT - RIGHT;
        int ph = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"curve\" style=\"width:640px;max-width:100%;height:auto;border:1px solid #e5e7eb;background:#fff\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Agreement of the perspectives by pairing window, 0 to 60 seconds\">");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + ph - i / 4.0 * ph;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(LEFT + pw).append("\" y2=\"").append(f(y))
                    .append("\" stroke=\"#e5e7eb\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4)).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">")
                    .append(String.format(Locale.ROOT, "%.2f", i / 4.0)).append("</text>");
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
                .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#333\">window ± w, seconds</text>");
        svg.append("<text x=\"14\" y=\"").append(TOP + ph / 2).append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#333\" transform=\"rotate(-90 14 ")
                .append(TOP + ph / 2).append(")\">agreement 2M / (n<tspan baseline-shift=\"sub\" font-size=\"9\">client</tspan> + n<tspan baseline-shift=\"sub\" font-size=\"9\">therapist</tspan>)</text>");
        PairingWindow w = result.window();
        long wider = Math.min(60_000, Math.max(w.before().millis(), w.after().millis()));
        double wx = LEFT + wider / 60_000.0 * pw;
        svg.append("<line x1=\"").append(f(wx)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(f(wx)).append("\" y2=\"").append(TOP + ph)
                .append("\" stroke=\"#d97706\" stroke-dasharray=\"5 4\"/>");
        svg.append("<text x=\"").append(f(wx + 4)).append("\" y=\"").append(TOP + 12).append("\" font-size=\"11\" fill=\"#d97706\">study window ")
                .append(length(w.before().millis())).append('/').append(length(w.after().millis())).append(" s</text>");
        int legendY = TOP + 6;
        int colour = 0;
        for (Map.Entry<String, List<MarkAgreement.CurvePoint>> dyad : curves.dyads().entrySet()) {
            if (dyad.getValue().isEmpty() || !dyad.getValue().get(0).agreement().proportion().isDefined()) {
                continue;
            }
            String c = DYAD_COLOURS[colour++ % DYAD_COLOURS.length];
            svg.append(polyline(dyad.getValue(), pw, ph, c, 1.3, "4 3"));
            legendY += 18;
            legend(svg, legendY, c, "dyad " + Html.escape(dyad.getKey()), "4 3");
        }
        svg.append(polyline(curves.study(), pw, ph, "#2b6cb0", 2.5, null));
        legend(svg, TOP + 6, "#2b6cb0", "study", null);
        if (result.study().proportion().isDefined()) {
            double y = TOP + ph - result.study().proportion().value() * ph;
            svg.append("<path d=\"M").append(f(wx)).append(' ').append(f(y - 6)).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"#d97706\"><title>")
                    .append("study window: ").append(proportion(result.study())).append("</title></path>");
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

    private static String seconds(double millis) {
        return Math.round(millis / 100) == 0 ? "0.0 s" : String.format(Locale.ROOT, "%+.1f s", millis / 1000);
    }

    private static String length(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.3f", millis / 1000.0).replaceAll("0+$", "");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
