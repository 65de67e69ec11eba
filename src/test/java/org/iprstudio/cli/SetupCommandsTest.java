package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.iprstudio.testing.Trees;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `new`, `import` and the way `open` points to them, run as a user types them, on real files. */
@Tag("vlc")
class SetupCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private boolean windowOpened;

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), org.iprstudio.Main::probeSession, (study, session) -> {
            windowOpened = true;
            return 0;
        }, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    private static Study read(Path file) {
        try (StudyStore store = new SqliteStudyFiles().openReadOnly(file)) {
            return store.load();
        }
    }

    @Test
    void newCreatesAnEmptyStudyWithTheStandardProtocol() {
        Path file = dir.resolve("my-study.iprs");
        assertThat(run("new", file.toString(), "--title", "Alliance at two clinics", "--approval", "REK 2026/123")).isZero();
        assertThat(out.toString()).contains("Study created: " + file).contains("ipr-studio open " + file);
        Study study = read(file);
        assertThat(study.header().title()).isEqualTo("Alliance at two clinics");
        assertThat(study.header().approval()).isEqualTo("REK 2026/123");
        assertThat(study.header().protocol().sessionNumbers()).containsExactly(3, 5);
        assertThat(study.header().protocol().prompts()).isNotEmpty();
        assertThat(study.dyads()).isEmpty();
        assertThat(run("info", file.toString())).isZero();
        assertThat(out.toString()).contains("Study: Alliance at two clinics", "Protocol: sessions 3, 5");
    }

    @Test
    void newTakesOtherSessionNumbers() {
        Path file = dir.resolve("four.iprs");
        assertThat(run("new", file.toString(), "--title", "T", "--sessions", "2,4,8")).isZero();
        assertThat(read(file).header().protocol().sessionNumbers()).containsExactly(2, 4, 8);
    }

    @Test
    void newRefusesAnyExistingFileAndLeavesItAsItWas() throws Exception {
        Path notes = dir.resolve("notes.iprs");
        Files.writeString(notes, "my notes, not a study");
        assertThat(run("new", notes.toString(), "--title", "T")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: There is already a file at " + notes).contains("never writes over").contains("Nothing was written");
        assertThat(Files.readString(notes)).isEqualTo("my notes, not a study");

        Path study = dir.resolve("study.iprs");
        assertThat(run("new", study.toString(), "--title", "First")).isZero();
        byte[] before = Files.readAllBytes(study);
        assertThat(run("new", study.toString(), "--title", "Second")).isEqualTo(2);
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
        assertThat(read(study).header().title()).isEqualTo("First");
    }

    @Test
    void newAcceptsSpacesAndNonAsciiLettersInNameAndTitle() {
        Path folder = dir.resolve("Forskning på Ålesund");
        assertThat(folder.toFile().mkdir()).isTrue();
        Path file = folder.resolve("Studie ø 2026.iprs");
        assertThat(run("new", file.toString(), "--title", "Allianse i Tromsø – «IPR»")).isZero();
        assertThat(read(file).header().title()).isEqualTo("Allianse i Tromsø – «IPR»");
        assertThat(run("info", file.toString())).isZero();
    }

    @Test
    void newRefusesAWrongNameAMissingFolderAndAnEmptyTitle() {
        assertThat(run("new", dir.resolve("study.txt").toString(), "--title", "T")).isEqualTo(2);
        assertThat(err.toString()).contains("ends in .iprs: use for example study.iprs");
        assertThat(run("new", dir.resolve("no/such/folder/s.iprs").toString(), "--title", "T")).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
        assertThat(run("new", dir.resolve("s.iprs").toString(), "--title", "  ")).isEqualTo(2);
        assertThat(err.toString()).contains("title must not be empty");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void newRefusesAFolderWithoutWritePermission() throws Exception {
        Path locked = dir.resolve("locked");
        Files.createDirectory(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: every folder is writable");
            assertThat(run("new", locked.resolve("s.iprs").toString(), "--title", "T")).isEqualTo(2);
            assertThat(err.toString()).contains("cannot be written to (no permission)");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void importRebasesRelativeVideoPathsSoMediaCheckFindsTheVideos() {
        Path file = dir.resolve("elsewhere/alliance.iprs");
        assertThat(file.getParent().toFile().mkdirs()).isTrue();
        assertThat(run("import", TestStudies.DEMO_JSON.toString(), "--out", file.toString())).isZero();
        assertThat(out.toString()).contains("Imported into " + file).contains("2 dyads, 4 sessions").contains("media-check " + file);
        for (Session s : read(file).sessions()) {
            assertThat(Path.of(s.media().path())).isAbsolute().exists();
        }
        out.getBuffer().setLength(0);
        assertThat(run("media-check", file.toString())).isZero();
        assertThat(out.toString()).contains("All 4 session videos are fine.");
    }

    @Test
    void importKeepsPathsRelativeWhenTheVideosLieUnderTheNewFilesFolder() throws Exception {
        Path project = dir.resolve("project");
        Trees.copy(TestStudies.DEMO_FOLDER, project);
        Path json = project.resolve("study.json");
        Path file = project.resolve("alliance.iprs");
        assertThat(run("import", json.toString(), "--out", file.toString())).isZero();
        assertThat(read(file).sessions()).extracting(s -> s.media().path()).allMatch(p -> p.startsWith("media/"));
        assertThat(run("media-check", file.toString())).isZero();
    }

    @Test
    void importNeverWritesOverAFileAndReportsABadJsonWithoutWriting() throws Exception {
        Path file = dir.resolve("a.iprs");
        assertThat(run("import", TestStudies.DEMO_JSON.toString(), "--out", file.toString())).isZero();
        byte[] before = Files.readAllBytes(file);
        assertThat(run("import", TestStudies.DEMO_JSON.toString(), "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already a file").contains("Nothing was written");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Path broken = dir.resolve("study.json");
        Files.writeString(broken, Files.readString(TestStudies.DEMO_JSON).replace("\"code\" : \"D01\"", "\"code\" : \"D 01\""));
        assertThat(run("import", broken.toString(), "--out", dir.resolve("b.iprs").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("D 01").contains("Nothing was imported");
        assertThat(dir.resolve("b.iprs")).doesNotExist();

        assertThat(run("import", file.toString(), "--out", dir.resolve("c.iprs").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already a study file");
    }

    @Test
    void openNamesImportForAStudyJsonAndNewForAMissingFile() {
        assertThat(run("open", TestStudies.DEMO_JSON.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ipr-studio import " + TestStudies.DEMO_JSON + " --out");
        Path missing = dir.resolve("new.iprs");
        assertThat(run("open", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ipr-studio new " + missing + " --title");
        assertThat(windowOpened).isFalse();
    }

    @Test
    void aFullDiskIsNamedAndNothingIsLeftBehind() throws Exception {
        Path small = dir.resolve("small disk");
        Files.createDirectory(small);
        // a real full file system: a tiny tmpfs (needs the right to mount; skipped where there is none)
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", small.toString()).redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a small file system here");
        try {
            Files.write(small.resolve("filler"), new byte[40 * 1024]);
            assertThat(run("new", small.resolve("study.iprs").toString(), "--title", "T")).isEqualTo(2);
            assertThat(err.toString()).contains("The disk that holds " + small + " is full").contains("Nothing was written");
            assertThat(run("import", TestStudies.DEMO_JSON.toString(), "--out", small.resolve("demo.iprs").toString())).isEqualTo(2);
            assertThat(small.toFile().list()).containsExactly("filler");
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }
}
