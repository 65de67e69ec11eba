package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** transcript import and show, as a user runs them against a real study file. */
class TranscriptCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (study, session) -> 0,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    private Path demo() {
        Path study = dir.resolve("demo.iprs");
        new SqliteStudyFiles().create(study, TestStudies.demo());
        return study;
    }

    @Test
    void importsWithTheGivenSpeakersAndShowsAllLinesOrTheLineAtATime() throws Exception {
        Path study = demo();
        Path srt = Files.writeString(dir.resolve("d01-3.srt"), "\uFEFF1\r\n00:01:58,000 --> 00:02:04,500\r\nDr H: Good to see you <i>again</i>.\r\n\r\n"
                + "2\r\n00:02:05,000 --> 00:02:09,000\r\nIngrid: The traffic was slow.\r\n\r\n3\r\n00:02:10,000 --> 00:02:11,000\r\nMother: Hello.\r\n");
        assertThat(run("transcript", "import", study.toString(), "--session", "D01/3", srt.toString(), "--speakers", "Dr H=therapist,Ingrid=client")).isZero();
        assertThat(out.toString()).contains("Imported 3 transcript lines for session D01/3 from d01-3.srt.",
                "Speakers: Dr H=therapist, Ingrid=client, Mother=other speaker.");
        out.getBuffer().setLength(0);
        assertThat(run("transcript", "show", study.toString(), "--session", "D01/3")).isZero();
        assertThat(out.toString()).isEqualToNormalizingNewlines("""
                00:01:58.000 - 00:02:04.500  Dr H (therapist): Good to see you again.
                00:02:05.000 - 00:02:09.000  Ingrid (client): The traffic was slow.
                00:02:10.000 - 00:02:11.000  Mother: Hello.
                """);
        out.getBuffer().setLength(0);
        assertThat(run("transcript", "show", study.toString(), "--session", "D01/3", "--at", "00:02:06")).isZero();
        assertThat(out.toString().strip()).isEqualTo("00:02:05.000 - 00:02:09.000  Ingrid (client): The traffic was slow.");
        assertThat(run("transcript", "show", study.toString(), "--session", "D01/3", "--at", "00:02:09.500")).isEqualTo(1);
        assertThat(out.toString()).contains("Nobody speaks at 00:02:09.500");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBrokenFileIsOneLineWithItsLineNumberAndNothingIsImported() throws Exception {
        Path study = demo();
        Path txt = Files.writeString(dir.resolve("notes.txt"), "[00:01] T: Hello.\n[00:05] C: Hi.\n[0x:09] T: So.\n");
        assertThat(run("transcript", "import", study.toString(), "--session", "D01/3", txt.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: notes.txt, Line 3: '0x:09' is not a timestamp").contains("Nothing was imported.").hasLineCount(1);
        err.getBuffer().setLength(0);
        assertThat(run("transcript", "show", study.toString(), "--session", "D01/3")).isEqualTo(2);
        assertThat(err.toString()).contains("Session D01/3 has no transcript yet");
    }
}
