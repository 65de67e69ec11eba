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
        // the text goes in with one insert and is styled by runs: thousands of small inserts took half a second
        StringBuilder all = new StringBuilder(n * 80);
        int[] speakerEnd = new int[n];
        for (int i = 0; i < n; i++) {
            TranscriptCue cue = transcript.cues().get(i);
            lineStart[i] = all.length();
            all.append(cue.start().toShortClock()).append("  ");
            speakerEnd[i] = all.length();
            if (cue.speaker() != null) {
                all.append(cue.speaker()).append("  ");
                speakerEnd[i] = all.length();
            }
            wordsStart[i] = all.length();
            all.append(cue.text());
            lineEnd[i] = all.length();
            if (i + 1 < n) {
                all.append('\n');
            }
        }
        java.util.Map<java.awt.Color, SimpleAttributeSet> speakerStyles = new java.util.HashMap<>();
        try {
            document.insertString(0, all.toString(), new SimpleAttributeSet());
        } catch (BadLocationException e) {
            throw new IllegalStateException("Inserting into an empty document cannot fail", e);
        }
        for (int i = 0; i < n; i++) {
            TranscriptCue cue = transcript.cues().get(i);
            int timeEnd = lineStart[i] + cue.start().toShortClock().length() + 2;
            document.setCharacterAttributes(lineStart[i], timeEnd - lineStart[i], time, false);
            if (cue.speaker() != null) {
                SimpleAttributeSet speaker = speakerStyles.computeIfAbsent(SpeakerColours.of(transcript.roleOf(cue)), colour -> {
                    SimpleAttributeSet style = new SimpleAttributeSet();
                    StyleConstants.setForeground(style, colour);
                    StyleConstants.setBold(style, true);
                    return style;
                });
                document.setCharacterAttributes(timeEnd, speakerEnd[i] - timeEnd, speaker, false);
            }
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

    /** The words of each cue that [from, to) covers, without the times and speakers before them; cues whose words it misses are left out. */
    java.util.LinkedHashMap<Integer, String> wordsBetween(int from, int to) {
        java.util.LinkedHashMap<Integer, String> words = new java.util.LinkedHashMap<>();
        if (to <= from || lineStart.length == 0) {
            return words;
        }
        for (int cue = Math.max(0, cueAtOffset(from)); cue <= cueAtOffset(to - 1); cue++) {
            int start = Math.max(from, wordsStart[cue]);
            int end = Math.min(to, lineEnd[cue]);
            if (end > start) {
                String text = transcript.cues().get(cue).text();
                words.put(cue, text.substring(start - wordsStart[cue], end - wordsStart[cue]));
            }
        }
        return words;
    }

    /** The cue whose line holds this offset of the text; -1 for an empty transcript. */
    int cueAtOffset(int offset) {
        int i = Arrays.binarySearch(lineStart, offset);
        return i >= 0 ? i : Math.max(-1, -i - 2);
    }
}
