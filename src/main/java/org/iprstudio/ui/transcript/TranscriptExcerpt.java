package org.iprstudio.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import org.iprstudio.app.coding.TranscriptSelection;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.ui.Texts;

/** The transcript lines around a moment, as the coding inspector shows them: one line each, "2:25 Ingrid: words". */
public final class TranscriptExcerpt {
    private static final String SHOWN = "transcriptExcerpt.shown";

    /** The lines on show and where each one's words begin and end in the area's text. */
    private record Shown(Transcript transcript, List<TranscriptCue> cues, int[] wordsStart, int[] wordsEnd) {
    }

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
        area.putClientProperty(SHOWN, null);
        if (transcript == null) {
            area.setVisible(false);
            area.setText("");
            return;
        }
        List<TranscriptCue> lines = transcript.around(moment);
        area.setVisible(true);
        if (lines.isEmpty()) {
            area.setText(Texts.get(moment.span() == null ? "coding.transcript.noneBefore" : "coding.transcript.noneInSpan"));
            area.setCaretPosition(0);
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] ends = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            TranscriptCue c = lines.get(i);
            text.append(i == 0 ? "" : "\n").append(c.start().toShortClock()).append("  ").append(c.speaker() == null ? "" : c.speaker() + ": ");
            starts[i] = text.length();
            text.append(c.text());
            ends[i] = text.length();
        }
        area.setText(text.toString());
        area.setCaretPosition(0);
        area.putClientProperty(SHOWN, new Shown(transcript, lines, starts, ends));
    }

    /** The words selected in the area (without the lines' times and speakers) and the cues they lie in; empty when no words are selected. */
    public static Optional<TranscriptSelection> selection(JTextArea area) {
        if (!(area.getClientProperty(SHOWN) instanceof Shown shown)) {
            return Optional.empty();
        }
        int from = area.getSelectionStart();
        int to = area.getSelectionEnd();
        List<TranscriptCue> cues = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < shown.cues().size(); i++) {
            int start = Math.max(from, shown.wordsStart()[i]);
            int end = Math.min(to, shown.wordsEnd()[i]);
            if (end > start) {
                String part = shown.cues().get(i).text().substring(start - shown.wordsStart()[i], end - shown.wordsStart()[i]);
                if (!part.isBlank()) {
                    cues.add(shown.cues().get(i));
                    words.add(part);
                }
            }
        }
        return cues.isEmpty() ? Optional.empty() : Optional.of(TranscriptSelection.of(shown.transcript().sessionId(), String.join("\n", words), cues));
    }
}
