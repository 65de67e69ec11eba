package org.iprstudio.ui.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.RecallSession;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.FakeMediaPlayer;
import org.iprstudio.ui.timeline.TimelineLane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recall screen as a client uses it, on D02 session 3, where the therapist has ten moments
 * of their own. Whatever is pressed, typed or clicked, nothing of the therapist's recall may
 * appear; and the screen cannot be left without the passphrase.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class RecallScreenGuiTest {
    private static final String PASSPHRASE = "secret-key";
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int SHIFT = java.awt.event.InputEvent.SHIFT_MASK;

    @TempDir
    Path dataDir;

    private org.iprstudio.store.StudyStore store;
    private StudyService service;
    private Robot robot;
    private FrameFixture window;
    private RecallScreen screen;
    private final FakeMediaPlayer player = new FakeMediaPlayer(MediaTime.parse("50:00"));
    private final List<String> left = new ArrayList<>();
    private RecallSession recall;
    private Set<String> otherComments;
    private Set<UUID> otherIds;

    @BeforeEach
    void openRecall() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        SqliteStudyFiles files = new SqliteStudyFiles();
        store = files.open(new DemoStudy(files).install(false));
        service = new StudyService(store);
        Session session = service.study().sessionByLabel("D02/3").orElseThrow();
        RecallSetup setup = new RecallSetup(service);
        setup.setPassphrase(PASSPHRASE.toCharArray());
        var request = org.iprstudio.app.RecallRequest.ofDyadMember(session, Role.CLIENT, setup.interviewers().get(0), java.time.LocalDate.now());
        recall = ((org.iprstudio.app.RecallStart.Opened) setup.start(request.resumingDone())).recall(); // C02's pass is done: resumed on yes
        RecallPass therapistPass = service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.THERAPIST).findFirst()
                .orElseThrow();
        List<Moment> others = service.study().momentsOf(therapistPass.id());
        assertThat(others).hasSize(10);
        otherComments = others.stream().map(Moment::comment).collect(Collectors.toSet());
        otherIds = others.stream().map(Moment::id).collect(Collectors.toSet());

        robot = BasicRobot.robotWithNewAwtHierarchy();
        screen = GuiActionRunner.execute(() -> new RecallScreen(recall, player, () -> left.add("left")));
        GuiActionRunner.execute(() -> screen.setVisible(true)); // as the app shows it: sized to the whole screen, not packed
        window = new FrameFixture(robot, screen);
        robot.waitForIdle();
    }

    @AfterEach
    void close() {
        window.cleanUp();
        service.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private <T> T edt(java.util.concurrent.Callable<T> work) {
        return GuiActionRunner.execute(work);
    }

    private void key(int code, int modifiers) {
        window.pressAndReleaseKey(KeyPressInfo.keyCode(code).modifiers(modifiers));
    }

    private void advance(long ms) {
        GuiActionRunner.execute(() -> player.advance(ms));
    }

    /** Every text the screen (and any dialog it owns) shows or would show on hover, and every moment its timeline holds. */
    private void assertNothingOfTheOtherPerspective(String step) {
        List<String> texts = edt(() -> {
            List<String> all = new ArrayList<>();
            collect(screen, all);
            for (Window owned : screen.getOwnedWindows()) {
                collect(owned, all);
            }
            for (TimelineLane lane : screen.timeline().lanes()) {
                all.add(lane.label());
                all.add(lane.detail());
                for (Moment m : lane.moments().touching(MediaTime.ZERO, MediaTime.parse("50:00"))) {
                    all.add(m.id().toString());
                    all.add(m.comment());
                    var tooltip = screen.timeline().getToolTipText(new java.awt.event.MouseEvent(screen.timeline(), 0, 0, 0,
                            screen.timeline().xOf(m.anchor()), screen.timeline().laneMarkerY(0), 0, false));
                    all.add(tooltip == null ? "" : tooltip);
                }
            }
            return all;
        });
        assertThat(edt(() -> screen.timeline().lanes())).as(step).hasSize(1);
        for (String text : texts) {
            for (String other : otherComments) {
                assertThat(text).as("%s: '%s' shows the therapist's words", step, text).doesNotContain(other);
            }
            for (UUID id : otherIds) {
                assertThat(text).as(step).doesNotContain(id.toString());
            }
            // the code as a word: a moment's own time ("2026-12-02T02:02:16Z") holds "T02" between 02:00 and 02:59 UTC
            assertThat(text).as(step).doesNotContainPattern("\\bT02\\b").doesNotContain("Therapist");
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
        if (c instanceof JComponent j && j.getToolTipText() != null) {
            out.add(j.getToolTipText());
        }
        if (c instanceof JList<?> list) {
            for (int i = 0; i < list.getModel().getSize(); i++) {
                Object value = list.getModel().getElementAt(i);
                out.add(String.valueOf(value));
                @SuppressWarnings({"unchecked", "rawtypes"})
                Component rendered = ((javax.swing.ListCellRenderer) list.getCellRenderer()).getListCellRendererComponent(list, value, i, false, false);
                collect(rendered, out);
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }

    @Test
    void noControlOrShortcutEverShowsAnythingOfTheOtherPerspective() {
        assertNothingOfTheOtherPerspective("opened");
        assertThat(edt(() -> recall.moments())).hasSize(9);

        key(KeyEvent.VK_SPACE, 0); // continue
        assertThat(edt(player::isPlaying)).isTrue();
        advance(95_000);
        key(KeyEvent.VK_SPACE, 0); // stop here
        assertThat(edt(player::isPlaying)).isFalse();
        assertThat(edt(() -> recall.moments())).hasSize(10);
        assertNothingOfTheOtherPerspective("after a stop");

        window.textBox("comment").enterText("I felt unsure about the worksheet.");
        window.radioButton("now").click();
        window.slider("helpfulness").slideTo(6);
        window.toggleButton("intensity4").click();
        window.radioButton("byInterviewer").click();
        window.spinner("earlier").enterTextAndCommit("12");
        window.checkBox("tag:felt judged").click();
        assertNothingOfTheOtherPerspective("after filling the form");

        key(KeyEvent.VK_ENTER, CTRL); // continue from the text area
        assertThat(edt(player::isPlaying)).isTrue();
        advance(3_000);
        robot.click(edt(() -> (Component) player.view()), new Point(100, 100), MouseButton.LEFT_BUTTON, 1); // a click on the picture stops
        assertThat(edt(player::isPlaying)).isFalse();
        key(KeyEvent.VK_LEFT, 0); // five seconds back
        key(KeyEvent.VK_SPACE, SHIFT); // continue...
        advance(2_000);
        key(KeyEvent.VK_SPACE, SHIFT); // ...and the interviewer stops
        assertThat(edt(() -> recall.moments())).hasSize(12);
        key(KeyEvent.VK_Z, CTRL); // undo the last stop
        assertThat(edt(() -> recall.moments())).hasSize(11);
        assertNothingOfTheOtherPerspective("after undo");

        window.list("ownMoments").clickItem(0);
        window.list("ownMoments").clickItem(5);
        int x = edt(() -> screen.timeline().xOf(MediaTime.parse("16:20")));
        robot.click(screen.timeline(), new Point(x, edt(() -> screen.timeline().laneMarkerY(0))), MouseButton.LEFT_BUTTON, 1);
        robot.click(screen.timeline(), new Point(edt(() -> screen.timeline().xOf(MediaTime.parse("35:15"))),
                edt(screen.timeline()::rulerY)), MouseButton.LEFT_BUTTON, 1); // where the therapist stopped: nothing there
        assertNothingOfTheOtherPerspective("after choosing moments and clicking the timeline");

        window.list("ownMoments").clickItem(0);
        window.button("delete").click();
        answerYes(window.optionPane().requireQuestionMessage().target());
        noDialog();
        assertThat(edt(() -> recall.moments())).hasSize(10);
        assertNothingOfTheOtherPerspective("after delete");

        Moment made = edt(() -> recall.moments().stream().filter(m -> m.comment().startsWith("I felt unsure")).findFirst().orElseThrow());
        assertThat(made.anchor()).isEqualTo(MediaTime.ofMillis(95_000));
        assertThat(made.timeFrame()).isEqualTo(TimeFrame.NOW);
        assertThat(made.helpfulness().value()).isEqualTo(3.0);
        assertThat(made.intensity()).isEqualTo(4);
        assertThat(made.initiator()).isEqualTo(Initiator.INTERVIEWER);
        assertThat(made.span().start()).isEqualTo(MediaTime.ofMillis(83_000));
        assertThat(made.tags()).containsExactly("felt judged");
    }

    /** Clicks Yes, as a user does (the window manager keeps the dialog above the full-screen recall window). */
    private void answerYes(javax.swing.JOptionPane pane) {
        robot.click(findButton(pane, "Yes"));
        robot.waitForIdle();
    }

    private static javax.swing.JButton findButton(Container c, String text) {
        for (Component child : c.getComponents()) {
            if (child instanceof javax.swing.JButton b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof Container inner) {
                javax.swing.JButton b = findButton(inner, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /** Waits until no dialog is on screen any more (a closing one can otherwise be found again). */
    private void noDialog() {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the dialog to close") {
            @Override
            public boolean test() {
                return edt(() -> java.util.Arrays.stream(Window.getWindows()).noneMatch(w -> w.isShowing() && w instanceof javax.swing.JDialog));
            }
        }, org.assertj.swing.timing.Timeout.timeout(5000));
    }

    /** Waits until the component with this name (or, for null, a YES_NO question's default button) has the keyboard. */
    private void focusOn(String what, java.util.function.Predicate<Component> isIt) {
        Component[] owner = new Component[1];
        try {
            org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what + " to have the keyboard") {
                @Override
                public boolean test() {
                    owner[0] = edt(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
                    return owner[0] != null && isIt.test(owner[0]);
                }
            }, org.assertj.swing.timing.Timeout.timeout(2000));
        } catch (org.assertj.swing.exception.WaitTimedOutError notThere) {
            throw new AssertionError(what + " does not have the keyboard; it is with "
                    + (owner[0] == null ? "nothing" : owner[0].getClass().getSimpleName() + " " + owner[0].getName()), notThere);
        }
    }

    /**
     * Waits for the app to give this component the keyboard (it asks for that when a dialog opens);
     * fails if it does not: the participant or researcher types at once, without clicking first.
     */
    private void keyboardTo(Component component) {
        focusOn(component.getName() == null ? component.toString() : component.getName(), c -> c == component);
    }


    /** The option pane on screen that satisfies the test, waited for (dialogs open asynchronously). */
    private javax.swing.JOptionPane pane(String what, java.util.function.Predicate<javax.swing.JOptionPane> test) {
        javax.swing.JOptionPane[] found = new javax.swing.JOptionPane[1];
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                found[0] = edt(() -> java.util.Arrays.stream(Window.getWindows()).filter(Window::isShowing)
                        .map(w -> findPane(w, test)).filter(java.util.Objects::nonNull).findFirst().orElse(null));
                return found[0] != null;
            }
        }, org.assertj.swing.timing.Timeout.timeout(5000));
        return found[0];
    }

    private static javax.swing.JOptionPane findPane(Container c, java.util.function.Predicate<javax.swing.JOptionPane> test) {
        for (Component child : c.getComponents()) {
            if (child instanceof javax.swing.JOptionPane p && test.test(p)) {
                return p;
            }
            if (child instanceof Container inner) {
                javax.swing.JOptionPane p = findPane(inner, test);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Answers the passphrase question: types into its field and chooses OK or Cancel. (The
     * answer is given to the dialog directly: clicks on freshly mapped dialogs are unreliable under
     * Xvfb without a window manager; the keyboard test below uses real keys.)
     */
    private void answerPassphrase(String typed, int option) {
        javax.swing.JOptionPane ask = pane("the passphrase question", p -> findPassphraseField(p) != null);
        GuiActionRunner.execute(() -> {
            findPassphraseField(ask).setText(typed);
            ask.setValue(option);
        });
        robot.waitForIdle();
    }

    private static javax.swing.JPasswordField findPassphraseField(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof javax.swing.JPasswordField f && "passphrase".equals(f.getName())) {
                return f;
            }
            if (child instanceof Container inner) {
                javax.swing.JPasswordField f = findPassphraseField(inner);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private void answer(String what, int messageType, Object value) {
        javax.swing.JOptionPane p = pane(what, candidate -> candidate.getMessageType() == messageType && findPassphraseField(candidate) == null);
        GuiActionRunner.execute(() -> p.setValue(value));
        robot.waitForIdle();
    }

    private void openLeaveQuestion(Runnable how) {
        GuiActionRunner.execute(() -> javax.swing.SwingUtilities.invokeLater(how)); // the dialog is modal: open it later, not inside this call
    }

    @Test
    void theScreenCannotBeLeftWithoutThePassphrase() {
        key(KeyEvent.VK_ESCAPE, 0);
        answerPassphrase("guess", javax.swing.JOptionPane.OK_OPTION);
        answer("the wrong-passphrase warning", javax.swing.JOptionPane.WARNING_MESSAGE, javax.swing.JOptionPane.OK_OPTION);
        noDialog();
        window.requireVisible();

        window.button("leave").click();
        answerPassphrase(PASSPHRASE, javax.swing.JOptionPane.CANCEL_OPTION); // even the right one, cancelled, keeps the screen
        noDialog();
        window.requireVisible();

        openLeaveQuestion(() -> screen.dispatchEvent(new WindowEvent(screen, WindowEvent.WINDOW_CLOSING))); // Alt+F4, the close box
        answerPassphrase("", javax.swing.JOptionPane.OK_OPTION);
        answer("the wrong-passphrase warning", javax.swing.JOptionPane.WARNING_MESSAGE, javax.swing.JOptionPane.OK_OPTION);
        noDialog();
        window.requireVisible();
        assertThat(left).isEmpty();

        window.button("leave").click();
        answerPassphrase(PASSPHRASE, javax.swing.JOptionPane.OK_OPTION);
        answer("the question whether the recall is finished", javax.swing.JOptionPane.QUESTION_MESSAGE, javax.swing.JOptionPane.YES_OPTION);
        assertThat(left).containsExactly("left");
        assertThat(edt(screen::isDisplayable)).isFalse();
        assertThat(edt(() -> service.study().pass(recall.passId()).status())).isEqualTo(PassStatus.DONE);
    }

    @Test
    void aWholeRecallWorksByKeyboardAlone() {
        key(KeyEvent.VK_SPACE, 0);
        advance(61_000);
        key(KeyEvent.VK_SPACE, 0);
        robot.waitForIdle();
        robot.enterText("It felt like a test.");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB, 0); // to "then"
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER, 0); // Enter chooses: Space is Stop/Continue everywhere
        robot.pressAndReleaseKey(KeyEvent.VK_TAB, 0); // a button group is one tab stop: on to the helpfulness slider
        for (int i = 0; i < 3; i++) {
            robot.pressAndReleaseKey(KeyEvent.VK_LEFT, 0); // half a point down each
        }
        robot.pressAndReleaseKey(KeyEvent.VK_TAB, 0); // intensity 1
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT, 0); // intensity 2
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER, 0);
        key(KeyEvent.VK_ENTER, CTRL);
        advance(30_000);
        key(KeyEvent.VK_SPACE, 0);
        robot.waitForIdle();
        robot.enterText("Better now.");
        key(KeyEvent.VK_ENTER, CTRL);
        key(KeyEvent.VK_SPACE, 0);
        key(KeyEvent.VK_ESCAPE, 0);
        keyboardTo(window.optionPane().textBox("passphrase").target());
        robot.enterText(PASSPHRASE);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER, 0);
        keyboardTo(window.optionPane().button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Yes")).target());
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER, 0); // "Yes" is the default: finished
        robot.waitForIdle();
        assertThat(left).containsExactly("left");
        List<Moment> mine = edt(() -> recall.moments());
        Moment first = mine.stream().filter(m -> m.anchor().equals(MediaTime.ofMillis(61_000))).findFirst().orElseThrow();
        assertThat(first.comment()).isEqualTo("It felt like a test.");
        assertThat(first.timeFrame()).isEqualTo(TimeFrame.THEN);
        assertThat(first.helpfulness().value()).isEqualTo(3.5);
        assertThat(first.intensity()).isEqualTo(2);
        assertThat(mine).anyMatch(m -> m.anchor().equals(MediaTime.ofMillis(91_000)) && m.comment().equals("Better now."));
    }

    // ---- the participant's hands are on it -------------------------------------------------------

    private void continueAndStopAt(long ms) {
        key(KeyEvent.VK_SPACE, 0);
        advance(ms);
        key(KeyEvent.VK_SPACE, 0);
        robot.waitForIdle();
        assertThat(edt(player::isPlaying)).isFalse();
    }

    private Moment momentAt(long ms) {
        return edt(() -> recall.moments().stream().filter(m -> m.anchor().equals(MediaTime.ofMillis(ms))).findFirst().orElseThrow());
    }

    private Component focusOwner() {
        return edt(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    @Test
    void spaceAlwaysMeansStopOrContinueWhateverHasTheKeyboard() {
        continueAndStopAt(40_000);
        window.checkBox("tag:felt judged").click();
        window.checkBox("tag:felt judged").requireSelected();
        focusOn("the quick tag", c -> "tag:felt judged".equals(c.getName()));
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE, 0); // to whatever has the keyboard (the fixture's key() would focus the window first)
        assertThat(edt(player::isPlaying)).as("Space on a ticked quick tag continues the video").isTrue();
        assertThat(momentAt(40_000).tags()).as("and leaves the tag ticked").containsExactly("felt judged");

        advance(20_000);
        key(KeyEvent.VK_SPACE, 0);
        window.radioButton("now").click();
        focusOn("the 'now' answer", c -> "now".equals(c.getName()));
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE, 0);
        assertThat(edt(player::isPlaying)).as("Space on a chosen answer continues the video").isTrue();
        assertThat(momentAt(60_000).timeFrame()).as("and keeps the answer").isEqualTo(TimeFrame.NOW);

        advance(20_000);
        key(KeyEvent.VK_SPACE, 0);
        window.toggleButton("intensity3").click();
        window.list("ownMoments").clickItem(0);
        focusOn("the list of moments", c -> "ownMoments".equals(c.getName()));
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE, 0);
        assertThat(edt(player::isPlaying)).as("Space on the list of moments continues the video").isTrue();
        key(KeyEvent.VK_SPACE, 0);
        assertThat(edt(player::isPlaying)).isFalse();

        continueAndStopAt(5_000);
        keyboardTo(window.textBox("comment").target());
        robot.enterText("not now");
        robot.waitForIdle();
        assertThat(edt(player::isPlaying)).as("a space typed into the text box is a space").isFalse();
        window.textBox("comment").requireText("not now");
    }

    @Test
    void untilAStopTheSidePanelSaysWhatWillComeThereInsteadOfShowingDisabledQuestions() {
        assertThat(showing("formWaiting")).as("the calm line before the first stop").isTrue();
        assertThat(showing("comment")).as("the questions before the first stop").isFalse();
        continueAndStopAt(30_000);
        assertThat(showing("comment")).isTrue();
        assertThat(showing("formWaiting")).isFalse();
        key(KeyEvent.VK_ENTER, CTRL); // continue: no moment is being told about
        robot.waitForIdle();
        assertThat(showing("formWaiting")).isTrue();
        assertThat(showing("comment")).isFalse();
    }

    private boolean showing(String name) {
        return !robot.finder().findAll(screen, c -> name.equals(c.getName()) && c.isShowing()).isEmpty();
    }

    @Test
    void eachNewStopShowsTheFormFromTheTopWithTheCaretInWhatHappened() {
        GuiActionRunner.execute(() -> {
            screen.setSize(1280, 720); // a laptop screen: the form is taller than its place
            screen.validate();
            return null;
        });
        robot.waitForIdle();
        javax.swing.JViewport viewport = edt(() -> (javax.swing.JViewport) javax.swing.SwingUtilities.getAncestorOfClass(javax.swing.JViewport.class,
                screen.form()));

        continueAndStopAt(30_000);
        assertThat(edt(() -> viewport.getExtentSize().height < screen.form().getHeight())).as("the form needs scrolling here").isTrue();
        window.checkBox("tag:felt judged").click(); // the last field: the form is scrolled down to it
        GuiActionRunner.execute(() -> {
            screen.form().scrollRectToVisible(new java.awt.Rectangle(0, screen.form().getHeight() - 1, 1, 1));
            return null;
        });
        assertThat(edt(() -> viewport.getViewPosition().y)).isPositive();

        key(KeyEvent.VK_ENTER, CTRL);
        advance(10_000);
        key(KeyEvent.VK_SPACE, 0);
        robot.waitForIdle();
        assertThat(edt(() -> viewport.getViewPosition().y)).as("the form is shown from the top").isZero();
        javax.swing.text.JTextComponent comment = window.textBox("comment").target();
        focusOn("'What happened?'", c -> c == comment);
        assertThat(edt(() -> comment.getVisibleRect().height)).as("the text box is in view").isEqualTo(edt(comment::getHeight));
        robot.enterText("seen");
        robot.waitForIdle();
        window.textBox("comment").requireText("seen");
    }

    @Test
    void escapeOnTheFinishedQuestionKeepsThePassAndTheRecallAsTheyWere() {
        continueAndStopAt(45_000);
        PassStatus before = edt(() -> service.study().pass(recall.passId()).status());
        int moments = edt(() -> recall.moments().size());
        key(KeyEvent.VK_ESCAPE, 0);
        keyboardTo(window.optionPane().textBox("passphrase").target());
        robot.enterText(PASSPHRASE);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER, 0);
        keyboardTo(window.optionPane().button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Yes")).target());
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE, 0); // neither yes nor no
        noDialog();
        assertThat(left).as("the recall goes on").isEmpty();
        window.requireVisible();
        assertThat(edt(() -> service.study().pass(recall.passId()).status())).isEqualTo(before);
        assertThat(edt(() -> recall.moments())).hasSize(moments);
    }

    @Test
    void aSaveThatFailsSaysPlainlyThatTheMomentWasNotSaved() {
        continueAndStopAt(50_000);
        org.iprstudio.store.sqlite.FullDisk.capNearCurrentSize(store);
        GuiActionRunner.execute(() -> {
            ((javax.swing.text.JTextComponent) window.textBox("comment").target()).setText("It was a long thought. ".repeat(3000));
            return null;
        });
        javax.swing.JOptionPane said = pane("the message that the moment was not saved",
                p -> p.getMessageType() == javax.swing.JOptionPane.WARNING_MESSAGE);
        assertThat(edt(() -> String.valueOf(said.getMessage()))).contains("was not saved").doesNotContain("every change was saved");
        GuiActionRunner.execute(() -> said.setValue(javax.swing.JOptionPane.OK_OPTION));
        noDialog();
        assertThat(edt(() -> window.label("recallState").target().getText())).contains("was not saved");
        assertThat(momentAt(50_000).comment()).as("the file and the screen's list agree: nothing of it was saved").isEmpty();
        window.requireVisible();
    }
}
