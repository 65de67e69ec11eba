package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.iprstudio.store.ExportRecord;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and report record what they wrote in the study file's history, and change nothing else (docs/decisions/0017). */
class ExportHistoryCommandTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(files, () -> null, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    private Path demoStudy() {
        Path study = dir.resolve("demo.iprs");
        files.create(study, TestStudies.demo());
        return study;
    }

    private List<ExportRecord> history(Path study) {
        try (StudyStore store = files.openReadOnly(study)) {
            return store.exports();
        }
    }

    @Test
    void everyExportIsRecordedAndTheStudyIsOtherwiseExactlyAsItWas() throws Exception {
        Path study = demoStudy();
        assertThat(history(study)).isEmpty();

        assertThat(run("export", study.toString(), "--format", "json", "--out", dir.resolve("before.json").toString())).isZero();
        assertThat(run("export", study.toString(), "--format", "csv", "--dyad", "D02", "--excel", "--out", dir.resolve("tables").toString())).isZero();
        assertThat(run("report", study.toString(), "--no-stills", "--out", dir.resolve("report.html").toString())).isZero();
        assertThat(run("export", study.toString(), "--format", "json", "--out", dir.resolve("after.json").toString())).isZero();

        assertThat(err.toString()).isEmpty();
        // study.json is lossless: the same bytes before and after three recorded exports
        assertThat(Files.readAllBytes(dir.resolve("after.json"))).isEqualTo(Files.readAllBytes(dir.resolve("before.json")));
        List<ExportRecord> history = history(study);
        assertThat(history).extracting(ExportRecord::format).containsExactly("json", "csv", "report", "json");
        assertThat(history).extracting(ExportRecord::via).containsOnly(ExportRecord.Via.COMMAND_LINE);
        assertThat(history).extracting(ExportRecord::researcher).containsOnlyNulls();
        assertThat(history.get(1).options()).startsWith("dyad D02, Excel (");
        assertThat(history.get(1).destination()).isEqualTo(dir.resolve("tables").toAbsolutePath().toString());
        assertThat(history.get(2).options()).contains("general 0.9", "no stills");
        assertThat(history.get(0).at()).isBeforeOrEqualTo(history.get(3).at());
        assertThat(history.get(3).destination()).endsWith("after.json");
    }

    @Test
    void aRecallKitLeavingTheStudyIsInItsHistoryWithWhoseRecallAndWhereTo() {
        Path study = demoStudy();
        Path kit = dir.resolve("kit-c01.iprs");
        assertThat(run("recall-kit", "export", study.toString(), "--session", "D01/3", "--perspective", "client", "--out", kit.toString())).isZero();
        assertThat(run("recall-kit", "export", study.toString(), "--session", "d01 3", "--perspective", "client", "--out", kit.toString(), "--force")).isZero();

        assertThat(err.toString()).isEmpty();
        List<ExportRecord> history = history(study);
        assertThat(history).extracting(ExportRecord::format).containsExactly("recall-kit", "recall-kit");
        assertThat(history).extracting(ExportRecord::options).containsExactly("session D01/3, client", "session D01/3, client, replacing");
        assertThat(history).extracting(ExportRecord::destination).containsOnly(kit.toAbsolutePath().normalize().toString());
        assertThat(history).extracting(ExportRecord::via).containsOnly(ExportRecord.Via.COMMAND_LINE);
    }

    @Test
    void aStudyJsonOrSampleFolderHasNoHistoryAndIsLeftAlone() throws Exception {
        Path json = dir.resolve("study.json");
        Files.copy(TestStudies.DEMO_JSON, json);
        byte[] before = Files.readAllBytes(json);
        assertThat(run("export", json.toString(), "--format", "csv", "--out", dir.resolve("csv").toString())).isZero();
        assertThat(run("export", TestStudies.DEMO_FOLDER.toString(), "--format", "qdc", "--out", dir.resolve("codes.qdc").toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readAllBytes(json)).isEqualTo(before);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("study.json", "csv", "codes.qdc");
        }
    }

    @Test
    void aStudyOpenInAWindowIsExportedButNotWrittenToAndTheNoteSaysWhere() throws Exception {
        Path study = demoStudy();
        try (StudyStore window = files.open(study)) {
            assertThat(run("export", study.toString(), "--format", "json", "--out", dir.resolve("copy.json").toString())).isZero();
            assertThat(dir.resolve("copy.json")).isRegularFile();
            assertThat(err.toString()).startsWith("Note: the export is complete, but it is not in the study's export history: demo.iprs is open in IPR Studio")
                    .contains("File > Export...", "(on ").doesNotContain("Exception").doesNotContain("already open");
            assertThat(window.exports()).isEmpty();
        }
        assertThat(history(study)).isEmpty();
    }

    @Test
    void aReadOnlyStudyIsExportedAndLeftByteForByteAsItWas() throws Exception {
        Path study = demoStudy();
        Files.setPosixFilePermissions(study, PosixFilePermissions.fromString("r--r--r--"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(study), "a superuser may write any file");
        byte[] before = Files.readAllBytes(study);
        assertThat(run("export", study.toString(), "--format", "json", "--out", dir.resolve("copy.json").toString())).isZero();
        assertThat(err.toString()).startsWith("Note: the export is complete, but it is not in the study's export history:").contains("may not be written");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
        assertThat(study.resolveSibling("demo.iprs.lock")).doesNotExist();
    }
}
