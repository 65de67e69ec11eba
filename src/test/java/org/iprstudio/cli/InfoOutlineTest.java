package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} reads a study file's outline; {@code info --check} reads it whole: both print the same. */
class InfoOutlineTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        int exit = IprStudioCommand.commandLine(context).execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void theOutlineGivesTheSameInfoAsTheWholeStudy() {
        Path file = dir.resolve("study.iprs");
        new SqliteStudyFiles().create(file, TestStudies.demo());

        String outline = run("info", file.toString());
        assertThat(outline).contains("Moments: " + TestStudies.demo().momentCount(), "moments", "Supervision");
        assertThat(run("info", file.toString(), "--check")).isEqualTo(outline);
    }

    @Test
    void aStudyJsonGivesTheSameInfoAsItsStudyFile() {
        Path file = dir.resolve("study.iprs");
        new SqliteStudyFiles().create(file, TestStudies.demo());

        String fromFile = run("info", file.toString());
        String fromJson = run("info", TestStudies.DEMO_JSON.toString());
        assertThat(fromJson.lines().skip(2).toList()).as("all but the title and source lines").isEqualTo(fromFile.lines().skip(2).toList());
    }
}
