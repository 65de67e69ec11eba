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
import org.iprstudio.store.StudyFiles;
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

    /** Study files whose open takes as long as a large study's read (the rest is the real files'). */
    private static StudyFiles slowToOpen() {
        SqliteStudyFiles files = new SqliteStudyFiles();
        return (StudyFiles) java.lang.reflect.Proxy.newProxyInstance(StudyFiles.class.getClassLoader(), new Class<?>[] {StudyFiles.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("open")) {
                        Thread.sleep(1500);
                    }
                    try {
                        return method.invoke(files, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void theWindowPaintsAndSaysWhatItReadsWhileALargeStudyIsRead() throws Exception {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        StudyLifecycle.offThreadFromBytes = 0; // the demo study stands for a large one
        StudyFiles files = slowToOpen();
        Path demo = new DemoStudy(new SqliteStudyFiles()).install(false);
        window = GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, null, "libVLC was not found in [/nowhere].", "apt install vlc", () -> { });
            w.setSize(1280, 800);
            w.setVisible(true);
            return w;
        });
        JLabel status = GuiActionRunner.execute(() -> (JLabel) org.assertj.swing.core.BasicComponentFinder.finderWithCurrentAwtHierarchy()
                .findByName(window, "status", true));

        javax.swing.JButton newStudy = GuiActionRunner.execute(() -> (javax.swing.JButton) org.assertj.swing.core.BasicComponentFinder
                .finderWithCurrentAwtHierarchy().findByName(window, "start.new", true));
        List<Boolean> newStudyEnabledDuringTheRead = Collections.synchronizedList(new ArrayList<>());
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
            newStudyEnabledDuringTheRead.add(GuiActionRunner.execute(newStudy::isEnabled));
            Thread.sleep(50);
        }
        assertThat(GuiActionRunner.execute(() -> opened[0])).as("the study was opened").isTrue();
        assertThat(seenDuringTheRead).as("the status line while the study was read").anyMatch(t -> t.contains("Opening") && t.contains(demo.getFileName().toString()));
        assertThat(GuiActionRunner.execute(status::getText)).contains("Every change is saved");
        // starting another study meanwhile (New study..., Open..., the demo) waited until this one was read
        assertThat(newStudyEnabledDuringTheRead.subList(1, newStudyEnabledDuringTheRead.size())).as("New study... while the study was read")
                .isNotEmpty().containsOnly(false);
        assertThat(GuiActionRunner.execute(newStudy::isEnabled)).as("New study... afterwards").isTrue();
        assertThat(GuiActionRunner.execute(() -> window.getTitle())).contains("Early alliance formation");
    }
}
