package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.finder.WindowFinder;
import org.iprstudio.app.coding.QuoteActions;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.ui.transcript.TranscriptPanel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Words dragged over in the transcript panel become the selected moment's quote, shown in the coding inspector; Ctrl+Z takes it back. */
@Tag("gui")
class TranscriptQuoteGuiTest extends DemoWindowTestBase {
    private Moment moment;
    private Transcript transcript;

    @Override
    void prepare(MainWindow w) {
        w.selectSession("D02/3");
        Session session = w.service().study().sessionByLabel("D02/3").orElseThrow();
        transcript = w.service().study().transcriptOf(session.id()).orElseThrow();
        moment = w.service().study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.CLIENT)
                .flatMap(p -> w.service().study().momentsOf(p.id()).stream()).filter(m -> !transcript.around(m).isEmpty()).findFirst().orElseThrow();
        w.coding().select(moment);
    }

    /** Selects the words of one cue in the panel, from its n-th character on, as a drag over them does. */
    private String selectWordsOf(TranscriptCue cue, int from) {
        return edt(() -> {
            TranscriptPanel panel = frame.transcriptPanel();
            String text = panel.textPane().getText();
            int at = text.indexOf(cue.text());
            panel.textPane().requestFocusInWindow();
            panel.textPane().select(at + from, at + cue.text().length());
            return cue.text().substring(from).strip();
        });
    }

    @Test
    void selectedWordsBecomeTheMomentsQuoteAndUndoTakesThemBack() {
        TranscriptCue cue = transcript.around(moment).get(0);
        String words = selectWordsOf(cue, Math.min(4, cue.text().length() / 2));
        window.button("quoteSelection").requireEnabled().click();
        robot.waitForIdle();

        Quote quote = edt(() -> frame.service().study().quoteOf(moment.id()).orElseThrow());
        assertThat(quote.text()).isEqualTo(words);
        assertThat(quote.cues().start()).isEqualTo(cue.start());
        assertThat(window.textBox("momentQuote").text()).contains(words);
        window.button("removeQuote").requireVisible();

        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        robot.waitForIdle();
        assertThat(edt(() -> frame.service().study().quoteOf(moment.id()))).isEmpty();
        assertThat(window.textBox("momentQuote").text()).doesNotContain(words);
    }

    @Test
    void codingWordsNoMomentHoldsMakesAResearchersMomentWithThatCode() {
        List<TranscriptCue> lonely = edt(() -> transcript.cues().stream().filter(c -> frame.coding().quotes().momentsFor(
                org.iprstudio.app.coding.TranscriptSelection.of(transcript.sessionId(), c.text(), List.of(c)), null).isEmpty()).toList());
        TranscriptCue cue = lonely.get(0);
        selectWordsOf(cue, 0);
        assertThat(edt(() -> frame.transcriptPanel().selection())).isPresent();
        java.awt.Rectangle b = edt(() -> { var c = window.button("codeSelection").target(); return new java.awt.Rectangle(c.getLocationOnScreen(), c.getSize()); });
        java.awt.Rectangle p = edt(() -> { var c = frame.transcriptPanel(); return new java.awt.Rectangle(c.getLocationOnScreen(), c.getSize()); });
        assertThat(p.contains(b)).as("the button is inside the transcript panel, in sight").isTrue();
        window.button("codeSelection").requireEnabled().click();
        DialogFixture dialog = WindowFinder.findDialog(javax.swing.JDialog.class).withTimeout(5000).using(robot);
        assertThat(dialog.comboBox("quoteTarget").target().getSelectedItem()).isInstanceOf(String.class); // no moment holds them: a new one
        String codeName = String.valueOf(edt(() -> ((org.iprstudio.domain.Code) dialog.comboBox("quoteCode").target().getSelectedItem()).name()));
        dialog.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK")).click();
        robot.waitForIdle();

        Moment made = edt(() -> frame.service().study().moments().stream().filter(m -> m.span() != null && m.span().start().equals(cue.start())
                && frame.service().study().participant(frame.service().study().pass(m.passId()).participantId()).code().equals(QuoteActions.RESEARCH_TEAM_CODE))
                .findFirst().orElseThrow());
        assertThat(edt(() -> frame.service().study().codingsOf(made.id()).stream()
                .map(c -> ((org.iprstudio.domain.Code) frame.service().study().find(c.codeId()).orElseThrow()).name()).toList())).containsExactly(codeName);
        assertThat(edt(() -> frame.coding().selection().orElseThrow().moment().id())).isEqualTo(made.id());
        assertThat(window.textBox("momentQuote").text()).contains(cue.text());
    }
}
