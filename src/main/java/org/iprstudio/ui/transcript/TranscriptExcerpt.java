package org.iprstudio.ui.transcript;

import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.ui.Texts;

/** The transcript lines around a moment, as the coding inspector shows them: one line each, "2:25 Ingrid: words". */
public final class TranscriptExcerpt {
    private TranscriptExcerpt() {
    }

    /** A read-only, wrapping, selectable text area for the lines. */
    public static JTextArea area() {
        JTextArea area = new JTextArea();
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setFont(UIManager.getFont("Label.font"));
        return area;
    }

    /** Fills the area with the moment's lines; hides it when the session has no transcript. */
    public static void show(JTextArea area, Transcript transcript, Moment moment) {
        if (transcript == null) {
            area.setVisible(false);
            area.setText("");
            return;
        }
        List<TranscriptCue> lines = transcript.around(moment);
        area.setVisible(true);
        area.setText(lines.isEmpty() ? Texts.get(moment.span() == null ? "coding.transcript.noneBefore" : "coding.transcript.noneInSpan")
                : lines.stream().map(c -> c.start().toShortClock() + "  " + (c.speaker() == null ? "" : c.speaker() + ": ") + c.text())
                        .collect(Collectors.joining("\n")));
        area.setCaretPosition(0);
    }
}
