package org.iprstudio.exchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.SupervisionLog;
import org.iprstudio.domain.SupervisionMoment;

/**
 * A trainee's supervision summary for their portfolio: one self-contained, printable HTML file
 * (styles inline, no scripts, nothing fetched) with each meeting's summary and the learning points
 * with the moments they came from. Codes and pseudonyms only; nothing of any client's recall.
 */
public final class SupervisionSummary {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String CSS = ".status.achieved{color:#14532d;font-weight:600}.status.working{color:#1e40af}"
            + ".status{white-space:nowrap}.recall{font-style:italic;color:#333}.feedback{color:#222}td.t{white-space:nowrap}";

    private final SupervisionLog log;
    private final Instant generatedAt;

    public SupervisionSummary(SupervisionLog log, Instant generatedAt) {
        this.log = log;
        this.generatedAt = generatedAt;
    }

    public void write(OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(render());
        out.flush();
    }

    public String render() {
        String who = log.trainee().label();
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .element("title", "Supervision summary – " + who).raw("<style>").raw(ReportStyle.CSS).raw(CSS).raw("</style></head><body>\n");
        h.element("h1", "Supervision summary: " + who);
        h.raw("<p class=\"meta\">").text("Generated " + STAMP.format(generatedAt) + " by IPR Studio for the trainee's portfolio. Codes and pseudonyms only;"
                + " times are places in the recorded session.").raw("</p>\n");
        long achieved = log.points().stream().filter(p -> p.point().status() == LearningStatus.ACHIEVED).count();
        h.raw("<table class=\"facts\">");
        fact(h, "Meetings", String.valueOf(log.meetings().size()));
        fact(h, "Learning points", log.points().size() + " (" + achieved + " achieved, " + (log.points().size() - achieved) + " working on)");
        h.raw("</table>\n");
        if (log.meetings().isEmpty()) {
            h.raw("<p class=\"note\">").text("No supervision meetings are recorded for " + who + " yet.").raw("</p>");
        }
        for (SupervisionLog.Meeting meeting : log.meetings()) {
            h.raw("<section class=\"session\">");
            h.element("h2", meeting.meeting().date() + " · session " + meeting.session() + " · supervisor " + meeting.supervisor().label());
            h.raw("<p>").raw("<strong>Supervisor's summary:</strong> ")
                    .text(meeting.meeting().summary().isBlank() ? "—" : meeting.meeting().summary()).raw("</p>");
            h.raw("<p class=\"small\">").text(meeting.stops() + " stop(s) in the recording.").raw("</p>");
            if (meeting.points().isEmpty()) {
                h.raw("<p class=\"small\">").text("No learning points from this meeting.").raw("</p>");
            } else {
                h.raw("<table class=\"grid\"><thead><tr><th>Learning point</th><th>Status</th><th>Noted</th><th>At</th>"
                        + "<th>What the trainee recalled</th><th>Supervisor's feedback</th></tr></thead><tbody>");
                for (SupervisionLog.Point p : meeting.points()) {
                    SupervisionMoment m = p.moment();
                    boolean done = p.point().status() == LearningStatus.ACHIEVED;
                    h.raw("<tr>").element("td", p.point().text())
                            .raw("<td class=\"status " + (done ? "achieved" : "working") + "\">").text(done ? "achieved" : "working on").raw("</td>")
                            .raw("<td class=\"t\">").text(p.point().noted().toString()).raw("</td>")
                            .raw("<td class=\"t\">").text(SupervisionLog.clock(m.anchor()) + (m.stoppedBy() == null ? "" : " (stopped by the "
                                    + m.stoppedBy().name().toLowerCase(Locale.ROOT) + ")")).raw("</td>")
                            .raw("<td class=\"recall\">").text(m.recall()).raw("</td>")
                            .raw("<td class=\"feedback\">").text(m.feedback()).raw("</td></tr>");
                }
                h.raw("</tbody></table>");
            }
            h.raw("</section>\n");
        }
        return h.raw("</body></html>\n").toString();
    }

    private static void fact(Html h, String name, String value) {
        h.raw("<tr>").element("th", name).element("td", value).raw("</tr>");
    }
}
