package org.iprstudio.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** The report's exemplar quotes show the moment's quote and, when asked, the transcript lines around the moment, the quoted ones marked. */
class ExemplarWordsTest {
    private record Setup(Study study, Moment exemplar, Transcript transcript) {
    }

    /** The demo with a transcript for the session of its first exemplar: lines before, in and after the moment's stretch. */
    private static Setup demoWithWords() {
        Study study = TestStudies.demo();
        Moment exemplar = HtmlReport.exemplars(study).get(0);
        Session session = study.session(study.pass(exemplar.passId()).sessionId());
        MediaTime from = exemplar.playFrom();
        Transcript transcript = new Transcript(session.id(), "words.srt", List.of(
                new TranscriptCue(from.minusClamped(MediaTime.ofSeconds(120)), from.minusClamped(MediaTime.ofSeconds(118)), "Jonas", "Long before & unrelated"),
                new TranscriptCue(from, from.plus(MediaTime.ofSeconds(2)), "Jonas", "I froze <again>"),
                new TranscriptCue(from.plus(MediaTime.ofSeconds(2)), from.plus(MediaTime.ofSeconds(4)), "Marte", "Take your time.")),
                Map.of("Jonas", Role.CLIENT, "Marte", Role.THERAPIST));
        study.setTranscript(session.id(), transcript);
        return new Setup(study, exemplar, transcript);
    }

    private static String render(Study study, boolean lines) {
        return new HtmlReport(study, new ReportOptions(null, Map.of(), "", Instant.parse("2026-12-01T12:00:00Z"), lines)).render();
    }

    @Test
    void anExemplarShowsItsQuoteAndTheLinesAroundItsMoment() {
        Setup s = demoWithWords();
        TranscriptCue quoted = s.transcript().cues().get(1);
        s.study().put(new Quote(UUID.randomUUID(), s.exemplar().id(), quoted.start().equals(quoted.start()) ? s.transcript().sessionId() : null,
                new TimeSpan(quoted.start(), quoted.end()), "I froze"));
        String html = render(s.study(), true);
        assertThat(html).contains("Said in the session (").contains("“I froze”");
        assertThat(html).contains("<li class=\"quoted\"><span class=\"t\">").contains("I froze &lt;again&gt;");
        List<TranscriptCue> around = s.transcript().around(s.exemplar());
        assertThat(around).isNotEmpty();
        around.forEach(c -> assertThat(html).contains(Html.escape(c.text())));
        assertThat(html).as("only the lines around the moment").doesNotContain("Long before &amp; unrelated");
        assertThat(html).doesNotContain("<script");

        String without = render(s.study(), false);
        assertThat(without).contains("“I froze”").doesNotContain("<ol class=\"lines\">");
    }

    @Test
    void withoutATranscriptOrQuoteTheExemplarIsAsBefore() {
        Study plain = TestStudies.demo();
        assertThat(render(plain, true)).doesNotContain("class=\"said\"");
        Theme any = plain.themes().stream().filter(t -> !t.exemplarMomentIds().isEmpty()).findFirst().orElseThrow();
        assertThat(any).isNotNull();
    }
}
