package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JPanelFixture;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Session;
import org.iprstudio.ui.timeline.TimelineLane;
import org.iprstudio.ui.timeline.TimelineView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The timeline and the playback shortcuts, driven like a user would, against a player with a manual clock. */
@Tag("gui")
class TimelineGuiTest extends DemoWindowTestBase {

    private TimelineView timeline() {
        return frame.timeline().view();
    }


    private void click(int x, int y) {
        robot.click(timeline(), new Point(x, y), MouseButton.LEFT_BUTTON, 1);
        robot.waitForIdle();
    }

    private long lastSeek() {
        return edt(() -> player.seeks.get(player.seeks.size() - 1).millis());
    }

    @Test
    void aClickOnTheRulerOrAnEmptyPlaceSeeksThere() {
        int x = edt(() -> timeline().xOf(MediaTime.parse("10:00")));
        double msPerPixel = edt(() -> timeline().viewSpan().millis() / (double) (timeline().getWidth() - 158));
        click(x, edt(timeline()::rulerY));
        assertThat(lastSeek()).isCloseTo(600_000L, org.assertj.core.data.Offset.offset(Math.round(msPerPixel) + 1));
        int x2 = edt(() -> timeline().xOf(MediaTime.parse("36:00")));
        click(x2, edt(() -> timeline().laneMarkerY(1)));
        assertThat(lastSeek()).isCloseTo(2_160_000L, org.assertj.core.data.Offset.offset(Math.round(msPerPixel) + 1));
        assertThat(edt(() -> timeline().playhead().millis())).isEqualTo(lastSeek());
    }

    @Test
    void aClickOnAMomentSelectsItAndSeeksToItsSpanStart() {
        // D01 session 3, client moment 1: stopped at 02:40, refers to 01:55-02:40
        Moment first = edt(() -> timeline().lanes().get(0).moments().touching(MediaTime.parse("02:39"), MediaTime.parse("02:41")).get(0));
        assertThat(first.span()).isNotNull();
        int x = edt(() -> timeline().xOf(first.anchor()));
        String hover = edt(() -> timeline().getToolTipText(new java.awt.event.MouseEvent(timeline(), java.awt.event.MouseEvent.MOUSE_MOVED, 0, 0,
                x, timeline().laneMarkerY(0), 0, false)));
        assertThat(hover).contains("2:40").contains("1:55 - 2:40").contains("helpfulness 4 (hindering)").contains("intensity 4")
                .contains(first.comment().substring(0, 20));
        click(x, edt(() -> timeline().laneMarkerY(0)));
        assertThat(edt(() -> timeline().selectedId())).contains(first.id());
        assertThat(lastSeek()).isEqualTo(MediaTime.parse("01:55").millis());
    }

