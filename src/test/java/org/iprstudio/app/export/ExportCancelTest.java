package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.app.StudySources;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export cancelled part way (as File > Export... does) leaves neither the target nor a temporary file behind. */
class ExportCancelTest {
    @TempDir
    Path dir;

    /** Says "cancelled" from the n-th question on. */
    private static Cancellation cancelAtCheck(int n) {
        return new Cancellation() {
            int asked;

            @Override
            public void progress(int done, int total, String what) {
            }

            @Override
            public boolean cancelled() {
                return ++asked >= n;
            }
        };
    }

    @Test
    void aFolderExportCancelledBetweenItsFilesLeavesNothing() throws Exception {
        StudyExport export = new StudyExport(new StudySources(new SqliteStudyFiles()));
        for (int n = 1; n <= 6; n++) {
            Path out = dir.resolve("csv-" + n);
            int at = n;
            assertThatThrownBy(() -> export.export(TestStudies.DEMO_FOLDER, new StudyExport.Request(ExportFormat.CSV, out, null, null, false, false, false),
                    cancelAtCheck(at))).isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.CANCELLED));
        }
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
        Path out = dir.resolve("whole");
        assertThat(export.export(TestStudies.DEMO_FOLDER, new StudyExport.Request(ExportFormat.CSV, out, null, null, false, false, false),
                Cancellation.NONE).files()).isNotEmpty();
    }
}
