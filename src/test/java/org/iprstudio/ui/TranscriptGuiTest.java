package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.ui.transcript.TranscriptPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transcript beside the video, with the real libVLC player: a click on a line seeks there; Ctrl+F marks hits on the timeline. */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class TranscriptGuiTest {
    @TempDir
    Path dataDir;

    private Robot robot;
    private FrameFixture window;
    private VlcRuntime vlc;
    private MainWindow frame;

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
        if (vlc != null) {
            vlc.close();
        }
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private void showDemoPaused() {
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
        window.show(new java.awt.Dimension(1280, 900));
        MainWindowGuiTest.waitFor("the video to load", () -> frame.playerPanel().isLoaded());
        GuiActionRunner.execute(() -> frame.playerPanel().player().pause());
        MainWindowGuiTest.waitFor("the pause", () -> !frame.playerPanel().player().isPlaying());
    }

    private Transcript shownTranscript() {
        return GuiActionRunner.execute(() -> frame.service().study().transcriptOf(frame.currentSession().id()).orElseThrow());
    }

    @Test
    void aClickOnALineSeeksTheRealPlayerThereAndHighlightsIt() {
        showDemoPaused();
        Transcript transcript = shownTranscript();
        int cue = 3;
        TranscriptCue clicked = transcript.cues().get(cue);
        TranscriptPanel panel = frame.transcriptPanel();
        Rectangle line = GuiActionRunner.execute(() -> panel.lineBounds(cue));
        robot.click(panel.textPane(), new Point(line.x + 40, line.y + line.height / 2), MouseButton.LEFT_BUTTON, 1);

        long wanted = clicked.start().millis();
        MainWindowGuiTest.waitFor("the player at " + clicked.start().toClock(),
                () -> Math.abs(frame.playerPanel().player().time().millis() - wanted) < 100);
        assertThat(GuiActionRunner.execute(() -> frame.timeline().view().playhead())).isEqualTo(clicked.start());
        assertThat(GuiActionRunner.execute(panel::currentCue)).isEqualTo(cue);
        // the picture too: a paused seek lands on the frame that starts there (10 fps: frame = ms / 100)
        int wantedFrame = (int) (wanted / 100);
        int[] seen = {-1};
        MainWindowGuiTest.waitFor("frame " + wantedFrame + " on screen", () -> {
            var number = frame.playerPanel().player().snapshot().map(FrameBarcode::read).orElse(java.util.OptionalInt.empty());
            seen[0] = number.orElse(-1);
            return number.isPresent() && number.getAsInt() > wantedFrame - 50;
        });
        // libVLC may show a frame a little before a target between keyframes (vlcj-notes, pitfall 7)
        assertThat(seen[0]).isBetween(wantedFrame - 6, wantedFrame);
    }

    @Test
    void ctrlFSearchesAndMarksTheHitsOnTheTimeline() {
        showDemoPaused();
        Transcript transcript = shownTranscript();
        List<MediaTime> expected = transcript.search("week").stream().map(i -> transcript.cues().get(i).start()).toList();
        assertThat(expected).isNotEmpty();
        window.tree("studyTree").focus();
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(java.awt.event.KeyEvent.VK_F).modifiers(DemoWindowTestBase.CTRL));
        window.textBox("transcriptSearch").requireFocused().enterText("week");
        assertThat(GuiActionRunner.execute(() -> frame.timeline().view().searchMarks())).isEqualTo(expected);
        window.label("transcriptHits").requireText("1 of " + expected.size());
        window.textBox("transcriptSearch").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
        assertThat(GuiActionRunner.execute(() -> frame.timeline().view().searchMarks())).isEmpty();
    }
}
