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

/** recall-kit open as the laptop user runs it: the same kit goes on, another kit over an existing study is refused with the way out. */
class RecallKitOpenCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void aNewKitOverAStudyFromAnOlderOneIsRefusedWithTheOptionsAndReplaceStartsAfresh() throws Exception {
        Path study = dir.resolve("office.iprs");
        new SqliteStudyFiles().create(study, TestStudies.demo());
        Path kit = dir.resolve("D01-S3-client.iprkit");
        assertThat(run("recall-kit", "export", study.toString(), "--session", "D01/3", "--perspective", "client", "--out", kit.toString())).isZero();
        assertThat(run("recall-kit", "open", kit.toString(), "--no-window")).isZero();
        Path laptop = dir.resolve("D01-S3-client.iprkit.iprs");
        assertThat(laptop).exists();
        assertThat(run("recall-kit", "open", kit.toString(), "--no-window")).as("the same kit again").isZero();

        Files.delete(kit);
        assertThat(run("recall-kit", "export", study.toString(), "--session", "D01/5", "--perspective", "client", "--out", kit.toString())).isZero();
        byte[] before = Files.readAllBytes(laptop);
        assertThat(run("recall-kit", "open", kit.toString(), "--no-window")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("Error: ").contains("was not made from this kit", "ipr-studio open " + laptop, "--replace")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(Files.readAllBytes(laptop)).isEqualTo(before);

        assertThat(run("recall-kit", "open", kit.toString(), "--no-window", "--replace")).isZero();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("D01-S3-client\\.iprkit\\.replaced-[0-9-]+\\.iprs"));
        }
    }

    @Test
    void importSaysWhatWasTakenAndWhatConflicts() {
        Path study = dir.resolve("office.iprs");
        new SqliteStudyFiles().create(study, TestStudies.demo());
        Path kit = dir.resolve("kit.iprkit");
        assertThat(run("recall-kit", "export", study.toString(), "--session", "D01/3", "--perspective", "client", "--out", kit.toString())).isZero();
        assertThat(run("recall-kit", "import", study.toString(), kit.toString())).isZero();
        assertThat(out.toString()).contains("0 new moments, 10 already here", "0 changed on the other computer and taken; 0 changed in both places");
    }
}
