package org.iprstudio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** File > Settings...: choosing Norsk bokmål says it takes effect at the next start, and Save remembers it. */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class SettingsDialogGuiTest {
    private Robot robot;
    private Preferences node;
    private Locale before;

    @BeforeEach
    void setUp() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        node = Preferences.userRoot().node("org/iprstudio/test/settings-" + UUID.randomUUID());
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void tearDown() throws Exception {
        robot.cleanUp();
        node.removeNode();
        Locale.setDefault(before);
    }

    @Test
    void norwegianIsStoredForTheNextStartAndTheDialogSaysSo() {
        LanguageSetting setting = new LanguageSetting(node);
        GuiActionRunner.execute(() -> SwingUtilities.invokeLater(() -> new SettingsDialog(null, setting).setVisible(true)));
        DialogFixture dialog = WindowFinder.findDialog("appSettingsDialog").using(robot);
        dialog.radioButton("appSettings.system").requireSelected();
        dialog.label("appSettings.note").requireText(" ");

        dialog.radioButton("appSettings.norwegian").click();
        dialog.label("appSettings.note").requireText("The new language is used the next time IPR Studio starts.");
        assertThat(setting.chosen()).as("nothing stored before Save").isEqualTo(Language.SYSTEM);
        dialog.button("appSettings.save").click();
        dialog.requireNotVisible();

        assertThat(new LanguageSetting(node).chosen()).isEqualTo(Language.NORWEGIAN);
        assertThat(Locale.getDefault()).as("the running program keeps its language until the next start").isEqualTo(Locale.US);
    }
}