    @Test
    void zoomGoesDownToFiveSecondsAndBackToTheWholeSession() {
        assertThat(edt(() -> timeline().viewSpan())).isEqualTo(MediaTime.parse("50:00"));
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_EQUALS).modifiers(CTRL));
        assertThat(edt(() -> timeline().viewSpan())).isEqualTo(MediaTime.parse("25:00"));
        for (int i = 0; i < 12; i++) {
            window.button("timelineZoomIn").click();
        }
        assertThat(edt(() -> timeline().viewSpan())).isEqualTo(MediaTime.ofSeconds(5));
        // Ctrl + mouse wheel zooms too, around the mouse (no hover tip popping up under the pointer meanwhile)
        edt(() -> {
            javax.swing.ToolTipManager.sharedInstance().setEnabled(false);
            return null;
        });
        robot.moveMouse(timeline(), new Point(edt(() -> timeline().xOf(timeline().viewStart())) + 20, edt(() -> timeline().laneMarkerY(0))));
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.rotateMouseWheel(3); // where the mouse is: rotateMouseWheel(component, n) would first move it to the centre, which may be scrolled out of view
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
        edt(() -> {
            javax.swing.ToolTipManager.sharedInstance().setEnabled(true);
            return null;
        });
        assertThat(edt(() -> timeline().viewSpan().millis())).isGreaterThan(5_000);
        window.button("timelineWhole").click();
        assertThat(edt(() -> timeline().viewSpan())).isEqualTo(MediaTime.parse("50:00"));
    }

    @Test
    void followModeKeepsThePlayheadInView() {
        GuiActionRunner.execute(() -> timeline().setView(0, 60_000));
        GuiActionRunner.execute(() -> timeline().setPlayhead(MediaTime.parse("05:00")));
        assertThat(edt(() -> timeline().viewStart().millis())).isLessThanOrEqualTo(300_000).isGreaterThan(200_000);
        window.toggleButton("timelineFollow").click();
        GuiActionRunner.execute(() -> timeline().setPlayhead(MediaTime.parse("20:00")));
        assertThat(edt(() -> timeline().viewStart().millis())).isLessThan(300_000);
    }

    @Test
    void theShortcutsDriveThePlayer() {
        window.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        assertThat(edt(player::isPlaying)).isTrue();
        window.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        assertThat(edt(player::isPlaying)).isFalse();
        GuiActionRunner.execute(() -> player.seek(MediaTime.parse("01:00")));
        window.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        assertThat(lastSeek()).isEqualTo(62_000);
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_RIGHT).modifiers(SHIFT));
        assertThat(lastSeek()).isEqualTo(72_000);
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_LEFT).modifiers(SHIFT));
        window.pressAndReleaseKeys(KeyEvent.VK_LEFT);
        assertThat(lastSeek()).isEqualTo(60_000);
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_RIGHT).modifiers(CTRL));
        assertThat(edt(() -> player.nextFrames)).isEqualTo(1);
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_LEFT).modifiers(CTRL));
        assertThat(lastSeek()).isEqualTo(60_000);
        window.pressAndReleaseKeys(KeyEvent.VK_CLOSE_BRACKET, KeyEvent.VK_CLOSE_BRACKET);
        assertThat(edt(player::rate)).isEqualTo(1.5);
        window.comboBox("rate").requireSelection("1.5x");
        window.pressAndReleaseKeys(KeyEvent.VK_BACK_SLASH);
        assertThat(edt(player::rate)).isEqualTo(1.0);
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_M).modifiers(CTRL));
        assertThat(edt(player::isMuted)).isTrue();
        window.button("forward10").click();
        assertThat(lastSeek()).isEqualTo(70_000);
    }

    @Test
    void theArrowKeysReachThePlayerEvenWhenTheTreeHasFocus() {
        window.tree("studyTree").focus();
        GuiActionRunner.execute(() -> player.seek(MediaTime.parse("01:00")));
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT, 0); // the window fixture's own press would move the focus to the frame
        robot.waitForIdle();
        assertThat(lastSeek()).isEqualTo(62_000);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the dialog to finish") {
            @Override
            public boolean test() {
                return edt(condition::getAsBoolean);
            }
        }, 5_000);
    }

    private boolean noOptionPaneShowing() {
        return java.util.Arrays.stream(java.awt.Window.getWindows()).noneMatch(w -> w.isShowing() && w instanceof javax.swing.JDialog);
    }

    @Test
    void goToTimeAcceptsAClockTimeAndExplainsABadOne() {
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_G).modifiers(CTRL));
        typeAnswer("12:05.5");
        waitUntil(() -> !player.seeks.isEmpty());
        assertThat(lastSeek()).isEqualTo(725_500);
        waitUntil(this::noOptionPaneShowing);
        // again, with the keys, once the window manager has given the window its focus back (as a person waits to see it;
        // on a loaded machine a key pressed before that went to no window at all)
        waitUntil(() -> GuiActionRunner.execute(() -> window.target().isFocused()));
        robot.pressAndReleaseKey(KeyEvent.VK_G, CTRL);
        typeAnswer("twelve");
        window.optionPane().requireWarningMessage().requireMessage(".*'twelve' is not a time.*").okButton().click();
        waitUntil(this::noOptionPaneShowing);
        assertThat(lastSeek()).isEqualTo(725_500);
    }

    /** Types into the question's field, as a user would, and presses OK. */
    private void typeAnswer(String text) {
        var pane = window.optionPane().requireQuestionMessage();
        var field = pane.textBox();
        field.deleteText();
        field.enterText(text);
        pane.okButton().click();
    }

    @Test
    void aClickOnTheClockAsksForATimeToGoTo() {
        window.label("clock").click();
        typeAnswer("01:00");
        waitUntil(() -> !player.seeks.isEmpty());
        assertThat(lastSeek()).isEqualTo(60_000);
    }

    @Test
    void sessionD02ThreeShowsBothPerspectivesAndLanesCanBeHidden() {
        assertThat(GuiActionRunner.execute(() -> frame.selectSession("D02/3"))).isTrue();
        List<TimelineLane> lanes = edt(() -> timeline().lanes());
        assertThat(lanes).extracting(TimelineLane::label).containsExactly("Client C02", "Therapist T02");
        assertThat(lanes).extracting(l -> l.moments().size()).containsExactly(9, 10);
        assertThat(window.tree("studyTree").target().getSelectionPath().getLastPathComponent().toString()).startsWith("Session 3   2025-04-08");
        GuiActionRunner.execute(() -> frame.timeline().setLaneVisible(lanes.get(1).key(), false));
        assertThat(edt(() -> timeline().lanes())).extracting(TimelineLane::label).containsExactly("Client C02");
        assertThat(GuiActionRunner.execute(() -> frame.selectSession("D02/5"))).isTrue();
        assertThat(edt(() -> timeline().lanes())).extracting(TimelineLane::label, TimelineLane::missing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Client C02", false), org.assertj.core.groups.Tuple.tuple("Therapist T02", true));
    }

    @Test
    void aDoubleClickOpensTheMomentsDetails() {
        Moment first = edt(() -> timeline().lanes().get(0).moments().touching(MediaTime.parse("02:39"), MediaTime.parse("02:41")).get(0));
        int x = edt(() -> timeline().xOf(first.anchor()));
        // a double click the robot sends on a loaded machine can arrive as two single clicks (past the double-click
        // interval): it is sent again, at most three times, while no dialog has appeared
        org.assertj.swing.fixture.JOptionPaneFixture pane = null;
        for (int attempt = 0; pane == null && attempt < 3; attempt++) {
            robot.click(timeline(), new Point(x, edt(() -> timeline().laneMarkerY(0))), MouseButton.LEFT_BUTTON, 2);
            try {
                pane = window.optionPane(org.assertj.swing.timing.Timeout.timeout(4000));
            } catch (org.assertj.swing.exception.WaitTimedOutError e) {
                // not seen as a double click: try again
            }
        }
        org.assertj.core.api.Assertions.assertThat(pane).as("the moment's details after a double click").isNotNull();
        JPanelFixture details = pane.panel("momentDetails");
        details.textBox("momentComment").requireText(first.comment());
        pane.okButton().click();
    }

    @Test
    void aMovedVideoCanBeRelinkedOnlyToTheSameRecording() throws Exception {
        Session session = edt(() -> frame.service().study().sessionByLabel("D01/5").orElseThrow());
        Path moved = dataDir.resolve("moved-D01-S5.mp4");
        java.nio.file.Files.copy(edt(() -> frame.service().mediaPathOf(session).orElseThrow()), moved);
        Session relinked = edt(() -> new org.iprstudio.app.MediaRelinker(frame.service()).relink(session, moved));
        // the study file lies in the same folder, so the link is relative: the folder can move as a whole
        assertThat(relinked.media().path()).isEqualTo("moved-D01-S5.mp4");
        assertThat(edt(() -> frame.service().study().session(session.id()).media())).isEqualTo(relinked.media());
        Path other = dataDir.resolve("other.mp4");
        java.nio.file.Files.writeString(other, "not the recording");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new org.iprstudio.app.MediaRelinker(frame.service()).checkAndPrepare(session, other))
                .hasMessageContaining("not this session's video");
    }
}
