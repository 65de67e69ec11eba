package org.iprstudio.exchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    private static final String CSS = ".status.achieved{color:#14532d;font-weight:600}.status.working{color:#1e40af}"
            + ".status{white-space:nowrap}.recall{font-style:italic;color:#333}.feedback{color:#222}td.t{white-space:nowrap}";

    private final SupervisionLog log;
    private final Instant generatedAt;
    private final ReportText t;

    /** A summary in the program's language (Locale.getDefault()). */
    public SupervisionSummary(SupervisionLog log, Instant generatedAt) {
        this(log, generatedAt, Locale.getDefault());
    }

    public SupervisionSummary(SupervisionLog log, Instant generatedAt, Locale locale) {
        this.log = log;
        this.generatedAt = generatedAt;
        this.t = new ReportText(locale);
    }

    public void write(OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(render());
        out.flush();
    }

    public String render() {
        String who = log.trainee().label();
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"" + t.language() + "\"><head><meta charset=\"utf-8\">")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .element("title", t.get("supervision.title", who)).raw("<style>").raw(ReportStyle.CSS).raw(CSS).raw("</style></head><body>\n");
        h.element("h1", t.get("supervision.heading", who));
        h.raw("<p class=\"meta\">").text(t.get("supervision.generated", t.stamp(generatedAt))).raw("</p>\n");
        long achieved = log.points().stream().filter(p -> p.point().status() == LearningStatus.ACHIEVED).count();
        h.raw("<table class=\"facts\">");
        fact(h, t.get("supervision.meetings"), String.valueOf(log.meetings().size()));
        fact(h, t.get("supervision.points"), t.get("supervision.pointsValue", String.valueOf(log.points().size()), String.valueOf(achieved),
                String.valueOf(log.points().size() - achieved)));
        h.raw("</table>\n");
        if (log.meetings().isEmpty()) {
            h.raw("<p class=\"note\">").text(t.get("supervision.noMeetings", who)).raw("</p>");
        }
        for (SupervisionLog.Meeting meeting : log.meetings()) {
            h.raw("<section class=\"session\">");
            h.element("h2", t.get("supervision.meeting", meeting.meeting().date() == null ? "?" : t.date(meeting.meeting().date()), String.valueOf(meeting.session()), meeting.supervisor().label()));
            h.raw("<p>").raw("<strong>" + ReportText.words(t.get("supervision.summary")) + "</strong> ")
                    .text(meeting.meeting().summary().isBlank() ? "—" : meeting.meeting().summary()).raw("</p>");
            h.raw("<p class=\"small\">").text(t.get("supervision.stops", String.valueOf(meeting.stops()))).raw("</p>");
            if (meeting.points().isEmpty()) {
                h.raw("<p class=\"small\">").text(t.get("supervision.noPoints")).raw("</p>");
            } else {
                h.raw("<table class=\"grid\"><thead><tr>" + th("supervision.column.point") + th("column.status") + th("supervision.column.noted")
                        + th("supervision.column.at") + th("supervision.column.recalled") + th("supervision.column.feedback") + "</tr></thead><tbody>");
                for (SupervisionLog.Point p : meeting.points()) {
                    SupervisionMoment m = p.moment();
                    boolean done = p.point().status() == LearningStatus.ACHIEVED;
                    h.raw("<tr>").element("td", p.point().text())
                            .raw("<td class=\"status " + (done ? "achieved" : "working") + "\">").text(t.get(done ? "supervision.achieved" : "supervision.workingOn")).raw("</td>")
                            .raw("<td class=\"t\">").text(t.date(p.point().noted())).raw("</td>")
                            .raw("<td class=\"t\">").text(SupervisionLog.clock(m.anchor()) + (m.stoppedBy() == null ? ""
                                    : " " + t.get("supervision.stoppedBy." + m.stoppedBy().name()))).raw("</td>")
                            .raw("<td class=\"recall\">").text(m.recall()).raw("</td>")
                            .raw("<td class=\"feedback\">").text(m.feedback()).raw("</td></tr>");
                }
                h.raw("</tbody></table>");
            }
            h.raw("</section>\n");
        }
        return h.raw("</body></html>\n").toString();
    }

    private String th(String key) {
        return "<th>" + ReportText.words(t.get(key)) + "</th>";
    }

    private static void fact(Html h, String name, String value) {
        h.raw("<tr>").element("th", name).element("td", value).raw("</tr>");
    }
}
