package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.FakeMediaPlayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervision recall is reached from the main window's menu, and the main window (which shows both perspectives) hides behind it. */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class SupervisionMenuGuiTest {
    @TempDir
    Path dataDir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow frame;

    @BeforeEach
    void openDemo() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path demo = new DemoStudy(files).install(false);
        frame = GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, new FakeMediaPlayer(MediaTime.parse("50:00")), () -> new FakeMediaPlayer(MediaTime.parse("50:00")),
                    "", "", () -> { });
            w.open(demo);
            w.selectSession("D02/3");
            return w;
        });
        window = new FrameFixture(robot, frame);
        org.iprstudio.testing.OnScreen.show(window, new java.awt.Dimension(1280, 900));
    }

    @AfterEach
    void close() {
        window.cleanUp();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    @Test
    void theDemosMeetingOpensFromTheMenuWithTheMainWindowHidden() {
        window.menuItem("menu.supervision.start").click();
        var question = JOptionPaneFinder.findOptionPane().using(robot);
        question.textBox("meetingDate").deleteText().enterText("2025-04-15");
        GuiActionRunner.execute(() -> question.okButton().target().doClick());
        FrameFixture screen = WindowFinder.findFrame("supervisionScreen").using(robot);
        assertThat(screen.list("stops").contents()).hasSize(4);
        assertThat(screen.label("supervisionHeader").text()).contains("D02 session 3", "trainee T02", "supervisor SV1", "2025-04-15");
        assertThat(GuiActionRunner.execute(() -> frame.isVisible())).as("the main window is hidden").isFalse();
        screen.button("leaveSupervision").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> frame.isVisible())).as("the main window is back").isTrue();
    }
}
