package org.iprstudio.ui.transcript;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import org.iprstudio.app.coding.TranscriptSelection;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.ui.ShortcutAction;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.OnTextChange;

/**
 * The session's words beside the video: the cue being spoken is highlighted and kept in view as the
 * video plays, a click on a cue asks to seek there, and the search field (Ctrl+F) marks every cue
 * that holds the words, in the text and, through the listener, on the timeline. The text can be
 * selected (to quote it); a click that selects nothing is a seek.
 */
public final class TranscriptPanel extends JPanel {
    /** What the panel asks of its owner. */
    public interface Listener {
        default void seekRequested(MediaTime time) {
        }

        /** The start times of the cues the search found (empty when the search is cleared). */
        default void searchHitsChanged(List<MediaTime> hits) {
        }

        /** The researcher wants the selected words as a moment's quote. */
        default void quoteRequested(TranscriptSelection selection) {
        }

        /** The researcher wants to code the selected words. */
        default void codeRequested(TranscriptSelection selection) {
        }
    }

    private static final Color CURRENT = new Color(255, 214, 102, 150);
    private static final Color HIT = new Color(86, 180, 233, 110);
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final JTextPane text = new JTextPane();
    private final JTextField search = new JTextField(14);
    private final JLabel hitCount = new JLabel(" ");
    private final JLabel heading = new JLabel(Texts.get("transcript.heading"));
    private final Highlighter.HighlightPainter currentPainter = new DefaultHighlighter.DefaultHighlightPainter(CURRENT);
    private final Highlighter.HighlightPainter hitPainter = new DefaultHighlighter.DefaultHighlightPainter(HIT);
    private final ShortcutAction find = new ShortcutAction("findInTranscript", this::focusSearch);
    private TranscriptDocument shown;
    private Object currentTag;
    private int current = -1;
    private List<Integer> hits = List.of();
    private final List<Object> hitTags = new ArrayList<>();
    private int hitCursor = -1;
    private final javax.swing.JButton quote = new javax.swing.JButton(Texts.get("transcript.quote"));
    private final javax.swing.JButton code = new javax.swing.JButton(Texts.get("transcript.code"));

