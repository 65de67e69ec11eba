package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.iprstudio.app.StudySources;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export file rules of docs/decisions/0012-exports.md, on real files. */
class SafeOutputTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final StudyExport export = new StudyExport(new StudySources(files));

    private StudyExport.Result run(Path study, ExportFormat format, Path out, boolean force) {
        return export.export(study, new StudyExport.Request(format, out, null, null, force, false, false));
    }

    private Path studyFile() {
        Path file = TestStudies.demoFile(dir);
        return file;
    }

    private String[] leftovers() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toArray(String[]::new);
        }
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve("study.json");
        Files.writeString(out, "my notes");
        assertThatThrownBy(() -> run(TestStudies.DEMO_JSON, ExportFormat.JSON, out, false))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.EXISTS))
                .hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("my notes");
        run(TestStudies.DEMO_JSON, ExportFormat.JSON, out, true);
        assertThat(Files.readString(out)).startsWith("{");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theStudyItselfIsNeverWrittenNotEvenWhenForced() throws Exception {
        Path study = studyFile();
        byte[] before = Files.readAllBytes(study);
        assertThatThrownBy(() -> run(study, ExportFormat.JSON, study, true))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.STUDY_FILE));
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
        Path copy = dir.resolve("demo-copy.json");
        Files.copy(TestStudies.DEMO_JSON, copy);
        assertThatThrownBy(() -> run(copy, ExportFormat.JSON, copy, true))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.STUDY_FILE));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anotherStudyFileIsRecognisedByItsHeaderAndKept() throws Exception {
        Path other = dir.resolve("other.iprs");
        files.create(other, TestStudies.demo());
        byte[] before = Files.readAllBytes(other);
        assertThatThrownBy(() -> run(TestStudies.DEMO_JSON, ExportFormat.JSON, other, true))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.STUDY_FILE));
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aMissingOrUnusableFolderIsSaidClearly() throws Exception {
        Path notAFolder = dir.resolve("notes.txt");
        Files.writeString(notAFolder, "x", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run(TestStudies.DEMO_JSON, ExportFormat.JSON, notAFolder.resolve("out.json"), false))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.NO_FOLDER))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> run(TestStudies.DEMO_JSON, ExportFormat.JSON, dir, false))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.WRONG_KIND));
    }

    /** An export is for others to read: it gets what the user's umask gives a new file or folder here, not owner-only 0600/0700. */
    @Test
    void exportsGetThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path probeFile = Files.createFile(dir.resolve("probe.txt"));
        Path probeFolder = Files.createDirectory(dir.resolve("probe-folder"));
        Path study = studyFile();

        run(study, ExportFormat.JSON, dir.resolve("study.json"), false);
        run(study, ExportFormat.QDPX, dir.resolve("study.qdpx"), false);
        run(study, ExportFormat.CSV, dir.resolve("csv"), false);
        Path merged = Files.createDirectories(dir.resolve("merged"));
        Files.writeString(merged.resolve("notes.txt"), "mine");
        run(study, ExportFormat.CSV, merged, true);
        run(study, ExportFormat.JSON, dir.resolve("study.json"), true);

        var filePermissions = Files.getPosixFilePermissions(probeFile);
        assertThat(filePermissions).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ);
        for (Path exported : List.of(dir.resolve("study.json"), dir.resolve("study.qdpx"), dir.resolve("csv/moments.csv"),
                dir.resolve("csv/README.txt"), merged.resolve("moments.csv"))) {
            assertThat(Files.getPosixFilePermissions(exported)).as(exported.toString()).isEqualTo(filePermissions);
        }
        assertThat(Files.getPosixFilePermissions(dir.resolve("csv"))).isEqualTo(Files.getPosixFilePermissions(probeFolder));
        assertThat(leftovers()).isEmpty();
    }
}
