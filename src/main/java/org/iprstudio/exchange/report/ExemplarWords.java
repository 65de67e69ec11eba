package org.iprstudio.exchange.report;

import java.util.List;
import java.util.Optional;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.exchange.Clock;

/**
 * What was said in the session around an exemplar moment, for the report: the moment's quote, and
 * the transcript lines around it (its span, or the 30 s before its anchor, as the coding inspector
 * shows them), the lines of the quote marked. Nothing when the session has no transcript.
 */
final class ExemplarWords {
    /** Styles for the lines; added to the report's style sheet. */
    static final String CSS = "div.said{font-size:12px;margin:2px 0 6px}div.said p.quote{margin:0 0 2px}"
            + "ol.lines{list-style:none;margin:0;padding:0 0 0 8px;border-left:3px solid #e5e7eb}ol.lines li{margin:0}"
            + "ol.lines li.quoted{background:#fef3c7}ol.lines .t{color:#6b7280;margin-right:6px}ol.lines .s{font-weight:bold;margin-right:4px}";

    private ExemplarWords() {
    }

    static void write(Html h, Study study, Moment moment, boolean withLines, ReportText words) {
        Optional<Quote> quote = study.quoteOf(moment.id());
        Transcript transcript = study.transcriptOf(study.pass(moment.passId()).sessionId()).orElse(null);
        List<TranscriptCue> lines = !withLines || transcript == null ? List.of() : transcript.around(moment);
        if (quote.isEmpty() && lines.isEmpty()) {
            return;
        }
        h.raw("<div class=\"said\">");
        quote.ifPresent(q -> h.raw("<p class=\"quote\">").text(words.get("exemplars.said", Clock.of(q.cues().start()), Clock.of(q.cues().end()), q.text())).raw("</p>"));
        if (!lines.isEmpty()) {
            h.raw("<ol class=\"lines\">");
            for (TranscriptCue cue : lines) {
                boolean quoted = quote.isPresent() && !cue.start().isBefore(quote.get().cues().start()) && !cue.end().isAfter(quote.get().cues().end());
                h.raw(quoted ? "<li class=\"quoted\">" : "<li>").raw("<span class=\"t\">").text(Clock.of(cue.start())).raw("</span>");
                if (cue.speaker() != null) {
                    h.raw("<span class=\"s\">").text(cue.speaker() + ":").raw("</span>");
                }
                h.text(cue.text()).raw("</li>");
            }
            h.raw("</ol>");
        }
        h.raw("</div>");
    }
}
