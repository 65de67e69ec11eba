package org.iprstudio.ui.recall;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import org.iprstudio.app.RecallLine;
import org.iprstudio.domain.MediaTime;

/**
 * The session's words on the recall screen, when the study's protocol shows them: read only, the
 * line being spoken highlighted and kept in view. It is given the lines of the recall session and
 * nothing else, so it cannot show a moment, quote or code of anyone.
 */
final class RecallWords extends JPanel {
    private static final Color CURRENT = new Color(255, 214, 102, 160);
    private final List<RecallLine> lines;
    private final int[] lineStarts;
    private final JTextArea text = new JTextArea();
    private final Highlighter.HighlightPainter painter = new DefaultHighlighter.DefaultHighlightPainter(CURRENT);
    private Object highlight;
    private int current = -1;

    RecallWords(List<RecallLine> lines) {
        super(new BorderLayout(0, 2));
        setName("recallWords");
        this.lines = List.copyOf(lines);
        lineStarts = new int[lines.size()];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            RecallLine line = lines.get(i);
            lineStarts[i] = all.length();
            all.append(line.start().toShortClock().replaceAll("\\.\\d$", "")).append("  ")
                    .append(line.speaker() == null ? "" : line.speaker() + ": ").append(line.words());
            if (i < lines.size() - 1) {
                all.append('\n');
            }
        }
        text.setName("recallWordsText");
        text.setEditable(false);
        text.setFocusable(false); // the keys stay with the recall (Space stops and continues)
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setText(all.toString());
        text.setCaretPosition(0);
        JLabel heading = new JLabel(RecallTexts.get("words.heading"));
        heading.setFont(heading.getFont().deriveFont(java.awt.Font.BOLD));
        add(heading, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createLineBorder(new Color(0, 0, 0, 40)));
        add(scroll, BorderLayout.CENTER);
    }

    /** Highlights the line spoken at this time (the last one to start that is still running). */
    void setTime(MediaTime time) {
        int index = -1;
        for (int i = lines.size() - 1; i >= 0; i--) { // a few hundred lines: a scan each tick costs nothing
            if (!lines.get(i).start().isAfter(time) && lines.get(i).contains(time)) {
                index = i;
                break;
            }
        }
        if (index == current) {
            return;
        }
        current = index;
        if (highlight != null) {
            text.getHighlighter().removeHighlight(highlight);
            highlight = null;
        }
        if (index < 0) {
            return;
        }
        int end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.getDocument().getLength();
        try {
            highlight = text.getHighlighter().addHighlight(lineStarts[index], end, painter);
            Rectangle2D at = text.modelToView2D(lineStarts[index]);
            if (at != null) {
                Rectangle r = at.getBounds();
                text.scrollRectToVisible(new Rectangle(0, Math.max(0, r.y - r.height), 1, r.height * 3));
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("A line lies inside its text", e);
        }
    }

    /** The line highlighted now, -1 when nobody speaks (for tests). */
    int currentLine() {
        return current;
    }
}
