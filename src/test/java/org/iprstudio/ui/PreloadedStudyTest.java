package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.app.StudyService;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study named at the start, read while the window is built: handed over whole, its failure as open's, its lock given back if unused. */
class PreloadedStudyTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();

    @Test
    void theReadStudyIsHandedToTheOpenOfThatFile() {
        Path file = TestStudies.demoFile(dir);
        PreloadedStudy preload = PreloadedStudy.start(files, file);

        assertThat(preload.isFor(dir.resolve("sub").resolve("..").resolve("demo.iprs"))).isTrue();
        assertThat(preload.isFor(dir.resolve("other.iprs"))).isFalse();
        try (StudyService service = preload.take()) {
            assertThat(service.file().toAbsolutePath()).isEqualTo(file.toAbsolutePath());
            assertThat(service.study().momentCount()).isEqualTo(TestStudies.demo().momentCount());
            assertThat(service.writable()).isTrue();
        }
    }

    @Test
    void aStudyThatCannotBeReadFailsAsItsOpenWouldAndHoldsNothing() throws Exception {
        Path file = TestStudies.demoFile(dir);
        try (StudyStore elsewhere = files.open(file)) { // open in another window of this computer
            PreloadedStudy preload = PreloadedStudy.start(files, file);
            assertThatThrownBy(preload::take).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.LOCKED));
        }
        Path text = dir.resolve("notes.iprs");
        Files.writeString(text, "not a study");
        assertThatThrownBy(PreloadedStudy.start(files, text)::take).isInstanceOf(StoreException.class);
        files.open(file).close(); // nothing of the failed reads holds the study
    }

    @Test
    void aReadNotWantedGivesTheStudyBack() throws Exception {
        Path file = TestStudies.demoFile(dir);
        PreloadedStudy.start(files, file).discard();

        long until = System.nanoTime() + 20_000_000_000L;
        StoreException last = null;
        while (System.nanoTime() < until) {
            try {
                files.open(file).close();
                return;
            } catch (StoreException e) {
                last = e; // still being read, then closed
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the discarded read still holds the study", last);
    }
}
