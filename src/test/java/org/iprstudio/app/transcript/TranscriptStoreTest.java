package org.iprstudio.app.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Transcript;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transcript imported into a real study file, read back, replaced and removed with its session. */
class TranscriptStoreTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();

    private Path study() {
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, t.study());
        return file;
    }

    private Path vtt(String body) throws Exception {
        return Files.writeString(dir.resolve("s.vtt"), "WEBVTT\n\n" + body);
    }

    @Test
    void anImportedTranscriptIsInTheFileAtOnceAndComesBackWhole() throws Exception {
        Path file = study();
        Path source = vtt("00:01.000 --> 00:03.000\n<v T>Hello, Ingrid.\n\n00:02.500 --> 00:04.000\n<v C>Hi.\n\n00:05.000 --> 00:06.000\n<v Interpreter>(translates)\n");
        Transcript saved;
        try (StudyService service = new StudyService(SqliteStudyStore.open(file))) {
            TranscriptImport.Draft draft = TranscriptImport.read(source, service.study().session(t.session.id()));
            assertThat(draft.speakerLabels()).containsExactly("T", "C", "Interpreter");
            saved = draft.withSpeakers(SpeakerMapping.guess(service.study(), t.dyad, draft.speakerLabels()));
            TranscriptImport.save(service, saved);
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Transcript back = store.load().transcriptOf(t.session.id()).orElseThrow();
            assertThat(back).isEqualTo(saved);
            assertThat(back.speakers()).containsExactly(Map.entry("T", Role.THERAPIST), Map.entry("C", Role.CLIENT));
            assertThat(back.cueAt(MediaTime.ofSeconds(2.7)).orElseThrow().text()).isEqualTo("Hi.");
        }
    }

    @Test
    void aSecondImportReplacesTheFirstAndDeletingTheSessionTakesTheTranscriptAlong() throws Exception {
        Path file = study();
        try (StudyService service = new StudyService(SqliteStudyStore.open(file))) {
            var session = service.study().session(t.session.id());
            TranscriptImport.save(service, TranscriptImport.read(vtt("00:01.000 --> 00:02.000\nfirst\n"), session).withSpeakers(Map.of()));
            TranscriptImport.save(service, TranscriptImport.read(vtt("00:01.000 --> 00:02.000\nsecond\n\n00:03.000 --> 00:04.000\nmore\n"), session)
                    .withSpeakers(Map.of()));
            assertThat(service.study().transcriptOf(session.id()).orElseThrow().cues()).hasSize(2);
            service.delete(session);
            assertThat(service.study().transcripts()).isEmpty();
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(store.load().transcripts()).isEmpty();
        }
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndNothingIsImported() throws Exception {
        Path file = study();
        try (StudyService service = new StudyService(SqliteStudyStore.open(file))) {
            var session = service.study().session(t.session.id());
            MediaTime videoEnd = session.media().duration();
            String late = videoEnd.plus(MediaTime.ofSeconds(1)).toClock();
            assertThatThrownBy(() -> TranscriptImport.read(vtt("00:01.000 --> 00:02.000\nfine\n\n" + late + " --> " + late + "\nlate\n"), session))
                    .isInstanceOf(DomainException.class).hasMessageStartingWith("s.vtt, Line 6: this line starts at " + late);
            // the study itself refuses a transcript past the video, whoever builds it
            Transcript tooLong = new Transcript(session.id(), "x", java.util.List.of(new org.iprstudio.domain.TranscriptCue(MediaTime.ZERO,
                    videoEnd.plus(MediaTime.ofSeconds(1)), null, "x")), Map.of());
            assertThatThrownBy(() -> TranscriptImport.save(service, tooLong)).isInstanceOf(DomainException.class).hasMessageContaining("past the end");
            assertThat(service.study().transcripts()).isEmpty();
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(store.load().transcripts()).isEmpty();
        }
    }

    @Test
    void speakersAreMappedAsWrittenOrRefusedClearly() {
        assertThat(SpeakerMapping.parse("Dr A=therapist, Ana=CLIENT", java.util.List.of("Dr A", "Ana", "Mother")))
                .containsExactly(Map.entry("Dr A", Role.THERAPIST), Map.entry("Ana", Role.CLIENT));
        assertThatThrownBy(() -> SpeakerMapping.parse("X=therapist", java.util.List.of("T"))).hasMessage("The transcript has no speaker 'X'; its speakers are T.");
        assertThatThrownBy(() -> SpeakerMapping.parse("T=observer", java.util.List.of("T"))).hasMessageContaining("therapist or client");
        assertThat(SpeakerMapping.guess(t.study(), t.dyad, java.util.List.of("Halvor", "c01", "Mother")))
                .containsExactly(Map.entry("Halvor", Role.THERAPIST), Map.entry("c01", Role.CLIENT));
    }
}
