package org.iprstudio.exchange.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Valence;
import org.iprstudio.exchange.Clock;

/**
 * One session's two perspectives as an inline SVG: the client's moments on the upper lane, the
 * therapist's on the lower, each a dot at its anchor (coloured by valence) with its span as a
 * band, and each pair a line between its two dots (solid when kept, dashed while only suggested,
 * coloured by class). Scaled to the video's length when known.
 */
final class TimelineSvg {
    static final int WIDTH = 1000;
    private static final int LEFT = 110;
    private static final int RIGHT = 40; // room for the last time label, centred on its tick
    private static final int CLIENT_Y = 40;
    private static final int THERAPIST_Y = 120;
    private static final int HEIGHT = 165;

    private TimelineSvg() {
    }

    static String valenceColour(Moment moment) {
        Valence valence = moment.valence().orElse(null);
        if (valence == null) {
            return "#ffffff";
        }
        return switch (valence) {
            case HELPFUL -> "#2e8b57";
            case HINDERING -> "#c0392b";
            case NEUTRAL -> "#9e9e9e";
        };
    }

    static String classColour(PairClass pairClass) {
        return switch (pairClass) {
            case CONVERGENT -> "#2b6cb0";
            case DIVERGENT_VALENCE -> "#d97706";
            case DIVERGENT_MEANING -> "#7c3aed";
        };
    }

    static String of(Session session, SessionPairing pairing, String clientLabel, String therapistLabel, ReportText words) {
        List<SessionPairing.Line> lines = new ArrayList<>(pairing.kept());
        lines.addAll(pairing.suggested());
        List<Moment> client = new ArrayList<>(pairing.clientOnly());
        List<Moment> therapist = new ArrayList<>(pairing.therapistOnly());
        lines.forEach(l -> {
            client.add(l.client());
            therapist.add(l.therapist());
        });
        long end = session.media() != null && session.media().duration() != null ? session.media().duration().millis() : 0;
        for (Moment m : client) {
            end = Math.max(end, lastMillis(m));
        }
        for (Moment m : therapist) {
            end = Math.max(end, lastMillis(m));
        }
        end = Math.max(end, 60_000);
        double scale = (WIDTH - LEFT - RIGHT) / (double) end;

        Html svg = new Html();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"")
                .text(words.get("timeline.label", String.valueOf(session.number()))).raw("\">");
        long step = tickStep(end);
        for (long t = 0; t <= end; t += step) {
            double x = LEFT + t * scale;
            svg.raw("<line x1=\"" + f(x) + "\" y1=\"15\" x2=\"" + f(x) + "\" y2=\"" + (THERAPIST_Y + 20) + "\" stroke=\"#e5e7eb\"/>");
            svg.raw("<text x=\"" + f(x) + "\" y=\"" + (HEIGHT - 5) + "\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">")
                    .text(Clock.of(org.iprstudio.domain.MediaTime.ofMillis(t)).substring(0, 8)).raw("</text>");
        }
        lane(svg, CLIENT_Y, clientLabel);
        lane(svg, THERAPIST_Y, therapistLabel);
        for (SessionPairing.Line line : lines) {
            boolean suggested = line.stored() == null;
            svg.raw("<line x1=\"" + f(LEFT + line.client().anchor().millis() * scale) + "\" y1=\"" + (CLIENT_Y + 6)
                    + "\" x2=\"" + f(LEFT + line.therapist().anchor().millis() * scale) + "\" y2=\"" + (THERAPIST_Y - 6)
                    + "\" stroke=\"" + classColour(line.pairClass()) + "\" stroke-width=\"2\"" + (suggested ? " stroke-dasharray=\"5 4\"" : "") + "/>");
        }
        moments(svg, client, CLIENT_Y, scale, words);
        moments(svg, therapist, THERAPIST_Y, scale, words);
        return svg.raw("</svg>").toString();
    }

    private static void lane(Html svg, int y, String label) {
        svg.raw("<line x1=\"" + LEFT + "\" y1=\"" + y + "\" x2=\"" + (WIDTH - RIGHT) + "\" y2=\"" + y + "\" stroke=\"#374151\" stroke-width=\"1\"/>");
        svg.raw("<text x=\"4\" y=\"" + (y + 4) + "\" font-size=\"12\" fill=\"#111\">").text(label).raw("</text>");
    }

    private static void moments(Html svg, List<Moment> moments, int y, double scale, ReportText words) {
        for (Moment m : moments) {
            if (m.span() != null && m.span().end().millis() > m.span().start().millis()) {
                double x = LEFT + m.span().start().millis() * scale;
                double w = Math.max(1, m.span().length().millis() * scale);
                svg.raw("<rect x=\"" + f(x) + "\" y=\"" + (y - 9) + "\" width=\"" + f(w) + "\" height=\"18\" fill=\"" + valenceColour(m)
                        + "\" fill-opacity=\"0.18\"/>");
            }
            svg.raw("<circle cx=\"" + f(LEFT + m.anchor().millis() * scale) + "\" cy=\"" + y + "\" r=\"5\" fill=\"" + valenceColour(m)
                    + "\" stroke=\"#111\" stroke-width=\"1\"><title>").text(Clock.of(m.anchor()) + (m.helpfulness() == null ? ""
                    : words.get("timeline.helpfulness", words.decimal(m.helpfulness().display())))).raw("</title></circle>");
        }
    }

    private static long lastMillis(Moment m) {
        return Math.max(m.anchor().millis(), m.span() == null ? 0 : m.span().end().millis());
    }

    /** A tick every 1, 2, 5, 10, 15 or 30 minutes (or 10 or 30 s for short clips), about ten in all. */
    private static long tickStep(long end) {
        long[] steps = {10_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000};
        for (long step : steps) {
            if (end / step <= 12) {
                return step;
            }
        }
        return 3_600_000;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** "Client", "Therapist", else the role in lower case ("observer"), in the report's language. */
    static String perspectiveName(Role role, ReportText words) {
        return words.get("perspective." + role.name());
    }
}
