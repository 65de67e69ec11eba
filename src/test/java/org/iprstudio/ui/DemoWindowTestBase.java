package org.iprstudio.ui;

import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.FakeMediaPlayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window on a fresh working copy of the demo study, with a player on a manual clock,
 * shown at 1280x900 under a robot; Swing calls off the event thread fail the test.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
abstract class DemoWindowTestBase {
    /** AssertJ-Swing's KeyPressInfo takes the old-style modifier masks. */
    @SuppressWarnings("deprecation")
    static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    static final int SHIFT = java.awt.event.InputEvent.SHIFT_MASK;

    @TempDir
    Path dataDir;

    Robot robot;
    FrameFixture window;
    MainWindow frame;
    final FakeMediaPlayer player = new FakeMediaPlayer(MediaTime.parse("50:00"));

    /** Runs on the event thread after the demo is open, before the window shows (select a session, say). */
    void prepare(MainWindow opened) {
    }

    @BeforeEach
    void openDemo() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path demo = new DemoStudy(files).install(false);
        frame = GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, player, null, "", () -> { });
            w.open(demo);
            prepare(w);
            return w;
        });
        window = new FrameFixture(robot, frame);
        org.iprstudio.testing.OnScreen.show(window, new java.awt.Dimension(1280, 900));
        GuiActionRunner.execute(() -> player.pause());
    }

    @AfterEach
    void closeWindow() {
        window.cleanUp();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    <T> T edt(java.util.concurrent.Callable<T> work) {
        return GuiActionRunner.execute(work);
    }
}
