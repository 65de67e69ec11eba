package org.iprstudio.app.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed demo carries every session's transcript, made from the dialogue its voices read. */
class DemoTranscriptsTest {
    @TempDir
    Path dataDir;

    @BeforeEach
    void useTemporaryDataFolder() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    @Test
    void everyDemoSessionHasTheDialogueAsItsTranscriptWithTherapistAndClientMapped() throws Exception {
        List<String[]> dialogue = Files.readAllLines(TestStudies.DEMO_FOLDER.resolve("media/dialogue.tsv")).stream().skip(1)
                .map(line -> line.split("\t")).toList();
        SqliteStudyFiles files = new SqliteStudyFiles();
        try (StudyService service = new StudyService(files.open(new DemoStudy(files).install(true)))) {
            Study study = service.study();
            assertThat(study.transcripts()).hasSize(study.sessions().size());
            for (Session session : study.sessions()) {
                String video = study.dyad(session.dyadId()).code() + "-S" + session.number();
                List<String[]> lines = dialogue.stream().filter(row -> row[0].equals(video)).toList();
                Transcript transcript = study.transcriptOf(session.id()).orElseThrow();
                assertThat(transcript.cues()).extracting(TranscriptCue::text).containsExactlyElementsOf(lines.stream().map(row -> row[3]).toList());
                for (int i = 0; i < lines.size(); i++) {
                    TranscriptCue cue = transcript.cues().get(i);
                    assertThat(cue.start().seconds()).isEqualTo(Double.parseDouble(lines.get(i)[1]));
                    assertThat(transcript.roleOf(cue)).contains(Role.valueOf(lines.get(i)[2].toUpperCase(java.util.Locale.ROOT)));
                }
                assertThat(Set.copyOf(transcript.speakers().values())).containsExactlyInAnyOrder(Role.THERAPIST, Role.CLIENT);
            }
        }
    }
}
