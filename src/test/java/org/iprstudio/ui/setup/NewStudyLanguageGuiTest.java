package org.iprstudio.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.iprstudio.domain.Protocol;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New study... in Norwegian: the protocol is offered and written in Norwegian, or in English when chosen. */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class NewStudyLanguageGuiTest {
    @TempDir
    Path dir;

    private Robot robot;
    private Locale before;
    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final AtomicReference<Path> created = new AtomicReference<>();

    @BeforeEach
    void norwegian() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void restore() {
        robot.cleanUp();
        Locale.setDefault(before);
    }

    private DialogFixture openForm() {
        GuiActionRunner.execute(() -> SwingUtilities.invokeLater(() -> NewStudyDialog.ask(null, files, dir).ifPresent(created::set)));
        return WindowFinder.findDialog("newStudyDialog").using(robot);
    }

    private Protocol createAndRead(DialogFixture form, String title) {
        form.textBox("newStudy.title").enterText(title);
        form.button("newStudy.create").click();
        Pause.pause(new Condition("the new study file") {
            @Override
            public boolean test() {
                return created.get() != null && Files.exists(created.get());
            }
        }, Timeout.timeout(10_000));
        try (StudyStore store = files.openReadOnly(created.get())) {
            return store.load().header().protocol();
        }
    }

    @Test
    void aStudyCreatedInNorwegianHasNorwegianPromptsAndLabels() {
        DialogFixture form = openForm();
        form.comboBox("newStudy.language").requireSelection("Norsk bokmål");
        assertThat(form.textBox("newStudy.prompts").text()).startsWith("Hva skjedde med deg akkurat da?");
        assertThat(form.label("newStudy.helpfulnessSummary").text()).contains("ekstremt hemmende");
        Protocol protocol = createAndRead(form, "Allianse");
        assertThat(protocol.prompts()).contains("Hvordan opplevde du den andre akkurat da?");
        assertThat(protocol.helpfulness().labelOf(1)).isEqualTo("ekstremt hemmende");
        assertThat(protocol.intensity().labelOf(3)).isEqualTo("tydelig");
    }

    @Test
    void englishChosenForTheProtocolReplacesTheStandardWordsButKeepsTypedOnes() {
        DialogFixture form = openForm();
        form.comboBox("newStudy.language").selectItem("English");
        assertThat(form.textBox("newStudy.prompts").text()).startsWith("What was happening for you right then?");
        assertThat(form.label("newStudy.helpfulnessSummary").text()).contains("extremely hindering");
        form.textBox("newStudy.prompts").deleteText().enterText("Our own question?");
        form.comboBox("newStudy.language").selectItem("Norsk bokmål");
        assertThat(form.textBox("newStudy.prompts").text()).as("typed prompts stay").isEqualTo("Our own question?");
        form.comboBox("newStudy.language").selectItem("English");
        Protocol protocol = createAndRead(form, "Alliance");
        assertThat(protocol.prompts()).containsExactly("Our own question?");
        assertThat(protocol.helpfulness().labelOf(9)).isEqualTo("extremely helpful");
    }
}
