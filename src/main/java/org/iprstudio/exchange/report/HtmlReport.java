package org.iprstudio.exchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iprstudio.analysis.DyadSummary;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.analysis.StudyOverview;
import org.iprstudio.analysis.StudyPairing;
import org.iprstudio.analysis.ThemeFrequency;
import org.iprstudio.analysis.ThemeMatrix;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.analysis.agreement.RoundAgreement;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.exchange.Clock;

/**
 * The study report: one self-contained HTML file (styles inline, stills as data URLs, no
 * scripts, nothing fetched), laid out to print to PDF from a browser. Sections: study and
 * protocol; participation and missing data; per session the two perspectives' timelines with
 * their pairs; the pairing summary per dyad; the agreement of the perspectives' marks; the closed coding rounds' inter-coder
 * agreement; the theme table with CQR frequency labels; the
 * theme matrix as a heat map; exemplar quotes per theme with their stills.
 */
public final class HtmlReport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Study study;
    private final ReportOptions options;
    private final Map<UUID, SessionPairing> pairings;
    private final ThemeFrequency frequency;
    private final List<RoundAgreement> rounds;

    public HtmlReport(Study study, ReportOptions options) {
        this(study, options, List.of());
    }

    /** @param rounds the closed coding rounds' agreement (the team use cases compute it); a section per round */
    public HtmlReport(Study study, ReportOptions options, List<RoundAgreement> rounds) {
        this.rounds = List.copyOf(rounds);
        this.study = study;
        this.options = options;
        this.pairings = StudyPairing.of(study);
        this.frequency = ThemeFrequency.of(study, options.thresholds());
    }

    /** The exemplar moments the report shows, in theme order (the moments a still is wanted for). */
    public static List<Moment> exemplars(Study study) {
        return study.themes().stream().flatMap(t -> t.exemplarMomentIds().stream()).distinct()
                .map(id -> study.find(id).filter(Moment.class::isInstance).map(Moment.class::cast).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    public void write(OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(render());
        out.flush();
    }

    String render() {
        StudyHeader header = study.header();
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">")
                .element("title", header.title() + " – report").raw("<style>").raw(ReportStyle.CSS).raw(ExemplarWords.CSS).raw("</style></head><body>\n");
        h.element("h1", header.title());
        h.raw("<p class=\"meta\">").text("Report generated " + STAMP.format(options.generatedAt()) + " by IPR Studio. Codes and pseudonyms only.")
                .raw("</p>\n");
        studyAndProtocol(h, header);
        participation(h);
        sessions(h);
        pairingSummary(h);
        AgreementSection.write(h, study);
        RoundSection.write(h, study, rounds);
        themeTable(h);
        heatMap(h);
        exemplarsSection(h);
        return h.raw("</body></html>\n").toString();
    }

    private void studyAndProtocol(Html h, StudyHeader header) {
        Protocol p = header.protocol();
        h.raw("<section><h2>Study and protocol</h2><table class=\"facts\">");
        fact(h, "Approval", header.approval().isBlank() ? "—" : header.approval());
        fact(h, "Period", (header.periodStart() == null ? "?" : header.periodStart()) + " to " + (header.periodEnd() == null ? "?" : header.periodEnd()));
        fact(h, "Sites", study.sites().stream().map(s -> s.code() + " " + s.name()).collect(Collectors.joining("; ")));
        fact(h, "Dyads", study.dyads().size() + " (" + study.dyads().stream().map(Dyad::code).collect(Collectors.joining(", ")) + ")");
        fact(h, "Sessions recalled", p.sessionNumbers().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        fact(h, "Helpfulness scale", scale(p.helpfulness()));
        fact(h, "Intensity scale", scale(p.intensity()));
        fact(h, "Pairing window", "the other perspective's anchor up to " + num(p.pairingWindow().before().seconds()) + " s before or "
                + num(p.pairingWindow().after().seconds()) + " s after");
        fact(h, "Quick tags", p.quickTags().isEmpty() ? "—" : String.join("; ", p.quickTags()));
        h.raw("</table>");
        if (!p.prompts().isEmpty()) {
            h.raw("<h3>Interviewer prompts</h3><ol>");
            p.prompts().forEach(prompt -> h.element("li", prompt));
            h.raw("</ol>");
        }
        h.raw("</section>\n");
    }

    private static String scale(org.iprstudio.domain.RatingScale scale) {
        return scale.name() + ": " + num(scale.min()) + "–" + num(scale.max()) + " in steps of " + num(scale.step())
                + (scale.labels().isEmpty() ? "" : " (" + scale.labels().stream().map(l -> num(l.value()) + " " + l.label())
                .collect(Collectors.joining(", ")) + ")");
    }

    private static void fact(Html h, String name, String value) {
        h.raw("<tr>").element("th", name).element("td", value).raw("</tr>");
    }

    private void participation(Html h) {
        StudyOverview overview = StudyOverview.of(study);
        h.raw("<section><h2>Participation and missing data</h2>");
        h.raw("<p>").text(overview.sessionCount() + " sessions, " + overview.passCount() + " recall interviews, " + overview.moments()
                + " moments.").raw("</p>");
        h.raw("<table class=\"grid\"><thead><tr><th>Dyad</th><th>Session</th><th>Perspective</th><th>Participant</th><th>Status</th>"
                + "<th class=\"n\">Moments</th></tr></thead><tbody>");
        for (StudyOverview.DyadLine dyad : overview.dyads()) {
            for (StudyOverview.SessionLine session : dyad.sessions()) {
                for (StudyOverview.PassLine pass : session.passes()) {
                    String status = pass.pass().status().name().toLowerCase(Locale.ROOT)
                            + (pass.pass().status() == PassStatus.MISSING ? ": " + pass.pass().missingReason() : "");
                    h.raw(pass.pass().status() == PassStatus.MISSING ? "<tr class=\"missing\">" : "<tr>")
                            .element("td", dyad.dyad().code()).element("td", String.valueOf(session.session().number()))
                            .element("td", TimelineSvg.perspectiveName(pass.pass().perspective())).element("td", pass.participantCode())
                            .element("td", status).element("td class=\"n\"", String.valueOf(pass.moments())).raw("</tr>");
                }
            }
        }
        h.raw("</tbody></table>");
        if (overview.gaps().isEmpty()) {
            h.raw("<p>No data is missing.</p>");
        } else {
            h.raw("<h3>Gaps</h3><ul>");
            for (StudyOverview.Gap gap : overview.gaps()) {
                String text = switch (gap.kind()) {
                    case MISSING_RECALL -> gap.dyadCode() + " session " + gap.sessionNumber() + ": the " + TimelineSvg.perspectiveName(gap.perspective())
                            .toLowerCase(Locale.ROOT) + "'s recall (" + gap.participantCode() + ") is missing" + (gap.reason().isBlank() ? "" : " – " + gap.reason());
                    case NO_RECALL_RECORDED -> gap.dyadCode() + " session " + gap.sessionNumber() + ": no " + TimelineSvg.perspectiveName(gap.perspective())
                            .toLowerCase(Locale.ROOT) + " recall recorded (" + gap.participantCode() + ")";
                    case SESSION_NOT_RECORDED -> gap.dyadCode() + ": session " + gap.sessionNumber() + " of the protocol is not in the study";
                };
                h.element("li", text);
            }
            h.raw("</ul>");
        }
        h.raw("</section>\n");
    }

    private void sessions(Html h) {
        h.raw("<section><h2>Sessions: the two perspectives</h2>");
        h.raw("<p class=\"legend\"><span class=\"dot\" style=\"background:#2e8b57\"></span> helpful <span class=\"dot\" style=\"background:#c0392b\">"
                + "</span> hindering <span class=\"dot\" style=\"background:#9e9e9e\"></span> neutral <span class=\"dot\" style=\"background:#fff\"></span> "
                + "not rated; lines: <b style=\"color:#2b6cb0\">convergent</b>, <b style=\"color:#d97706\">divergent valence</b>, "
                + "<b style=\"color:#7c3aed\">divergent meaning</b>; dashed = suggested, not yet confirmed.</p>");
        for (Session session : study.sessions()) {
            Dyad dyad = study.dyad(session.dyadId());
            SessionPairing pairing = pairings.get(session.id());
            h.raw("<div class=\"session\">").element("h3", dyad.code() + " session " + session.number()
                    + (session.date() == null ? "" : " (" + session.date() + ")"));
            h.raw(TimelineSvg.of(session, pairing, laneLabel(session, Role.CLIENT, pairing), laneLabel(session, Role.THERAPIST, pairing)));
            int kept = pairing.kept().size();
            h.raw("<p class=\"small\">").text(kept + " pairs kept, " + pairing.suggested().size() + " suggested; " + pairing.clientOnly().size()
                    + " client moments and " + pairing.therapistOnly().size() + " therapist moments without a pair."
                    + pairing.missing().stream().map(g -> " " + TimelineSvg.perspectiveName(g.perspective()) + " recall missing"
                    + (g.reason().isBlank() ? "." : ": " + g.reason() + ".")).collect(Collectors.joining())).raw("</p>");
            List<SessionPairing.Line> lines = new java.util.ArrayList<>(pairing.kept());
            lines.addAll(pairing.suggested());
            if (!lines.isEmpty()) {
                h.raw("<table class=\"grid small\"><thead><tr><th>Client</th><th>Therapist</th><th class=\"n\">Δ s</th><th>Class</th><th>Status</th>"
                        + "<th class=\"n\">HAT C</th><th class=\"n\">HAT T</th></tr></thead><tbody>");
                for (SessionPairing.Line line : lines) {
                    h.raw("<tr>").element("td", Clock.of(line.client().anchor())).element("td", Clock.of(line.therapist().anchor()))
                            .element("td class=\"n\"", num(line.deltaMillis() / 1000.0)).element("td", words(line.pairClass().name()))
                            .element("td", line.stored() == null ? "suggested" : words(line.stored().decision().name()))
                            .element("td class=\"n\"", hat(line.client())).element("td class=\"n\"", hat(line.therapist())).raw("</tr>");
                }
                h.raw("</tbody></table>");
            }
            h.raw("</div>\n");
        }
        h.raw("</section>\n");
    }

    private String laneLabel(Session session, Role role, SessionPairing pairing) {
        String codes = study.passesOf(session.id()).stream().filter(p -> p.perspective() == role)
                .map(p -> study.participant(p.participantId()).code()).distinct().collect(Collectors.joining(","));
        boolean missing = pairing.missing().stream().anyMatch(g -> g.perspective() == role);
        return TimelineSvg.perspectiveName(role) + " " + codes + (missing ? " (missing)" : "");
    }

    private void pairingSummary(Html h) {
        h.raw("<section><h2>Pairing summary per dyad</h2><table class=\"grid\"><thead><tr><th>Dyad</th><th class=\"n\">Pairs</th>"
                + "<th class=\"n\">of which suggested</th><th class=\"n\">Convergent</th><th class=\"n\">Divergent valence</th>"
                + "<th class=\"n\">Divergent meaning</th><th class=\"n\">Client only</th><th class=\"n\">Therapist only</th>"
                + "<th class=\"n\">Mean HAT difference (T − C)</th><th>Missing</th></tr></thead><tbody>");
        for (DyadSummary s : DyadSummary.of(study, pairings)) {
            h.raw(s.dyad() == null ? "<tr class=\"total\">" : "<tr>").element("td", s.dyad() == null ? "All dyads" : s.dyad().code())
                    .element("td class=\"n\"", String.valueOf(s.pairs())).element("td class=\"n\"", String.valueOf(s.suggested()))
                    .element("td class=\"n\"", String.valueOf(s.convergent())).element("td class=\"n\"", String.valueOf(s.divergentValence()))
                    .element("td class=\"n\"", String.valueOf(s.divergentMeaning())).element("td class=\"n\"", String.valueOf(s.clientOnly()))
                    .element("td class=\"n\"", String.valueOf(s.therapistOnly()))
                    .element("td class=\"n\"", s.meanHelpfulnessDifference().isPresent() ? num(s.meanHelpfulnessDifference().getAsDouble()) : "—")
                    .element("td", s.missing().stream().map(m -> "S" + m.session().number() + " " + TimelineSvg.perspectiveName(m.gap().perspective())
                            .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))).raw("</tr>");
        }
        h.raw("</tbody></table><p class=\"small\">Pairs count kept and suggested pairs; rejected pairs are left out.</p></section>\n");
    }

    private void themeTable(Html h) {
        ThemeFrequency.Thresholds t = options.thresholds();
        ThemeMatrix matrix = frequency.matrix();
        h.raw("<section class=\"break\"><h2>Themes</h2>");
        if (frequency.lines().isEmpty()) {
            h.raw("<p>The study has no themes yet.</p></section>\n");
            return;
        }
        h.raw("<p class=\"small\">").text("Frequency labels as in consensual qualitative research, by the share of the " + frequency.dyadsCounted()
                + " dyads with at least one recall in which the theme occurs: general ≥ " + pct(t.general()) + ", typical ≥ " + pct(t.typical())
                + ", variant ≥ " + pct(t.variant()) + ", rare below " + pct(t.variant()) + ". A theme's moments include its subthemes'. "
                + "Thresholds can be set with --general, --typical and --variant.").raw("</p>");
        h.raw("<table class=\"grid themes\"><thead><tr><th rowspan=\"2\">Theme</th><th rowspan=\"2\">Definition</th><th rowspan=\"2\" class=\"n\">Dyads</th>"
                + "<th rowspan=\"2\">Frequency</th>");
        h.raw("<th colspan=\"" + matrix.columns().size() + "\" class=\"c\">Moments by perspective and session</th></tr><tr>");
        matrix.columns().forEach(c -> h.element("th class=\"n\"", columnName(c)));
        h.raw("</tr></thead><tbody>");
        for (ThemeFrequency.Line line : frequency.lines()) {
            h.raw("<tr class=\"depth" + Math.min(line.depth(), 3) + "\">").element("td class=\"name\"", line.theme().name())
                    .element("td class=\"def\"", line.theme().definition())
                    .element("td class=\"n\"", line.dyads() + " / " + frequency.dyadsCounted())
                    .element("td class=\"label " + line.label().name().toLowerCase(Locale.ROOT) + "\"", words(line.label().name()));
            for (int c = 0; c < matrix.columns().size(); c++) {
                boolean missing = matrix.missing().contains(matrix.columns().get(c));
                h.element("td class=\"n\"", missing ? "n/a" : String.valueOf(line.row().count(c)));
            }
            h.raw("</tr>");
        }
        h.raw("</tbody></table></section>\n");
    }

    private void heatMap(Html h) {
        ThemeMatrix matrix = frequency.matrix();
        if (matrix.rows().isEmpty()) {
            return;
        }
        int max = matrix.rows().stream().flatMap(r -> java.util.stream.IntStream.range(0, matrix.columns().size()).mapToObj(r::count))
                .max(Integer::compare).orElse(0);
        h.raw("<section><h2>Theme matrix</h2><p class=\"small\">").text("Moments per theme (rows) by perspective and session (columns); the darker "
                + "the cell, the more moments (darkest = " + max + ").").raw("</p><table class=\"heat\"><thead><tr><th>Theme</th>");
        matrix.columns().forEach(c -> h.element("th", columnName(c)));
        h.raw("</tr></thead><tbody>");
        for (ThemeMatrix.Row row : matrix.rows()) {
            h.raw("<tr>").raw("<th class=\"depth" + Math.min(row.depth(), 3) + "\">").text(row.theme().name()).raw("</th>");
            for (int c = 0; c < matrix.columns().size(); c++) {
                if (matrix.missing().contains(matrix.columns().get(c))) {
                    h.raw("<td class=\"na\">n/a</td>");
                    continue;
                }
                int count = row.count(c);
                double share = max == 0 ? 0 : (double) count / max;
                String background = String.format(Locale.ROOT, "rgba(37,99,235,%.2f)", 0.06 + 0.84 * share);
                h.raw("<td style=\"background:" + background + (share > 0.55 ? ";color:#fff" : "") + "\">").number(count).raw("</td>");
            }
            h.raw("</tr>");
        }
        h.raw("</tbody></table></section>\n");
    }

    private void exemplarsSection(Html h) {
        h.raw("<section class=\"break\"><h2>Exemplar quotes</h2>");
        if (!options.stillsNote().isEmpty()) {
            h.raw("<p class=\"note\">").text(options.stillsNote()).raw("</p>");
        }
        boolean any = false;
        for (ThemeFrequency.Line line : frequency.lines()) {
            List<Moment> moments = line.theme().exemplarMomentIds().stream().map(id -> study.find(id).orElse(null))
                    .filter(Moment.class::isInstance).map(Moment.class::cast).toList();
            if (moments.isEmpty()) {
                continue;
            }
            any = true;
            h.raw("<div class=\"theme\">").element("h3", line.theme().name() + " (" + words(line.label().name()).toLowerCase(Locale.ROOT) + ")");
            for (Moment moment : moments) {
                exemplar(h, moment);
            }
            h.raw("</div>");
        }
        if (!any) {
            h.raw("<p>No theme has exemplar moments yet.</p>");
        }
        h.raw("</section>\n");
    }

    private void exemplar(Html h, Moment moment) {
        RecallPass pass = study.pass(moment.passId());
        Session session = study.session(pass.sessionId());
        String who = study.participant(pass.participantId()).code() + " (" + TimelineSvg.perspectiveName(pass.perspective()).toLowerCase(Locale.ROOT)
                + "), " + study.dyad(session.dyadId()).code() + " session " + session.number() + ", " + Clock.of(moment.anchor())
                + (moment.helpfulness() == null ? "" : ", helpfulness " + moment.helpfulness().display());
        h.raw("<figure class=\"exemplar\">");
        ReportStill still = options.stills().get(moment.id());
        if (still != null) {
            h.raw("<img alt=\"").text("Frame at " + Clock.of(moment.anchor())).raw("\" width=\"" + still.width() + "\" height=\"" + still.height()
                    + "\" src=\"data:" + still.mimeType() + ";base64," + Base64.getEncoder().encodeToString(still.bytes()) + "\">");
        }
        h.raw("<div><blockquote>").text(moment.comment().isBlank() ? "(no words recorded)" : moment.comment()).raw("</blockquote>");
        ExemplarWords.write(h, study, moment, options.transcriptLines());
        h.raw("<figcaption>").text(who).raw("</figcaption></div></figure>");
    }

    private static String columnName(ThemeMatrix.Column c) {
        return TimelineSvg.perspectiveName(c.perspective()) + " S" + c.sessionNumber();
    }

    private static String hat(Moment m) {
        return m.helpfulness() == null ? "—" : m.helpfulness().display();
    }

    private static String words(String enumName) {
        String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String pct(double share) {
        return num(share * 100) + " %";
    }

    private static String num(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }

}
