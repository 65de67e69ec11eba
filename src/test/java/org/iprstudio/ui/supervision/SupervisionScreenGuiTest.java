package org.iprstudio.ui.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.supervision.SupervisionRecall;
import org.iprstudio.app.supervision.SupervisionSetup;
import org.iprstudio.domain.LearningPoint;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.StoppedBy;
import org.iprstudio.domain.Supervision;
import org.iprstudio.domain.SupervisionMeeting;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.FakeMediaPlayer;
import org.iprstudio.domain.MediaTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supervision recall run as trainee and supervisor run it, on the demo's D02 session 3, whose client recall must stay hidden. */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class SupervisionScreenGuiTest {
    @TempDir
    Path dataDir;

    private StudyService service;
    private Robot robot;
    private FrameFixture window;
    private SupervisionRecall recall;
    private final FakeMediaPlayer player = new FakeMediaPlayer(MediaTime.parse("50:00"));
    private final List<String> left = new ArrayList<>();
    private Set<String> clientWords;

    @BeforeEach
    void open() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        SqliteStudyFiles files = new SqliteStudyFiles();
        service = new StudyService(files.open(new DemoStudy(files).install(false)));
        Session session = service.study().sessionByLabel("D02/3").orElseThrow();
        clientWords = service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.CLIENT)
                .flatMap(p -> service.study().momentsOf(p.id()).stream()).map(Moment::comment).collect(Collectors.toSet());
        assertThat(clientWords).hasSize(9);
        recall = new SupervisionSetup(service).start(session, "SV1", LocalDate.of(2025, 6, 1));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SupervisionScreen screen = GuiActionRunner.execute(() -> new SupervisionScreen(recall, player, () -> left.add("left")));
        GuiActionRunner.execute(() -> screen.setVisible(true));
        window = new FrameFixture(robot, screen);
        robot.waitForIdle();
    }

    @AfterEach
    void close() {
        window.cleanUp();
        service.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private void playFor(long ms) {
        window.button("playOrPause").click();
        GuiActionRunner.execute(() -> player.advance(ms));
    }

    private Supervision supervision() {
        return GuiActionRunner.execute(() -> service.study().supervision());
    }

    /** Every text the screen and the windows it owns show, none of which may hold the client's words. */
    private void assertTheClientsRecallStaysHidden(String step) {
        List<String> texts = GuiActionRunner.execute(() -> {
            List<String> all = new ArrayList<>();
            collect(window.target(), all);
            for (Window owned : window.target().getOwnedWindows()) {
                collect(owned, all);
            }
            return all;
        });
        assertThat(texts).as(step).isNotEmpty();
        for (String text : texts) {
            for (String words : clientWords) {
                assertThat(text).as("%s: '%s' shows the client's words", step, text).doesNotContain(words);
            }
        }
    }

    private static void collect(Component c, List<String> out) {
        if (c instanceof JLabel l) {
            out.add(l.getText());
        }
        if (c instanceof AbstractButton b) {
            out.add(b.getText());
        }
        if (c instanceof JTextComponent t) {
            out.add(t.getText());
        }
        if (c instanceof JList<?> list) {
            for (int i = 0; i < list.getModel().getSize(); i++) {
                out.add(String.valueOf(list.getModel().getElementAt(i)));
            }
        }
        if (c instanceof JTable table) {
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int col = 0; col < table.getColumnCount(); col++) {
                    out.add(String.valueOf(table.getValueAt(r, col)));
                }
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }

    @Test
    void bothStopFeedbackAndALearningPointAreWrittenAndTheClientsRecallStaysHidden() {
        assertTheClientsRecallStaysHidden("opened");
        playFor(60_000);
        window.button("traineeStops").click();
        window.textBox("recall").enterText("I felt nervous when he went quiet.");
        window.radioButton("then").click();
        assertTheClientsRecallStaysHidden("first stop");

        playFor(30_000);
        window.button("supervisorStops").click();
        window.comboBox("question").selectItem("What did you want to say?");
        window.textBox("recall").enterText("I wanted to ask about his father.");
        window.textBox("feedback").enterText("Say what you notice, gently.");
        window.textBox("newPoint").enterText("Name a change of topic when I see it.");
        window.button("addPoint").click();
        window.textBox("meetingSummary").enterText("Two stops, one learning point.");
        assertTheClientsRecallStaysHidden("second stop");
        assertThat(window.list("stops").contents()).hasSize(2);

        window.button("leaveSupervision").click();
        robot.waitForIdle();
        assertThat(left).containsExactly("left");

        SupervisionMeeting meeting = supervision().meeting(recall.meetingId());
        List<SupervisionMoment> stops = supervision().momentsOf(meeting.id());
        assertThat(stops).extracting(SupervisionMoment::stoppedBy).containsExactly(StoppedBy.TRAINEE, StoppedBy.SUPERVISOR);
        assertThat(stops).extracting(SupervisionMoment::anchor).containsExactly(MediaTime.parse("01:00"), MediaTime.parse("01:30"));
        assertThat(stops.get(0).recall()).isEqualTo("I felt nervous when he went quiet.");
        assertThat(stops.get(0).timeFrame()).isEqualTo(TimeFrame.THEN);
        assertThat(stops.get(1).question()).isEqualTo("What did you want to say?");
        assertThat(stops.get(1).feedback()).isEqualTo("Say what you notice, gently.");
        assertThat(supervision().pointsOf(stops.get(1).id())).extracting(LearningPoint::text).containsExactly("Name a change of topic when I see it.");
        assertThat(supervision().pointsOf(stops.get(0).id())).isEmpty();
        assertThat(meeting.summary()).isEqualTo("Two stops, one learning point.");
        assertThat(meeting.clientViewOpenedAt()).as("nobody opened the client's view").isNull();
    }

    /**
     * Answers the question on show. The button is pressed on the Swing thread rather than clicked at
     * its place on the screen: on a loaded machine the window manager may still be placing the dialog,
     * and a click at a stale place would be lost.
     */
    private void answer(boolean yes) {
        var pane = JOptionPaneFinder.findOptionPane().using(robot);
        var button = yes ? pane.yesButton() : pane.noButton();
        GuiActionRunner.execute(() -> button.target().doClick());
        robot.waitForIdle();
    }

    @Test
    void theClientsViewOpensOnlyWhenTheSupervisorSaysYesAndThatIsRecorded() {
        playFor(10_000);
        window.button("supervisorStops").click();
        window.button("compareWithClient").click();
        answer(false);
        robot.waitForIdle();
        assertTheClientsRecallStaysHidden("said no");
        assertThat(supervision().meeting(recall.meetingId()).clientViewOpenedAt()).isNull();

        window.button("compareWithClient").click();
        answer(true);
        DialogFixture view = WindowFinder.findDialog("clientView").using(robot);
        assertThat(view.table("clientMoments").rowCount()).isEqualTo(9);
        assertThat(java.util.Arrays.stream(view.table("clientMoments").contents()).map(row -> row[3]))
                .contains("The worksheet made me feel like a school kid.");
        assertThat(supervision().meeting(recall.meetingId()).clientViewOpenedAt()).isNotNull();
        view.close();
    }
}
