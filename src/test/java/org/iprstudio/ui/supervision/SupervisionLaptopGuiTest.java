package org.iprstudio.ui.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.supervision.SupervisionRecall;
import org.iprstudio.app.supervision.SupervisionSetup;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Session;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.Clipping;
import org.iprstudio.testing.FakeMediaPlayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervision screen on a 1280x800 laptop, a stop with a learning point on show: nothing of it is cut. */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class SupervisionLaptopGuiTest {
    @TempDir
    Path dataDir;

    private StudyService service;
    private Robot robot;
    private FrameFixture window;
    private final FakeMediaPlayer player = new FakeMediaPlayer(MediaTime.parse("50:00"));

    @BeforeEach
    void open() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        SqliteStudyFiles files = new SqliteStudyFiles();
        service = new StudyService(files.open(new DemoStudy(files).install(false)));
        Session session = service.study().sessionByLabel("D02/3").orElseThrow();
        SupervisionRecall recall = new SupervisionSetup(service).start(session, "SV1", LocalDate.of(2025, 6, 1));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SupervisionScreen screen = GuiActionRunner.execute(() -> new SupervisionScreen(recall, player, () -> { }));
        GuiActionRunner.execute(() -> {
            screen.setBounds(0, 0, 1280, 800);
            screen.setVisible(true);
        });
        window = new FrameFixture(robot, screen);
        robot.waitForIdle();
    }

    @AfterEach
    void close() {
        window.cleanUp();
        service.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    @Test
    void aStopWithItsLearningPointFitsALaptopScreen() throws Exception {
        window.button("playOrPause").click();
        GuiActionRunner.execute(() -> player.advance(60_000));
        window.button("supervisorStops").click();
        window.textBox("recall").enterText("I wanted to ask about his father.");
        window.textBox("newPoint").enterText("Name a change of topic when I see it, and say it gently.");
        window.button("addPoint").click();
        robot.waitForIdle();
        String folder = System.getProperty("iprstudio.screenshots");
        if (folder != null) {
            java.awt.Rectangle bounds = GuiActionRunner.execute(() -> window.target().getBounds());
            Files.createDirectories(Path.of(folder));
            javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(bounds), "png", Path.of(folder, "supervision-1280x800.png").toFile());
        }
        assertThat(GuiActionRunner.execute(() -> Clipping.cutTexts(((javax.swing.JFrame) window.target()).getContentPane()))).isEmpty();
        assertThat(GuiActionRunner.execute(() -> Clipping.cutListRows(window.list("learningPoints").target()))).isEmpty();
    }
}