    public TranscriptPanel() {
        super(new BorderLayout());
        setName("transcriptPanel");
        text.setName("transcriptText");
        text.setEditable(false);
        text.getCaret().setVisible(false);
        text.setMargin(new java.awt.Insets(4, 6, 4, 6));
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getButton() == MouseEvent.BUTTON1 && text.getSelectionStart() == text.getSelectionEnd()) {
                    seekToCueAt(text.viewToModel2D(e.getPoint()));
                }
            }
        });
        search.setName("transcriptSearch");
        search.putClientProperty("JTextField.placeholderText", Texts.get("transcript.searchPlaceholder"));
        search.putClientProperty("JTextField.showClearButton", true);
        OnTextChange.listen(search.getDocument(), this::runSearch);
        bind(search, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), () -> stepHit(1));
        bind(search, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, java.awt.event.InputEvent.SHIFT_DOWN_MASK), () -> stepHit(-1));
        bind(search, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), () -> search.setText(""));
        hitCount.setName("transcriptHits");
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        heading.setFont(heading.getFont().deriveFont(java.awt.Font.BOLD));
        top.add(heading, BorderLayout.NORTH);
        JPanel searchRow = new JPanel(new BorderLayout(4, 0));
        searchRow.add(search, BorderLayout.CENTER);
        searchRow.add(hitCount, BorderLayout.EAST);
        top.add(searchRow, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        add(selectionButtons(), BorderLayout.SOUTH);
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put((KeyStroke) find.getValue(javax.swing.Action.ACCELERATOR_KEY), "findInTranscript");
        getActionMap().put("findInTranscript", find);
        showNothing(Texts.get("transcript.noSession"));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Ctrl+F: to the search field (for a menu). */
    public ShortcutAction findAction() {
        return find;
    }

    /** Shows a session's transcript, or (null) says there is none and how to add one. */
    public void setTranscript(Transcript transcript) {
        if (transcript == null) {
            showNothing(Texts.get("transcript.none"));
            return;
        }
        shown = new TranscriptDocument(transcript, UIManager.getColor("Label.disabledForeground") == null ? Color.GRAY
                : UIManager.getColor("Label.disabledForeground"));
        text.setDocument(shown.document());
        heading.setText(Texts.get("transcript.headingCount", transcript.cues().size()));
        currentTag = null;
        current = -1;
        search.setEnabled(true);
        runSearch();
    }

    /** The playback time: the cue spoken then is highlighted and scrolled into view. Cheap when nothing changes. */
    public void setTime(MediaTime time) {
        if (shown == null) {
            return;
        }
        int index = shown.transcript().indexAt(time);
        if (index == current) {
            return;
        }
        current = index;
        Highlighter highlighter = text.getHighlighter();
        if (currentTag != null) {
            highlighter.removeHighlight(currentTag);
            currentTag = null;
        }
        if (index >= 0) {
            try {
                currentTag = highlighter.addHighlight(shown.lineStart(index), shown.lineEnd(index), currentPainter);
            } catch (BadLocationException e) {
                throw new IllegalStateException("A cue's line lies inside its document", e);
            }
            keepInView(index);
        }
    }

    /** The index of the highlighted cue, -1 when nobody speaks or there is no transcript. */
    public int currentCue() {
        return current;
    }

    /** The cue's line, as the panel shows it (for tests and for tools that point at a line). */
    public Rectangle lineBounds(int cue) {
        try {
            Rectangle2D r = text.modelToView2D(shown.lineStart(cue));
            return r == null ? null : r.getBounds();
        } catch (BadLocationException e) {
            return null;
        }
    }

    public JTextPane textPane() {
        return text;
    }

    /** The words the researcher has selected and the cues they lie in; empty when nothing is selected. */
    public String selectedWords() {
        String selected = text.getSelectedText();
        return selected == null ? "" : selected.strip();
    }

    /** The selected words (without the times and speakers of their lines) and the cues they lie in; empty when no words are selected. */
    public java.util.Optional<TranscriptSelection> selection() {
        if (shown == null) {
            return java.util.Optional.empty();
        }
        java.util.LinkedHashMap<Integer, String> words = shown.wordsBetween(text.getSelectionStart(), text.getSelectionEnd());
        words.values().removeIf(String::isBlank);
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<TranscriptCue> cues = words.keySet().stream().map(i -> shown.transcript().cues().get(i)).toList();
        return java.util.Optional.of(TranscriptSelection.of(shown.transcript().sessionId(), String.join("\n", words.values()), cues));
    }

    /** "Quote" and "Code..." for the words selected; they do nothing until words are selected. */
    private JComponent selectionButtons() {
        quote.setName("quoteSelection");
        quote.setToolTipText(Texts.get("transcript.quoteTip"));
        code.setName("codeSelection");
        code.setToolTipText(Texts.get("transcript.codeTip"));
        quote.addActionListener(e -> selection().ifPresent(s -> listeners.forEach(l -> l.quoteRequested(s))));
        code.addActionListener(e -> selection().ifPresent(s -> listeners.forEach(l -> l.codeRequested(s))));
        text.addCaretListener(e -> updateSelectionButtons());
        // one row that shrinks with the panel (it is as narrow as the study tree): both buttons always in sight
        JPanel row = new JPanel(new java.awt.GridLayout(1, 2, 4, 0));
        row.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        row.add(quote);
        row.add(code);
        updateSelectionButtons();
        return row;
    }

    private void updateSelectionButtons() {
        boolean any = shown != null && text.getSelectionEnd() > text.getSelectionStart();
        quote.setEnabled(any);
        code.setEnabled(any);
    }

    private void showNothing(String message) {
        shown = null;
        current = -1;
        currentTag = null;
        hits = List.of();
        hitTags.clear();
        text.setDocument(new javax.swing.text.DefaultStyledDocument());
        text.setText(message);
        heading.setText(Texts.get("transcript.heading"));
        search.setEnabled(false);
        hitCount.setText(" ");
        listeners.forEach(l -> l.searchHitsChanged(List.of()));
    }

    private void seekToCueAt(int offset) {
        if (shown == null || offset < 0) {
            return;
        }
        int cue = shown.cueAtOffset(offset);
        if (cue >= 0) {
            MediaTime start = shown.transcript().cues().get(cue).start();
            listeners.forEach(l -> l.seekRequested(start));
        }
    }

    private void keepInView(int cue) {
        Rectangle line = lineBounds(cue);
        if (line != null && isShowing()) {
            // a little context below the line, so the next words are in sight too
            text.scrollRectToVisible(new Rectangle(0, line.y, 1, line.height * 3));
        }
    }

    private void focusSearch() {
        if (search.isEnabled()) {
            search.requestFocusInWindow();
            search.selectAll();
        }
    }

    private void runSearch() {
        Highlighter highlighter = text.getHighlighter();
        hitTags.forEach(highlighter::removeHighlight);
        hitTags.clear();
        hitCursor = -1;
        if (shown == null) {
            return;
        }
        String query = search.getText();
        hits = shown.transcript().search(query);
        String needle = query.strip().toLowerCase(Locale.ROOT);
        List<MediaTime> times = new ArrayList<>(hits.size());
        for (int cue : hits) {
            TranscriptCue c = shown.transcript().cues().get(cue);
            times.add(c.start());
            String words = c.text().toLowerCase(Locale.ROOT);
            for (int at = words.indexOf(needle); at >= 0; at = words.indexOf(needle, at + needle.length())) {
                try {
                    hitTags.add(highlighter.addHighlight(shown.wordsStart(cue) + at, shown.wordsStart(cue) + at + needle.length(), hitPainter));
                } catch (BadLocationException e) {
                    throw new IllegalStateException("A hit lies inside its cue's words", e);
                }
            }
        }
        hitCount.setText(query.isBlank() ? " " : hits.isEmpty() ? Texts.get("transcript.noHits") : Texts.get("transcript.hits", hits.size()));
        listeners.forEach(l -> l.searchHitsChanged(List.copyOf(times)));
        if (!hits.isEmpty()) {
            stepHit(1);
        }
    }

    /** Enter goes to the next hit, Shift+Enter to the one before; the text scrolls there, the video does not move. */
    private void stepHit(int direction) {
        if (hits.isEmpty()) {
            return;
        }
        hitCursor = Math.floorMod(hitCursor + direction, hits.size());
        int cue = hits.get(hitCursor);
        hitCount.setText(Texts.get("transcript.hitOf", hitCursor + 1, hits.size()));
        Rectangle line = lineBounds(cue);
        if (line != null) {
            text.scrollRectToVisible(new Rectangle(0, Math.max(0, line.y - line.height), 1, line.height * 3));
        }
    }

    private static void bind(JComponent component, KeyStroke key, Runnable run) {
        String name = "transcript-" + key;
        component.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        component.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        });
    }
}
