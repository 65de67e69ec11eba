package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.iprstudio.app.Passphrases;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.app.StudyService;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passphrase dialog before a first recall: a researcher types at once, without clicking into
 * the field first. The keys go wherever the focus is (the robot types, it does not click), so the
 * test fails when the dialog leaves the keyboard on its OK button, as it did under a window manager.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class PassphraseDialogGuiTest {
    @TempDir
    Path dir;

    private Robot robot;
    private StudyService service;
    private RecallSetup setup;
    private final AtomicReference<Boolean> answered = new AtomicReference<>();

    @BeforeEach
    void openStudy() {
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path file = TestStudies.demoFile(dir);
        service = new StudyService(files.open(file));
        setup = new RecallSetup(service);
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void close() {
        robot.cleanUp();
        service.close();
    }

    @Test
    void theFirstFieldHasTheKeyboardSoThePassphraseCanBeTypedAtOnce() {
        // the dialog is modal: open it later, not inside this call
        GuiActionRunner.execute(() -> SwingUtilities.invokeLater(() -> answered.set(StartRecallDialog.askPassphrase(null, setup, true))));
        keyboardOn("newPassphrase");
        robot.enterText("fjord-2026");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB, 0);
        keyboardOn("repeatPassphrase");
        robot.enterText("fjord-2026");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER, 0); // OK is the default button
        Pause.pause(new Condition("the dialog to return") {
            @Override
            public boolean test() {
                return answered.get() != null;
            }
        }, Timeout.timeout(5000));
        assertThat(answered.get()).isTrue();
        assertThat(GuiActionRunner.execute(setup::hasPassphrase)).isTrue();
        assertThat(GuiActionRunner.execute(() -> service.study().recallLock().map(lock -> Passphrases.matches(lock,
                "fjord-2026".toCharArray())).orElse(false))).as("what was typed is the passphrase").isTrue();
    }

    /**
     * Waits until the named field has the keyboard. (Should the focus move on afterwards, as
     * JOptionPane moves it to OK once a window manager activates the dialog, the keys typed next
     * land on the button and the passphrase check fails.)
     */
    private void keyboardOn(String name) {
        Pause.pause(new Condition(name + " to have the keyboard") {
            @Override
            public boolean test() {
                return name.equals(GuiActionRunner.execute(() -> {
                    Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                    return owner == null ? null : owner.getName();
                }));
            }
        }, Timeout.timeout(3000));
    }
}
