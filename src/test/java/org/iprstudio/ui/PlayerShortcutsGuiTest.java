package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playback shortcuts pressed as a user presses them, on the real libVLC player, with the
 * keyboard focus wherever a researcher may have left it.
 */
@Tag("gui")
class PlayerShortcutsGuiTest {
    @TempDir
    Path dataDir;

    private Robot robot;
    private FrameFixture window;
    private VlcRuntime vlc;
    private MainWindow frame;
    private MediaPlayer player;

    @BeforeAll
    static void catchSwingOffTheEventThread() {
        GuiActionRunner.execute(() -> com.formdev.flatlaf.FlatLightLaf.setup()); // the look the program has: its key maps differ
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void stopCatching() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void openTheDemoWithRealVideo() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path demo = new DemoStudy(files).install(false);
        vlc = VlcRuntime.start(true);
        frame = GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, vlc.newPlayer(), null, VlcRuntime.INSTALL_COMMAND, () -> { });
            w.open(demo);
            return w;
        });
        window = new FrameFixture(robot, frame);
        org.iprstudio.testing.OnScreen.show(window, new java.awt.Dimension(1280, 800));
        player = GuiActionRunner.execute(() -> frame.playerPanel().player());
        MainWindowGuiTest.waitFor("the video to load", () -> frame.playerPanel().isLoaded());
    }

    @AfterEach
    void tearDown() {
        window.cleanUp();
        vlc.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private void pauseAt(long millis) {
        GuiActionRunner.execute(() -> {
            player.pause();
            player.seek(MediaTime.ofMillis(millis));
        });
        MainWindowGuiTest.waitFor("the pause at " + millis, () -> !player.isPlaying() && player.time().millis() == millis);
    }

    private void focus(String name) {
        Component c = window.robot().finder().findByName(frame, name, Component.class, false);
        robot.focusAndWaitForFocusGain(c);
    }

    private long pressed(int key, int modifiers) {
        robot.pressAndReleaseKey(key, modifiers); // on whatever has the focus (the fixture's own press would focus the frame first)
        robot.waitForIdle();
        return GuiActionRunner.execute(() -> player.time().millis());
    }

    private void plainArrowsMoveTwoSeconds(String where) {
        pauseAt(20_000);
        assertThat(pressed(KeyEvent.VK_RIGHT, 0)).as("Right with the focus in " + where).isEqualTo(22_000);
        assertThat(pressed(KeyEvent.VK_LEFT, 0)).as("Left with the focus in " + where).isEqualTo(20_000);
    }

    @Test
    void plainLeftAndRightMoveTwoSecondsWhereverTheFocusIs() {
        for (String where : new String[] {"studyTree", "timeline", "pairsTable", "workTabs", "codingInspector"}) {
            focus(where);
            plainArrowsMoveTwoSeconds(where);
        }
        window.table("pairsTable").selectRows(0);
        focus("pairClass");
        plainArrowsMoveTwoSeconds("pairClass");
        GuiActionRunner.execute(() -> {
            java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().clearGlobalFocusOwner();
            return null;
        });
        plainArrowsMoveTwoSeconds("nothing");
    }

    @Test
    void whilePlayingRightJumpsAheadAndTheCodeSearchBoxKeepsItsArrows() {
        focus("pairsTable");
        GuiActionRunner.execute(() -> {
            player.seek(MediaTime.ofMillis(10_000));
            player.play();
        });
        MainWindowGuiTest.waitFor("playback", player::isPlaying);
        long before = GuiActionRunner.execute(() -> player.time().millis());
        long after = pressed(KeyEvent.VK_RIGHT, 0);
        assertThat(after).as("Right while playing").isGreaterThanOrEqualTo(before + 1_900);
        pauseAt(30_000);
        window.table("pairsTable").selectRows(0);
        pauseAt(30_000);
        focus("codeSearch");
        window.textBox("codeSearch").enterText("ab");
        assertThat(pressed(KeyEvent.VK_LEFT, 0)).as("Left moves the caret in the search box, not the video").isEqualTo(30_000);
        assertThat(GuiActionRunner.execute(() -> window.textBox("codeSearch").target().getCaretPosition())).isEqualTo(1);
    }

    @Test
    void aChosenPairWaitsPausedAndADialogPausesPlayback() {
        pauseAt(0);
        window.table("pairsTable").selectRows(0);
        long cue = GuiActionRunner.execute(() -> {
            var line = frame.coding().selection().orElseThrow().line();
            return Math.min(line.client().playFrom().millis(), line.therapist().playFrom().millis());
        });
        // paused, a position is the start of the frame on show (10 frames a second in the demo)
        MainWindowGuiTest.waitFor("the pair's first frame", () -> Math.abs(player.time().millis() - cue) < 100);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(player::isPlaying)).as("a chosen pair waits for Play").isFalse();

        GuiActionRunner.execute(() -> player.play());
        MainWindowGuiTest.waitFor("playback", player::isPlaying);
        robot.pressAndReleaseKey(KeyEvent.VK_G, DemoWindowTestBase.CTRL);
        window.optionPane().requireQuestionMessage();
        MainWindowGuiTest.waitFor("the pause behind the dialog", () -> !player.isPlaying());
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE, 0);
        robot.waitForIdle();
    }
}
