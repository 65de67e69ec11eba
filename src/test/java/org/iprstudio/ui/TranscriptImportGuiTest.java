package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.swing.SwingUtilities;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.iprstudio.domain.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Importing a transcript from the window: the speakers are asked once; a bad file is one message with its line. */
@Tag("gui")
class TranscriptImportGuiTest extends DemoWindowTestBase {

    private void importLater(Path file) {
        edt(() -> {
            SwingUtilities.invokeLater(() -> frame.importTranscript(file));
            return null;
        });
    }

    @Test
    void theSpeakersAreAskedOnceAndTheTranscriptShowsAtOnce() throws Exception {
        Path srt = Files.writeString(dataDir.resolve("d01-3.srt"), "1\n00:00:10,000 --> 00:00:12,000\nDr H: Welcome.\n\n"
                + "2\n00:00:13,000 --> 00:00:15,000\nIngrid: Thanks.\n\n3\n00:00:16,000 --> 00:00:17,000\nMother: Hello.\n");
        importLater(srt);
        JOptionPaneFixture ask = window.optionPane(Timeout.timeout(5000));
        ask.comboBox("speaker:Dr H").selectItem("therapist T01");
        ask.comboBox("speaker:Ingrid").selectItem("client C01");
        ask.comboBox("speaker:Mother").requireSelection("other speaker");
        ask.okButton().click();
        MainWindowGuiTest.waitFor("the import to be saved",
                () -> frame.service().study().transcriptOf(frame.currentSession().id()).orElseThrow().source().equals("d01-3.srt"));
        var saved = edt(() -> frame.service().study().transcriptOf(frame.currentSession().id()).orElseThrow());
        assertThat(saved.speakers()).containsExactly(Map.entry("Dr H", Role.THERAPIST), Map.entry("Ingrid", Role.CLIENT));
        assertThat(edt(() -> frame.transcriptPanel().textPane().getText())).contains("Dr H", "Welcome.", "Mother", "Hello.");
    }

    @Test
    void theInspectorShowsTheLinesBeforeASelectedMoment() {
        var study = edt(() -> frame.service().study());
        var session = edt(() -> frame.currentSession());
        var transcript = study.transcriptOf(session.id()).orElseThrow();
        var moment = study.passesOf(session.id()).stream().flatMap(p -> study.momentsOf(p.id()).stream())
                .filter(m -> !transcript.around(m).isEmpty()).findFirst().orElseThrow();
        edt(() -> {
            frame.coding().select(moment);
            return null;
        });
        String shown = window.textBox("momentTranscript").requireVisible().target().getText();
        for (var cue : transcript.around(moment)) {
            assertThat(shown).contains(cue.speaker() + ": " + cue.text());
        }
    }

    @Test
    void aBrokenFileIsOneMessageWithItsLineAndTheShownTranscriptStays() throws Exception {
        String before = edt(() -> frame.transcriptPanel().textPane().getText());
        Path txt = Files.writeString(dataDir.resolve("notes.txt"), "[00:01] T: Hello.\n[00:6x] C: Hi.\n");
        importLater(txt);
        window.optionPane(Timeout.timeout(5000)).requireErrorMessage().requireMessage(".*notes.txt, Line 2: '00:6x' is not a timestamp.*Nothing was imported.*")
                .okButton().click();
        assertThat(edt(() -> frame.transcriptPanel().textPane().getText())).isEqualTo(before);
        assertThat(edt(() -> frame.service().study().transcriptOf(frame.currentSession().id()).orElseThrow().source())).isEqualTo("D01-S3.vtt");
    }
}
