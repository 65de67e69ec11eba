package org.iprstudio.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 3 of study.json: transcripts, quotes and the protocol's transcriptInRecall, written only when a study has them, and read back the same. */
class TranscriptJsonTest {
    private final StudyJson json = new StudyJson();

    @TempDir
    Path dir;

    private String write(Study study) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(study, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Study read(String text) {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    /** The demo with a transcript for D02/3 (two speakers, one unmapped; two lines overlapping), a quote and the switch on. */
    private static Study withTranscriptAndQuote() {
        Study demo = TestStudies.demo();
        Session session = demo.sessionByLabel("D02/3").orElseThrow();
        Transcript transcript = new Transcript(session.id(), "D02-S3.vtt", List.of(
                new TranscriptCue(org.iprstudio.domain.MediaTime.parse("1:15"), org.iprstudio.domain.MediaTime.parse("1:19.100"), "Jonas", "Sorry I am late. \"The bus\"\u2026"),
                new TranscriptCue(org.iprstudio.domain.MediaTime.parse("1:18"), org.iprstudio.domain.MediaTime.parse("1:23.700"), "Marte", "No problem at all."),
                new TranscriptCue(org.iprstudio.domain.MediaTime.parse("1:25"), org.iprstudio.domain.MediaTime.parse("1:26.300"), null, "[door closes]"),
                new TranscriptCue(org.iprstudio.domain.MediaTime.parse("1:27"), org.iprstudio.domain.MediaTime.parse("1:29"), "Nurse", "Coffee?")),
                Map.of("Jonas", Role.CLIENT, "Marte", Role.THERAPIST));
        demo.setTranscript(session.id(), transcript);
        Moment moment = demo.momentsOf(demo.passesOf(session.id()).get(0).id()).get(0);
        demo.put(new Quote(UUID.fromString("7d1c2a43-5f0e-4c1b-9a77-2b1f4c3d5e6f"), moment.id(), session.id(),
                new TimeSpan(transcript.cues().get(0).start(), transcript.cues().get(1).end()), "The bus / No problem"));
        StudyHeader h = demo.header();
        demo.setHeader(new StudyHeader(h.id(), h.title(), h.approval(), h.periodStart(), h.periodEnd(), h.protocol().withTranscriptInRecall(true)));
        return demo;
    }

    @Test
    void aStudyWithTranscriptsIsVersionThreeAndReadsBackTheSameToTheByte() throws Exception {
        Study study = withTranscriptAndQuote();
        String text = write(study);
        assertThat(text).contains("\"formatVersion\" : 3", "\"transcriptInRecall\" : true", "\"transcripts\" : [ {", "\"quotes\" : [ {",
                "\"speaker\" : \"Nurse\"", "\"label\" : \"Jonas\"", "\"role\" : \"client\"");
        Study back = read(text);
        assertThat(back.header()).isEqualTo(study.header());
        assertThat(back.transcripts()).isEqualTo(study.transcripts());
        assertThat(back.quotes()).isEqualTo(study.quotes());
        assertThat(new HashSet<>(back.entitiesInDependencyOrder())).isEqualTo(new HashSet<>(study.entitiesInDependencyOrder()));
        assertThat(write(back)).isEqualTo(text);

        Path file = dir.resolve("t.iprs"); // and through the study file
        SqliteStudyStore.create(file, back);
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(write(store.load())).isEqualTo(text);
        }
    }

    @Test
    void aStudyWithoutThemStaysAtItsOldVersion() {
        Study demo = TestStudies.demo();
        // the demo's supervision example alone makes it version 3: without it, the study without transcripts stays at version 1
        for (var meeting : List.copyOf(demo.supervision().meetings())) {
            demo.supervision().removalOf(meeting.id()).forEach(r -> demo.supervision().remove(r.id()));
        }
        assertThat(write(demo)).contains("\"formatVersion\" : 1").doesNotContain("transcript").doesNotContain("quotes");
    }

    @Test
    void theFieldsOfVersionThreeInAnOlderVersionOrAKitAreRefusedClearly() {
        String text = write(withTranscriptAndQuote());
        assertThatThrownBy(() -> read(text.replace("\"formatVersion\" : 3", "\"formatVersion\" : 2")))
                .hasMessageContaining("belong to study.json format version 3").hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> read(text.replaceFirst("(\"label\" : \"Jonas\",\\s*\"role\" : )\"client\"", "$1\"observer\"")))
                .hasMessageContaining("mapped to the therapist or the client only");
        assertThatThrownBy(() -> read(text.replaceFirst("\"end\" : \"00:01:23\\.700\"", "\"end\" : \"00:01:10.000\"")))
                .hasMessageContaining("ends").hasMessageContaining("before it starts");
        String quoteOfNothing = text.replaceFirst("(\"quotes\" : \\[ \\{\\s*\"id\" : \"[^\"]+\",\\s*\"moment\" : \")[^\"]+", "$1" + UUID.randomUUID());
        assertThatThrownBy(() -> read(quoteOfNothing)).hasMessageContaining("the moment of a quote");
    }

    @Test
    void aRecallKitCarriesNoTranscriptQuoteOrSwitch() throws Exception {
        Study study = withTranscriptAndQuote();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeKit(study, Map.of(), out);
        String kit = out.toString(StandardCharsets.UTF_8);
        assertThat(kit).doesNotContain("transcript").doesNotContain("quotes").contains("\"formatVersion\" : 2");
    }
}
