package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.swing.JComboBox;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.iprstudio.app.RecallSession;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The researcher's start-recall dialog on a copy of the demo (D02 session 3: client C02 and
 * therapist T02, both passes done). The dialog's answers are given to its option panes directly,
 * as in the recall screen's tests: clicks on fresh dialogs are unreliable under Xvfb.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class StartRecallDialogGuiTest {
    @TempDir
    Path dir;

    private Robot robot;
    private StudyService service;
    private RecallSetup setup;
    private Session session;
    private final AtomicReference<Optional<RecallSession>> result = new AtomicReference<>();

    @BeforeEach
    void openDialog() {
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path file = TestStudies.demoFile(dir);
        service = new StudyService(files.open(file));
        setup = new RecallSetup(service);
        setup.setPassphrase("secret-key".toCharArray());
        session = service.study().sessionByLabel("D02/3").orElseThrow();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // the dialog is modal: open it later, not inside this call
        GuiActionRunner.execute(() -> SwingUtilities.invokeLater(() -> result.set(StartRecallDialog.ask(null, setup, session, "D02 session 3"))));
    }

    @AfterEach
    void close() {
        robot.cleanUp();
        service.close();
    }

    private <T> T edt(java.util.concurrent.Callable<T> work) {
        return GuiActionRunner.execute(work);
    }

    /** The form, once it is (again) on screen. */
    private JOptionPane form() {
        return pane("the start-recall form", p -> find(p, JComboBox.class, "recallPerspective") != null);
    }

    @SuppressWarnings("unchecked")
    private JComboBox<Object> combo(JOptionPane form, String name) {
        return (JComboBox<Object>) find(form, JComboBox.class, name);
    }

    private void choose(JOptionPane form, Role perspective) {
        GuiActionRunner.execute(() -> combo(form, "recallPerspective").setSelectedItem(perspective));
    }

    private List<String> participants(JOptionPane form) {
        return edt(() -> {
            JComboBox<Object> box = combo(form, "recallParticipant");
            List<String> items = new ArrayList<>();
            for (int i = 0; i < box.getItemCount(); i++) {
                items.add(String.valueOf(box.getItemAt(i)));
            }
            return items;
        });
    }

    private void answer(JOptionPane pane, Object value) {
        Window window = edt(() -> SwingUtilities.getWindowAncestor(pane));
        GuiActionRunner.execute(() -> pane.setValue(value));
        Pause.pause(new Condition("the dialog to close") {
            @Override
            public boolean test() {
                return !edt(window::isShowing);
            }
        }, Timeout.timeout(5000));
    }

    private String message(JOptionPane pane) {
        return edt(() -> String.valueOf(pane.getMessage()));
    }

    @Test
    void theClientAndTheTherapistAreTheDyadsOwnAndATypedCodeOfAnotherRoleIsRefused() {
        JOptionPane form = form();
        choose(form, Role.CLIENT);
        assertThat(participants(form)).containsExactly("C02 Jonas");
        assertThat(edt(() -> combo(form, "recallParticipant").isEditable())).as("the client is chosen from the dyad, never typed").isFalse();
        choose(form, Role.THERAPIST);
        assertThat(participants(form)).containsExactly("T02 Marte");
        assertThat(edt(() -> combo(form, "recallParticipant").isEditable())).isFalse();

        choose(form, Role.OBSERVER);
        assertThat(edt(() -> combo(form, "recallParticipant").isEditable())).as("an observer's code may be typed").isTrue();
        GuiActionRunner.execute(() -> combo(form, "recallParticipant").getEditor().setItem("T02"));
        answer(form, JOptionPane.OK_OPTION);
        JOptionPane refused = pane("the refusal", p -> p.getMessageType() == JOptionPane.WARNING_MESSAGE);
        assertThat(message(refused)).contains("T02 Marte").contains("Therapist").contains("Observer");
        answer(refused, JOptionPane.OK_OPTION);
        int passes = edt(() -> service.study().passes().size());

        JOptionPane again = form();
        GuiActionRunner.execute(() -> combo(again, "recallParticipant").getEditor().setItem("O1"));
        answer(again, JOptionPane.OK_OPTION);
        RecallSession opened = opened();
        assertThat(opened.info().perspective()).isEqualTo(Role.OBSERVER);
        assertThat(opened.info().participantCode()).isEqualTo("O1");
        assertThat(opened.moments()).as("a new observer's own, empty pass").isEmpty();
        assertThat(edt(() -> service.study().passes().size())).isEqualTo(passes + 1);
    }

    @Test
    void resumingADoneRecallAsksFirst() {
        JOptionPane form = form();
        choose(form, Role.CLIENT);
        answer(form, JOptionPane.OK_OPTION);
        JOptionPane question = pane("the question whether to resume", p -> p.getMessageType() == JOptionPane.QUESTION_MESSAGE);
        assertThat(message(question)).contains("C02").contains("already marked done").contains("9 moments");
        answer(question, JOptionPane.NO_OPTION);
        assertThat(result.get()).as("no: nothing is opened, the form is back").isNull();

        JOptionPane again = form();
        answer(again, JOptionPane.OK_OPTION);
        answer(pane("the question again", p -> p.getMessageType() == JOptionPane.QUESTION_MESSAGE), JOptionPane.YES_OPTION);
        RecallSession opened = opened();
        assertThat(opened.info().participantCode()).isEqualTo("C02");
        assertThat(opened.moments()).hasSize(9);
    }

    private RecallSession opened() {
        Pause.pause(new Condition("the dialog to return") {
            @Override
            public boolean test() {
                return result.get() != null;
            }
        }, Timeout.timeout(5000));
        return result.get().orElseThrow();
    }

    /** The option pane on screen that satisfies the test, waited for (dialogs open asynchronously). */
    private JOptionPane pane(String what, Predicate<JOptionPane> test) {
        JOptionPane[] found = new JOptionPane[1];
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                found[0] = edt(() -> Arrays.stream(Window.getWindows()).filter(Window::isShowing).map(w -> find(w, JOptionPane.class, null))
                        .filter(Objects::nonNull).filter(test).findFirst().orElse(null));
                return found[0] != null;
            }
        }, Timeout.timeout(5000));
        return found[0];
    }

    private static <T extends Component> T find(Container c, Class<T> type, String name) {
        for (Component child : c.getComponents()) {
            if (type.isInstance(child) && (name == null || name.equals(child.getName()))) {
                return type.cast(child);
            }
            if (child instanceof Container inner) {
                T found = find(inner, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
