package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.store.ExportRecord;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large study is read off the event thread: the window goes on painting and says what it is
 * reading; the open still returns the study opened, as for a small one.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class LargeStudyOpeningGuiTest {
    @TempDir
    Path dataDir;

    private MainWindow window;
    private final long threshold = StudyLifecycle.offThreadFromBytes;

    @AfterEach
    void tearDown() {
        StudyLifecycle.offThreadFromBytes = threshold;
        if (window != null) {
            GuiActionRunner.execute(() -> window.dispose());
        }
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    /** Study files whose open takes as long as a large study's read. */
    private static final class SlowFiles implements StudyFiles {
        private final SqliteStudyFiles files = new SqliteStudyFiles();

        @Override
        public StudyStore open(Path file) {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return files.open(file);
        }

        @Override
        public StudyStore openReadOnly(Path file) {
            return files.openReadOnly(file);
        }

        @Override
        public void create(Path file, Study study) {
            files.create(file, study);
        }

        @Override
        public void moveAside(Path file, Path newName) {
            files.moveAside(file, newName);
        }

        @Override
        public void recordExport(Path file, ExportRecord record) {
            files.recordExport(file, record);
        }

        @Override
        public boolean isStudy(Path file) {
            return files.isStudy(file);
        }
    }

    @Test
    void theWindowPaintsAndSaysWhatItReadsWhileALargeStudyIsRead() throws Exception {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        StudyLifecycle.offThreadFromBytes = 0; // the demo study stands for a large one
        SlowFiles files = new SlowFiles();
        Path demo = new DemoStudy(new SqliteStudyFiles()).install(false);
        window = GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, null, "libVLC was not found in [/nowhere].", "apt install vlc", () -> { });
            w.setSize(1280, 800);
            w.setVisible(true);
            return w;
        });
        JLabel status = GuiActionRunner.execute(() -> (JLabel) org.assertj.swing.core.BasicComponentFinder.finderWithCurrentAwtHierarchy()
                .findByName(window, "status", true));

        List<String> seenDuringTheRead = Collections.synchronizedList(new ArrayList<>());
        boolean[] opened = new boolean[1];
        SwingUtilities.invokeLater(() -> opened[0] = window.open(demo));
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            // each check is a turn of the event thread: it would wait behind a read done on it
            String text = GuiActionRunner.execute(status::getText);
            boolean done = GuiActionRunner.execute(() -> opened[0]);
            if (done) {
                break;
            }
            seenDuringTheRead.add(text);
            Thread.sleep(50);
        }
        assertThat(GuiActionRunner.execute(() -> opened[0])).as("the study was opened").isTrue();
        assertThat(seenDuringTheRead).as("the status line while the study was read").anyMatch(t -> t.contains("Opening") && t.contains(demo.getFileName().toString()));
        assertThat(GuiActionRunner.execute(status::getText)).contains("Every change is saved");
        assertThat(GuiActionRunner.execute(() -> window.getTitle())).contains("Early alliance formation");
    }
}
