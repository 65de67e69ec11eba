package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.MediaCorpus;
import org.iprstudio.testing.TestStudies;
import org.iprstudio.testing.Trees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An HEVC session video gets a one-line notice above the picture (frame steps and marks not exact); an H.264 one does not. */
@Tag("gui")
class FrameExactNoticeGuiTest {
    @TempDir
    Path dataDir;

    private Robot robot;
    private FrameFixture window;
    private VlcRuntime vlc;

    @BeforeAll
    static void catchSwingOffTheEventThread() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void stopCatching() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void setUp() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        } else {
            robot.cleanUp();
        }
        if (vlc != null) {
            vlc.close();
        }
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
        System.clearProperty(DemoStudy.SAMPLES_PROPERTY);
    }

    @Test
    void anHevcVideoIsNoticedAboveThePictureAnH264OneIsNot() throws Exception {
        Path samples = dataDir.resolve("samples");
        Trees.copy(TestStudies.DEMO_FOLDER, samples.resolve("alliance-demo"));
        relink(samples.resolve("alliance-demo"), "D01-S3.mp4", MediaCorpus.MKV_HEVC, "D01-S3.mkv");
        System.setProperty(DemoStudy.SAMPLES_PROPERTY, samples.toString());
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path demo = new DemoStudy(files).install(false);
        vlc = VlcRuntime.start(true);
        MainWindow frame = GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, vlc.newPlayer(), null, VlcRuntime.INSTALL_COMMAND, () -> { });
            w.setup().setProbes(vlc::newProbe);
            w.open(demo);
            return w;
        });
        window = new FrameFixture(robot, frame);
        org.iprstudio.testing.OnScreen.show(window, new java.awt.Dimension(1280, 900));

        MainWindowGuiTest.waitFor("the notice", () -> frame.playerPanel().warningText() != null);
        assertThat(GuiActionRunner.execute(() -> frame.playerPanel().warningText())).contains("D01-S3.mkv")
                .contains("frame steps and marks are not exact").contains("HEVC (H.265)").contains("MP4 (H.264)");
        window.label("playerWarning").requireVisible();
        // the demo's own H.264 video is frame-exact: no notice
        GuiActionRunner.execute(() -> frame.selectSession("D02/3"));
        MainWindowGuiTest.waitFor("the other video", () -> frame.playerPanel().isLoaded());
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> frame.playerPanel().warningText())).isNull();
    }

    /** Puts a corpus file in place of a session's video and points the study at it, without checksum or duration. */
    private static void relink(Path study, String oldName, String corpusName, String newName) throws Exception {
        Files.delete(study.resolve("media").resolve(oldName));
        Files.copy(MediaCorpus.file(corpusName), study.resolve("media").resolve(newName));
        Path json = study.resolve("study.json");
        String before = Files.readString(json);
        String after = before.replaceFirst("\"path\" : \"media/" + java.util.regex.Pattern.quote(oldName)
                + "\",\\s*\"sha256\" : \"[0-9a-f]{64}\",\\s*\"duration\" : \"[0-9:.]+\"",
                Matcher.quoteReplacement("\"path\" : \"media/" + newName + "\""));
        assertThat(after).as("the study names " + oldName).isNotEqualTo(before);
        Files.writeString(json, after);
    }
}
