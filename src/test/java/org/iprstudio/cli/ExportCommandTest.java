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

/** The export command as a user runs it: the file rules and the one-line messages. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (study, session) -> 0,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void jsonIsWrittenAndAnExistingOutNeedsForce() throws Exception {
        Path target = dir.resolve("copy.json");
        assertThat(run("export", TestStudies.DEMO_FOLDER.toString(), "--format", "json", "--out", target.toString())).isZero();
        assertThat(out.toString()).contains("Exported json: 63 moments in 1 file(s)");
        assertThat(target).exists();
        assertThat(run("export", TestStudies.DEMO_FOLDER.toString(), "--format", "json", "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: ").contains("already exists", "--force").doesNotContain("Exception");
        assertThat(run("export", TestStudies.DEMO_FOLDER.toString(), "--format", "json", "--out", target.toString(), "--force")).isZero();
    }

    @Test
    void everyFormatIsWrittenFromTheDemo() throws Exception {
        String demo = TestStudies.DEMO_FOLDER.toString();
        assertThat(run("export", demo, "--format", "json", "--out", dir.resolve("demo.json").toString())).isZero();
        assertThat(run("export", demo, "--format", "csv", "--out", dir.resolve("tables").toString())).isZero();
        assertThat(run("export", demo, "--format", "eaf", "--out", dir.resolve("elan").toString())).isZero();
        assertThat(run("export", demo, "--format", "eaf", "--session", "D01/5", "--out", dir.resolve("d01-5.eaf").toString())).isZero();
        assertThat(run("export", demo, "--format", "qdpx", "--out", dir.resolve("demo.qdpx").toString())).isZero();
        assertThat(run("export", demo, "--format", "QDC", "--out", dir.resolve("demo.qdc").toString())).isZero();
        assertThat(run("export", demo, "--format", "csv", "--dyad", "D02", "--excel", "--out", dir.resolve("d02").toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(dir.resolve("tables/moments.csv")).isRegularFile();
        assertThat(dir.resolve("elan/D02-S5.eaf")).isRegularFile();
        assertThat(dir.resolve("d01-5.eaf")).isRegularFile();
        assertThat(dir.resolve("demo.qdpx")).isRegularFile();
        assertThat(dir.resolve("demo.qdc")).isRegularFile();
        var study = TestStudies.demo();
        var d01s5 = study.sessionByLabel("D01/5").orElseThrow().id();
        long inD01s5 = study.moments().stream().filter(m -> study.pass(m.passId()).sessionId().equals(d01s5)).count();
        assertThat(out.toString()).contains("Exported eaf: 63 moments in 4 file(s)", "Exported eaf: " + inD01s5 + " moments in 1 file(s)");
    }

    @Test
    void anUnknownDyadOrSessionAndAnExistingFolderAreOneClearLine() throws Exception {
        String demo = TestStudies.DEMO_FOLDER.toString();
        assertThat(run("export", demo, "--format", "csv", "--dyad", "D09", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no dyad D09");
        assertThat(run("export", demo, "--format", "eaf", "--session", "D01/4", "--out", dir.resolve("y").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no session D01/4");
        Path folder = Files.createDirectories(dir.resolve("full"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        err.getBuffer().setLength(0);
        assertThat(run("export", demo, "--format", "csv", "--out", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already holds files", "--force", "others are left alone").hasLineCount(1);
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }

    @Test
    void theStudyFileIsRefusedEvenWithForce() throws Exception {
        Path study = dir.resolve("demo.iprs");
        new SqliteStudyFiles().create(study, TestStudies.demo());
        long size = Files.size(study);
        assertThat(run("export", study.toString(), "--format", "json", "--out", study.toString(), "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("is a study", "not even with --force");
        assertThat(Files.size(study)).isEqualTo(size);
    }

    @Test
    void anUnknownFormatAndAnUnwritableOutAreOneClearLine() throws Exception {
        assertThat(run("export", TestStudies.DEMO_FOLDER.toString(), "--format", "docx", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'docx' is not an export format: use one of json, csv, eaf, qdpx, qdc");
        Path file = dir.resolve("file.txt");
        Files.writeString(file, "x");
        err.getBuffer().setLength(0);
        assertThat(run("export", TestStudies.DEMO_FOLDER.toString(), "--format", "json", "--out", file.resolve("a.json").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: The folder").contains("does not exist").hasLineCount(1);
    }
}
