package org.iprstudio.exchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    private final Study study;
    private final ReportOptions options;
    private final Map<UUID, SessionPairing> pairings;
    private final ThemeFrequency frequency;
    private final List<RoundAgreement> rounds;
    private final ReportText t;

    public HtmlReport(Study study, ReportOptions options) {
        this(study, options, List.of());
    }

    /** @param rounds the closed coding rounds' agreement (the team use cases compute it); a section per round */
    public HtmlReport(Study study, ReportOptions options, List<RoundAgreement> rounds) {
        this.rounds = List.copyOf(rounds);
        this.study = study;
        this.options = options;
        this.t = new ReportText(options.locale());
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
        h.raw("<!DOCTYPE html>\n<html lang=\"" + t.language() + "\"><head><meta charset=\"utf-8\">")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">")
                .element("title", t.get("report.title", header.title())).raw("<style>").raw(ReportStyle.CSS).raw(ExemplarWords.CSS).raw("</style></head><body>\n");
        h.element("h1", header.title());
        h.raw("<p class=\"meta\">").text(t.get("report.generated", t.stamp(options.generatedAt()))).raw("</p>\n");
        studyAndProtocol(h, header);
        participation(h);
        sessions(h);
        pairingSummary(h);
        AgreementSection.write(h, study, t);
        RoundSection.write(h, study, rounds, t);
        themeTable(h);
        heatMap(h);
        exemplarsSection(h);
        return h.raw("</body></html>\n").toString();
    }

    /** A header cell: {@code attributes} is "" or " class=\"n\"" and the like. */
    private String th(String attributes, String key) {
        return "<th" + attributes + ">" + ReportText.words(t.get(key)) + "</th>";
    }

    private void studyAndProtocol(Html h, StudyHeader header) {
        Protocol p = header.protocol();
        h.raw("<section><h2>" + ReportText.words(t.get("study.heading")) + "</h2><table class=\"facts\">");
        fact(h, t.get("study.approval"), header.approval().isBlank() ? "—" : header.approval());
        fact(h, t.get("study.period"), t.get("study.periodValue", header.periodStart() == null ? "?" : t.date(header.periodStart()),
                header.periodEnd() == null ? "?" : t.date(header.periodEnd())));
        fact(h, t.get("study.sites"), study.sites().stream().map(s -> s.code() + " " + s.name()).collect(Collectors.joining("; ")));
        fact(h, t.get("study.dyads"), study.dyads().size() + " (" + study.dyads().stream().map(Dyad::code).collect(Collectors.joining(", ")) + ")");
        fact(h, t.get("study.sessionsRecalled"), p.sessionNumbers().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        fact(h, t.get("study.helpfulnessScale"), scale(p.helpfulness()));
        fact(h, t.get("study.intensityScale"), scale(p.intensity()));
        fact(h, t.get("study.pairingWindow"), t.get("study.pairingWindowValue", prose(p.pairingWindow().before().seconds()),
                prose(p.pairingWindow().after().seconds())));
        fact(h, t.get("study.quickTags"), p.quickTags().isEmpty() ? "—" : String.join("; ", p.quickTags()));
        h.raw("</table>");
        if (!p.prompts().isEmpty()) {
            h.raw("<h3>" + ReportText.words(t.get("study.prompts")) + "</h3><ol>");
            p.prompts().forEach(prompt -> h.element("li", prompt));
            h.raw("</ol>");
        }
        h.raw("</section>\n");
    }

    private String scale(org.iprstudio.domain.RatingScale scale) {
        return t.get("study.scale", scale.name(), prose(scale.min()), prose(scale.max()), prose(scale.step()))
                + (scale.labels().isEmpty() ? "" : " (" + scale.labels().stream().map(l -> prose(l.value()) + " " + l.label())
                .collect(Collectors.joining(", ")) + ")");
    }

    private static void fact(Html h, String name, String value) {
        h.raw("<tr>").element("th", name).element("td", value).raw("</tr>");
    }

    private void participation(Html h) {
        StudyOverview overview = StudyOverview.of(study);
        h.raw("<section><h2>" + ReportText.words(t.get("participation.heading")) + "</h2>");
        h.raw("<p>").text(t.get("participation.counts", String.valueOf(overview.sessionCount()), String.valueOf(overview.passCount()),
                String.valueOf(overview.moments()))).raw("</p>");
        h.raw("<table class=\"grid\"><thead><tr>" + th("", "column.dyad") + th("", "column.session") + th("", "column.perspective")
                + th("", "column.participant") + th("", "column.status") + th(" class=\"n\"", "column.moments") + "</tr></thead><tbody>");
        for (StudyOverview.DyadLine dyad : overview.dyads()) {
            for (StudyOverview.SessionLine session : dyad.sessions()) {
                for (StudyOverview.PassLine pass : session.passes()) {
                    String status = t.get("passStatus." + pass.pass().status().name())
                            + (pass.pass().status() == PassStatus.MISSING ? ": " + pass.pass().missingReason() : "");
                    h.raw(pass.pass().status() == PassStatus.MISSING ? "<tr class=\"missing\">" : "<tr>")
                            .element("td", dyad.dyad().code()).element("td", String.valueOf(session.session().number()))
                            .element("td", TimelineSvg.perspectiveName(pass.pass().perspective(), t)).element("td", pass.participantCode())
                            .element("td", status).element("td class=\"n\"", String.valueOf(pass.moments())).raw("</tr>");
                }
            }
        }
        h.raw("</tbody></table>");
        if (overview.gaps().isEmpty()) {
            h.raw("<p>" + ReportText.words(t.get("participation.noGaps")) + "</p>");
        } else {
            h.raw("<h3>" + ReportText.words(t.get("participation.gaps")) + "</h3><ul>");
            for (StudyOverview.Gap gap : overview.gaps()) {
                String who = perspectiveInProse(gap.perspective());
                String session = String.valueOf(gap.sessionNumber());
                String text = switch (gap.kind()) {
                    case MISSING_RECALL -> t.get("gap.missingRecall", gap.dyadCode(), session, who, gap.participantCode())
                            + (gap.reason().isBlank() ? "" : " – " + gap.reason());
                    case NO_RECALL_RECORDED -> t.get("gap.noRecallRecorded", gap.dyadCode(), session, who, gap.participantCode());
                    case SESSION_NOT_RECORDED -> t.get("gap.sessionNotRecorded", gap.dyadCode(), session);
                };
                h.element("li", text);
            }
            h.raw("</ul>");
        }
        h.raw("</section>\n");
    }

    /** A perspective's name inside a sentence ("the client's recall", "klientens"): lower case. */
    private String perspectiveInProse(Role role) {
        return TimelineSvg.perspectiveName(role, t).toLowerCase(t.locale());
    }

    private void sessions(Html h) {
        h.raw("<section><h2>" + ReportText.words(t.get("sessions.heading")) + "</h2>");
        h.raw("<p class=\"legend\"><span class=\"dot\" style=\"background:#2e8b57\"></span> " + ReportText.words(t.get("legend.helpful"))
                + " <span class=\"dot\" style=\"background:#c0392b\"></span> " + ReportText.words(t.get("legend.hindering"))
                + " <span class=\"dot\" style=\"background:#9e9e9e\"></span> " + ReportText.words(t.get("legend.neutral"))
                + " <span class=\"dot\" style=\"background:#fff\"></span> " + ReportText.words(t.get("legend.notRated"))
                + " <b style=\"color:#2b6cb0\">" + ReportText.words(t.get("legend.convergent")) + "</b>, <b style=\"color:#d97706\">"
                + ReportText.words(t.get("legend.divergentValence")) + "</b>, <b style=\"color:#7c3aed\">"
                + ReportText.words(t.get("legend.divergentMeaning")) + "</b>" + ReportText.words(t.get("legend.dashed")) + "</p>");
        for (Session session : study.sessions()) {
            Dyad dyad = study.dyad(session.dyadId());
            SessionPairing pairing = pairings.get(session.id());
            h.raw("<div class=\"session\">").element("h3", t.get("sessions.title", dyad.code(), String.valueOf(session.number()))
                    + (session.date() == null ? "" : " (" + t.date(session.date()) + ")"));
            h.raw(TimelineSvg.of(session, pairing, laneLabel(session, Role.CLIENT, pairing), laneLabel(session, Role.THERAPIST, pairing), t));
            int kept = pairing.kept().size();
            h.raw("<p class=\"small\">").text(t.get("sessions.counts", String.valueOf(kept), String.valueOf(pairing.suggested().size()),
                    String.valueOf(pairing.clientOnly().size()), String.valueOf(pairing.therapistOnly().size()))
                    + pairing.missing().stream().map(g -> " " + t.get(g.reason().isBlank() ? "sessions.recallMissing" : "sessions.recallMissingBecause",
                    TimelineSvg.perspectiveName(g.perspective(), t), g.reason())).collect(Collectors.joining())).raw("</p>");
            List<SessionPairing.Line> lines = new java.util.ArrayList<>(pairing.kept());
            lines.addAll(pairing.suggested());
            if (!lines.isEmpty()) {
                h.raw("<table class=\"grid small\"><thead><tr>" + th("", "column.client") + th("", "column.therapist")
                        + th(" class=\"n\"", "column.deltaSeconds") + th("", "column.class") + th("", "column.status")
                        + th(" class=\"n\"", "column.hatClient") + th(" class=\"n\"", "column.hatTherapist") + "</tr></thead><tbody>");
                for (SessionPairing.Line line : lines) {
                    h.raw("<tr>").element("td", Clock.of(line.client().anchor())).element("td", Clock.of(line.therapist().anchor()))
                            .element("td class=\"n\"", prose(line.deltaMillis() / 1000.0)).element("td", t.get("pairClass." + line.pairClass().name()))
                            .element("td", line.stored() == null ? t.get("pairStatus.suggested") : t.get("pairDecision." + line.stored().decision().name()))
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
        return TimelineSvg.perspectiveName(role, t) + " " + codes + (missing ? " " + t.get("sessions.laneMissing") : "");
    }

    private void pairingSummary(Html h) {
        h.raw("<section><h2>" + ReportText.words(t.get("pairs.heading")) + "</h2><table class=\"grid\"><thead><tr>" + th("", "column.dyad")
                + th(" class=\"n\"", "column.pairs") + th(" class=\"n\"", "column.ofWhichSuggested") + th(" class=\"n\"", "column.convergent")
                + th(" class=\"n\"", "column.divergentValence") + th(" class=\"n\"", "column.divergentMeaning")
                + th(" class=\"n\"", "column.clientOnly") + th(" class=\"n\"", "column.therapistOnly")
                + th(" class=\"n\"", "column.meanHatDifference") + th("", "column.missing") + "</tr></thead><tbody>");
        for (DyadSummary s : DyadSummary.of(study, pairings)) {
            h.raw(s.dyad() == null ? "<tr class=\"total\">" : "<tr>").element("td", s.dyad() == null ? t.get("pairs.allDyads") : s.dyad().code())
                    .element("td class=\"n\"", String.valueOf(s.pairs())).element("td class=\"n\"", String.valueOf(s.suggested()))
                    .element("td class=\"n\"", String.valueOf(s.convergent())).element("td class=\"n\"", String.valueOf(s.divergentValence()))
                    .element("td class=\"n\"", String.valueOf(s.divergentMeaning())).element("td class=\"n\"", String.valueOf(s.clientOnly()))
                    .element("td class=\"n\"", String.valueOf(s.therapistOnly()))
                    .element("td class=\"n\"", s.meanHelpfulnessDifference().isPresent() ? prose(s.meanHelpfulnessDifference().getAsDouble()) : "—")
                    .element("td", s.missing().stream().map(m -> "S" + m.session().number() + " " + perspectiveInProse(m.gap().perspective()))
                            .collect(Collectors.joining(", "))).raw("</tr>");
        }
        h.raw("</tbody></table><p class=\"small\">" + ReportText.words(t.get("pairs.note")) + "</p></section>\n");
    }

    private void themeTable(Html h) {
        ThemeFrequency.Thresholds th = options.thresholds();
        ThemeMatrix matrix = frequency.matrix();
        h.raw("<section class=\"break\"><h2>" + ReportText.words(t.get("themes.heading")) + "</h2>");
        if (frequency.lines().isEmpty()) {
            h.raw("<p>" + ReportText.words(t.get("themes.none")) + "</p></section>\n");
            return;
        }
        h.raw("<p class=\"small\">").text(t.get("themes.labels", String.valueOf(frequency.dyadsCounted()), pct(th.general()), pct(th.typical()),
                pct(th.variant()))).raw("</p>");
        h.raw("<table class=\"grid themes\"><thead><tr>" + th(" rowspan=\"2\"", "column.theme") + th(" rowspan=\"2\"", "column.definition")
                + th(" rowspan=\"2\" class=\"n\"", "column.dyads") + th(" rowspan=\"2\"", "column.frequency"));
        h.raw(th(" colspan=\"" + matrix.columns().size() + "\" class=\"c\"", "column.momentsByPerspective") + "</tr><tr>");
        matrix.columns().forEach(c -> h.element("th class=\"n\"", columnName(c)));
        h.raw("</tr></thead><tbody>");
        for (ThemeFrequency.Line line : frequency.lines()) {
            h.raw("<tr class=\"depth" + Math.min(line.depth(), 3) + "\">").element("td class=\"name\"", line.theme().name())
                    .element("td class=\"def\"", line.theme().definition())
                    .element("td class=\"n\"", line.dyads() + " / " + frequency.dyadsCounted())
                    .element("td class=\"label " + line.label().name().toLowerCase(Locale.ROOT) + "\"", t.get("label." + line.label().name()));
            for (int c = 0; c < matrix.columns().size(); c++) {
                boolean missing = matrix.missing().contains(matrix.columns().get(c));
                h.element("td class=\"n\"", missing ? t.get("cell.notApplicable") : String.valueOf(line.row().count(c)));
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
        h.raw("<section><h2>" + ReportText.words(t.get("matrix.heading")) + "</h2><p class=\"small\">").text(t.get("matrix.note", String.valueOf(max)))
                .raw("</p><table class=\"heat\"><thead><tr>" + th("", "column.theme"));
        matrix.columns().forEach(c -> h.element("th", columnName(c)));
        h.raw("</tr></thead><tbody>");
        String notApplicable = ReportText.words(t.get("cell.notApplicable"));
        for (ThemeMatrix.Row row : matrix.rows()) {
            h.raw("<tr>").raw("<th class=\"depth" + Math.min(row.depth(), 3) + "\">").text(row.theme().name()).raw("</th>");
            for (int c = 0; c < matrix.columns().size(); c++) {
                if (matrix.missing().contains(matrix.columns().get(c))) {
                    h.raw("<td class=\"na\">" + notApplicable + "</td>");
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
        h.raw("<section class=\"break\"><h2>" + ReportText.words(t.get("exemplars.heading")) + "</h2>");
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
            h.raw("<div class=\"theme\">").element("h3", line.theme().name() + " (" + t.get("label." + line.label().name()).toLowerCase(t.locale()) + ")");
            for (Moment moment : moments) {
                exemplar(h, moment);
            }
            h.raw("</div>");
        }
        if (!any) {
            h.raw("<p>" + ReportText.words(t.get("exemplars.none")) + "</p>");
        }
        h.raw("</section>\n");
    }

    private void exemplar(Html h, Moment moment) {
        RecallPass pass = study.pass(moment.passId());
        Session session = study.session(pass.sessionId());
        String who = t.get("exemplars.who", study.participant(pass.participantId()).code(), perspectiveInProse(pass.perspective()),
                study.dyad(session.dyadId()).code(), String.valueOf(session.number()), Clock.of(moment.anchor()))
                + (moment.helpfulness() == null ? "" : t.get("exemplars.helpfulness", t.decimal(moment.helpfulness().display())));
        h.raw("<figure class=\"exemplar\">");
        ReportStill still = options.stills().get(moment.id());
        if (still != null) {
            h.raw("<img alt=\"").text(t.get("exemplars.frameAt", Clock.of(moment.anchor()))).raw("\" width=\"" + still.width() + "\" height=\"" + still.height()
                    + "\" src=\"data:" + still.mimeType() + ";base64," + Base64.getEncoder().encodeToString(still.bytes()) + "\">");
        }
        h.raw("<div><blockquote>").text(moment.comment().isBlank() ? t.get("exemplars.noWords") : moment.comment()).raw("</blockquote>");
        ExemplarWords.write(h, study, moment, options.transcriptLines(), t);
        h.raw("<figcaption>").text(who).raw("</figcaption></div></figure>");
    }

    private String columnName(ThemeMatrix.Column c) {
        return TimelineSvg.perspectiveName(c.perspective(), t) + " S" + c.sessionNumber();
    }

    private String hat(Moment m) {
        return m.helpfulness() == null ? "—" : t.decimal(m.helpfulness().display());
    }

    private String pct(double share) {
        return prose(share * 100) + " %";
    }

    /** A number in the report's prose and tables, in the reader's decimal sign. */
    private String prose(double value) {
        return t.decimal(num(value));
    }

    private static String num(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }

}
