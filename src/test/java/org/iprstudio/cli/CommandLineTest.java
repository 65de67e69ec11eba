package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.iprstudio.testing.Trees;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them, with the real study file, JSON reader and libVLC. */
@Tag("vlc")
class CommandLineTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), org.iprstudio.Main::probeSession, (study, session) -> 0,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void infoListsTheDyadsSessionsRecallsAndTheMissingOne() {
        assertThat(run("info", TestStudies.DEMO_FOLDER.toString())).isZero();
        String text = out.toString();
        assertThat(text).contains("D01  site S1", "D02  site S2");
        assertThat(text.split("\n")).filteredOn(l -> l.startsWith("  Session 3")).hasSize(2);
        assertThat(text.split("\n")).filteredOn(l -> l.startsWith("  Session 5")).hasSize(2);
        assertThat(text).contains("client     C01  done  10 moments", "therapist  T01  done  9 moments");
        assertThat(text).contains("therapist  T02  MISSING: Therapist ill");
        assertThat(text).contains("client     4 done, 0 planned, 0 missing; 36 moments");
        assertThat(text).contains("therapist  3 done, 0 planned, 1 missing; 27 moments");
        assertThat(text).contains("D02 session 5: therapist recall (T02) MISSING");
    }

    @Test
    void infoReadsAStudyFileAndAStudyJsonAlike() {
        Path file = TestStudies.demoFile(dir);
        assertThat(run("info", file.toString())).isZero();
        String fromFile = out.toString().replace(file.toString(), "SOURCE");
        out.getBuffer().setLength(0);
        assertThat(run("info", TestStudies.DEMO_JSON.toString())).isZero();
        String fromJson = out.toString().replace(TestStudies.DEMO_JSON.toString(), "SOURCE");
        assertThat(fromFile).isEqualTo(fromJson);
    }

    @Test
    void infoOnSomethingThatIsNotAStudySaysSoWithoutAStackTrace() throws Exception {
        Path text = dir.resolve("notes.iprs");
        Files.writeString(text, "not a study");
        assertThat(run("info", text.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: ").contains("is not an IPR Studio study").doesNotContain("Exception");
        assertThat(run("info", dir.resolve("nothing-here.iprs").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("There is no study file");
    }

    @Test
    void recallKitExportAndImportAsTheCommandsAreWritten() {
        Path file = dir.resolve("study.iprs");
        new SqliteStudyFiles().create(file, TestStudies.demo());
        Path kit = dir.resolve("kit.iprkit");
        assertThat(run("recall-kit", "export", file.toString(), "--session", "D01/3", "--perspective", "client", "--out", kit.toString())).isZero();
        assertThat(kit).exists();
        assertThat(run("recall-kit", "import", file.toString(), kit.toString())).isZero();
        assertThat(out.toString()).contains("0 new moments, 10 already here");
        assertThat(run("recall-kit", "export", file.toString(), "--session", "D09/3", "--perspective", "client", "--out", kit.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no session D09/3");
        assertThat(run("recall-kit", "export", file.toString(), "--session", "D02/5", "--perspective", "therapist", "--out", kit.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("marked missing");
    }

    @Test
    void pairsShowsTheOutlinesPairsAndTheMissingPerspective() {
        assertThat(run("pairs", TestStudies.DEMO_FOLDER.toString(), "--session", "D01/3")).isZero();
        assertThat(out.toString()).contains("Pairs kept by the researchers (7)").contains("22:10 ->    22:30  +20.0 s  divergent meaning");
        out.getBuffer().setLength(0);
        assertThat(run("pairs", TestStudies.DEMO_FOLDER.toString(), "--session", "D02/3")).isZero();
        assertThat(out.toString()).contains("1:30 ->     1:40  +10.0 s  divergent valence").contains("+205.0 s  convergent         linked by hand");
        out.getBuffer().setLength(0);
        assertThat(run("pairs", TestStudies.DEMO_FOLDER.toString(), "--session", "D02/5")).isZero();
        assertThat(out.toString()).contains("Perspective missing: therapist (T02): Therapist ill").contains("Client only (8)");
    }

    @Test
    void mediaCheckPassesOnTheDemo() {
        assertThat(run("media-check", TestStudies.DEMO_FOLDER.toString())).isZero();
        assertThat(out.toString().split("\n")).filteredOn(l -> l.startsWith("OK ")).hasSize(4);
        assertThat(out.toString()).contains("All 4 session videos are fine.");
    }

    @Test
    void mediaCheckFailsClearlyWhenAVideoIsReplacedByATextFile() throws Exception {
        Path copy = dir.resolve("alliance-demo");
        Trees.copy(TestStudies.DEMO_FOLDER, copy);
        Files.writeString(copy.resolve("media/D02-S3.mp4"), "This is a text file, not a video.\n");
        assertThat(run("media-check", copy.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("BROKEN  D02/3  " + copy.resolve("media/D02-S3.mp4") + ": it is not the recorded video");
        assertThat(out.toString()).contains("1 of 4 session videos have a problem");
    }

    @Test
    void mediaCheckCatchesATextFileEvenWhenNoChecksumWasRecorded() throws Exception {
        Path copy = dir.resolve("alliance-demo");
        Trees.copy(TestStudies.DEMO_FOLDER, copy);
        Files.writeString(copy.resolve("media/D01-S3.mp4"), "This is a text file, not a video.\n");
        Path json = copy.resolve("study.json");
        Files.writeString(json, Files.readString(json).replaceAll("\"sha256\" : \"[0-9a-f]{64}\",\\s*", ""));
        assertThat(run("media-check", copy.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("BROKEN  D01/3");
    }
}
