package org.iprstudio.ui.transcript;

import java.awt.Color;
import java.util.Arrays;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;

/**
 * A transcript laid out as text, one cue a line ("02:40  Ingrid  words"), with where each cue's line
 * and words begin, so a click or a search hit maps to its cue by binary search.
 */
final class TranscriptDocument {
    private final Transcript transcript;
    private final DefaultStyledDocument document = new DefaultStyledDocument();
    private final int[] lineStart;
    private final int[] wordsStart;
    private final int[] lineEnd;

    TranscriptDocument(Transcript transcript, Color timeColour) {
        this.transcript = transcript;
        int n = transcript.cues().size();
        lineStart = new int[n];
        wordsStart = new int[n];
        lineEnd = new int[n];
        SimpleAttributeSet time = new SimpleAttributeSet();
        StyleConstants.setForeground(time, timeColour);
        SimpleAttributeSet plain = new SimpleAttributeSet();
        try {
            for (int i = 0; i < n; i++) {
                TranscriptCue cue = transcript.cues().get(i);
                lineStart[i] = document.getLength();
                document.insertString(document.getLength(), cue.start().toShortClock() + "  ", time);
                if (cue.speaker() != null) {
                    SimpleAttributeSet speaker = new SimpleAttributeSet();
                    StyleConstants.setForeground(speaker, SpeakerColours.of(transcript.roleOf(cue)));
                    StyleConstants.setBold(speaker, true);
                    document.insertString(document.getLength(), cue.speaker() + "  ", speaker);
                }
                wordsStart[i] = document.getLength();
                document.insertString(document.getLength(), cue.text(), plain);
                lineEnd[i] = document.getLength();
                if (i + 1 < n) {
                    document.insertString(document.getLength(), "\n", plain);
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("Inserting at the end of a document cannot fail", e);
        }
    }

    DefaultStyledDocument document() {
        return document;
    }

    Transcript transcript() {
        return transcript;
    }

    int lineStart(int cue) {
        return lineStart[cue];
    }

    int lineEnd(int cue) {
        return lineEnd[cue];
    }

    int wordsStart(int cue) {
        return wordsStart[cue];
    }

    /** The cue whose line holds this offset of the text; -1 for an empty transcript. */
    int cueAtOffset(int offset) {
        int i = Arrays.binarySearch(lineStart, offset);
        return i >= 0 ? i : Math.max(-1, -i - 2);
    }
}
