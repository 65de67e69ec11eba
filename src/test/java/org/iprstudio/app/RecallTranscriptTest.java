package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's words on the recall screen: none unless the study's protocol turns them on, and then
 * the transcript's lines and nothing else: no moment, quote or code of the other perspective.
 * On the demo's study file, where every session has a transcript; C02 recalls D02 session 3.
 */
class RecallTranscriptTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private Path file;
    private StudyService service;
    private Session session;
    private RecallPass clientPass;
    private RecallPass therapistPass;

    @BeforeEach
    void openDemo() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dir.toString());
        file = new DemoStudy(files).install(false);
        service = new StudyService(files.open(file));
        session = service.study().sessionByLabel("D02/3").orElseThrow();
        clientPass = service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.CLIENT).findFirst().orElseThrow();
        therapistPass = service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.THERAPIST).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        service.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private void showTranscriptInRecall(boolean shown) {
        StudyHeader h = service.study().header();
        service.apply(List.of(new StudyChange.SetHeader(new StudyHeader(h.id(), h.title(), h.approval(), h.periodStart(), h.periodEnd(),
                h.protocol().withTranscriptInRecall(shown)))));
    }

    @Test
    void withoutTheProtocolsSwitchTheRecallGetsNoWordsThoughTheSessionHasATranscript() {
        assertThat(service.study().transcriptOf(session.id())).isPresent();
        assertThat(service.study().header().protocol().transcriptInRecall()).isFalse();
        assertThat(RecallSession.of(service, clientPass.id()).transcriptLines()).isEmpty();
    }

    @Test
    void withItTheRecallGetsTheLinesAndNothingOfTheOtherPerspective() {
        Transcript transcript = service.study().transcriptOf(session.id()).orElseThrow();
        Moment theirs = service.study().momentsOf(therapistPass.id()).stream().filter(m -> !transcript.around(m).isEmpty()).findFirst().orElseThrow();
        TranscriptCue quoted = transcript.around(theirs).get(0);
        service.put(new Quote(UUID.randomUUID(), theirs.id(), session.id(), new TimeSpan(quoted.start(), quoted.end()), quoted.text()));
        showTranscriptInRecall(true);
        service.close();
        try (StudyService reopened = new StudyService(files.open(file))) { // the switch is in the file
            List<RecallLine> lines = RecallSession.of(reopened, clientPass.id()).transcriptLines();
            assertThat(lines).hasSameSizeAs(transcript.cues());
            for (int i = 0; i < lines.size(); i++) {
                TranscriptCue cue = transcript.cues().get(i);
                assertThat(lines.get(i)).isEqualTo(new RecallLine(cue.start(), cue.end(), cue.speaker(), cue.text()));
            }
            List<String> theirComments = reopened.study().momentsOf(therapistPass.id()).stream().map(Moment::comment).filter(c -> !c.isBlank()).toList();
            for (RecallLine line : lines) {
                assertThat(theirComments).noneMatch(c -> line.words().contains(c) || (line.speaker() != null && line.speaker().contains(c)));
            }
            assertThat(RecallLine.class.getRecordComponents()).extracting(c -> c.getName()).containsExactly("start", "end", "speaker", "words");
        }
        service = new StudyService(files.open(file));
        showTranscriptInRecall(false);
        assertThat(RecallSession.of(service, clientPass.id()).transcriptLines()).isEmpty();
    }
}
