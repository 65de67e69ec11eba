package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** transcript.csv from the installed demo (which has a transcript per session), read back with Commons CSV. */
class TranscriptCsvTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    @Test
    void everyLineOfEverySessionIsARowWithItsSpeakerMappedToTheDyad() throws Exception {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path demo = new DemoStudy(files).install(false);
        Path out = dir.resolve("csv");
        new StudyExport(new StudySources(files)).export(demo, new StudyExport.Request(ExportFormat.CSV, out, null, null, false, false, false, Locale.ROOT));
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(out.resolve("transcript.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            rows = parser.getRecords();
        }
        Study study = new StudySources(files).read(demo).study();
        assertThat(rows).hasSize(study.transcripts().stream().mapToInt(t -> t.cues().size()).sum());
        Session d01s3 = study.sessionByLabel("D01/3").orElseThrow();
        Transcript transcript = study.transcriptOf(d01s3.id()).orElseThrow();
        List<CSVRecord> ofSession = rows.stream().filter(r -> r.get("session_id").equals(d01s3.id().toString())).toList();
        assertThat(ofSession).hasSize(transcript.cues().size());
        for (int i = 0; i < ofSession.size(); i++) {
            CSVRecord row = ofSession.get(i);
            TranscriptCue cue = transcript.cues().get(i);
            assertThat(row.get("dyad")).isEqualTo("D01");
            assertThat(row.get("line")).isEqualTo(Integer.toString(i + 1));
            assertThat(Long.parseLong(row.get("start_ms"))).isEqualTo(cue.start().millis());
            assertThat(Long.parseLong(row.get("end_ms"))).isEqualTo(cue.end().millis());
            assertThat(row.get("text")).isEqualTo(cue.text());
            String role = transcript.roleOf(cue).orElseThrow().name().toLowerCase(Locale.ROOT);
            assertThat(row.get("speaker_role")).isEqualTo(role);
            assertThat(row.get("participant")).isEqualTo(role.equals("client") ? "C01" : "T01");
        }
        // a session export keeps that session's transcript
        Path one = dir.resolve("one");
        new StudyExport(new StudySources(files)).export(demo, new StudyExport.Request(ExportFormat.CSV, one, null, "D01/3", false, false, false, Locale.ROOT));
        try (Reader in = Files.newBufferedReader(one.resolve("transcript.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertThat(parser.getRecords()).hasSize(transcript.cues().size());
        }
    }
}
