package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.Checksums;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study file's safety as seen on the command line: recall-kit export --out and demo --fresh. */
class FileSafetyCommandLineTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final TestStudies t = new TestStudies();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext context = new CliContext(files, org.iprstudio.Main::probeSession, (study, session) -> 0,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @AfterEach
    void restore() {
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    /** A study whose session D01/3 has a client recall and no therapist recall yet. */
    private Path studyWithoutATherapistPass(String name) {
        Study study = t.study();
        study.remove(t.therapistPass.id());
        Path file = dir.resolve(name);
        files.create(file, study);
        return file;
    }

    private long therapistPasses(Path file) {
        try (StudyService service = new StudyService(files.open(file))) {
            return service.study().passes().stream().filter(p -> p.perspective() == Role.THERAPIST).count();
        }
    }

    private int export(Path study, Path kit, String... more) {
        String[] args = {"recall-kit", "export", study.toString(), "--session", "D01/3", "--perspective", "therapist", "--out", kit.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    @Test
    void aKitIsNeverWrittenOntoTheStudyItselfNorIsAPassCommitted() throws Exception {
        Path file = studyWithoutATherapistPass("study.iprs");
        Path link = Files.createSymbolicLink(dir.resolve("link-to-study.iprs"), file);
        for (Path onto : new Path[] {file, link, dir.resolve("sub/../study.iprs")}) {
            for (String[] force : new String[][] {{}, {"--force"}}) {
                assertThat(export(file, onto, force)).as("--out %s %s", onto, String.join(" ", force)).isEqualTo(2);
                assertThat(err.toString()).contains("this study's own file").contains("No kit was written and no recall pass was created")
                        .doesNotContain("Exception");
                assertThat(out.toString()).doesNotContain("Recall kit written");
            }
        }
        assertThat(therapistPasses(file)).as("no planned pass was committed").isZero();
        try (StudyStore store = files.open(file)) {
            assertThat(store.load().dyads()).hasSize(1);
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForceAndNeverWhenItIsAnotherStudy() throws Exception {
        Path file = studyWithoutATherapistPass("study.iprs");
        Path notes = dir.resolve("notes.iprkit");
        Files.writeString(notes, "my notes");
        assertThat(export(file, notes)).isEqualTo(2);
        assertThat(err.toString()).contains("already a file").contains("--force");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
        assertThat(therapistPasses(file)).isZero();

        Path other = studyWithoutATherapistPass("other.iprs");
        String otherBytes = Checksums.sha256(other);
        assertThat(export(file, other, "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("is an IPR Studio study").contains("not even with --force");
        assertThat(Checksums.sha256(other)).isEqualTo(otherBytes);
        assertThat(therapistPasses(file)).isZero();

        assertThat(export(file, notes, "--force")).isZero();
        assertThat(out.toString()).contains("Recall kit written: " + notes);
        assertThat(Files.readString(notes)).contains("\"format\"");
        assertThat(therapistPasses(file)).as("the planned pass, committed once the kit was written").isEqualTo(1);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".writing"));
        }
    }

    @Test
    void aFreshDemoIsRefusedWhileTheDemoIsOpenInAnotherWindow() throws Exception {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        assertThat(run("demo", "--no-window")).isZero();
        Path demo = dir.resolve("data").resolve("alliance-demo.iprs");
        try (StudyService open = new StudyService(files.open(demo))) {
            open.delete(open.study().moments().get(0));
            assertThat(run("demo", "--fresh", "--no-window")).isEqualTo(2);
            assertThat(err.toString()).contains("already open").doesNotContain("Exception");
        }
        try (StudyService kept = new StudyService(files.open(demo))) {
            assertThat(kept.study().momentCount()).isEqualTo(62);
        }
        assertThat(run("demo", "--fresh", "--no-window")).isZero();
        try (StudyService fresh = new StudyService(files.open(demo))) {
            assertThat(fresh.study().momentCount()).isEqualTo(63);
        }
    }
}
