package org.iprstudio.ui.coding;

import java.awt.Font;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.ui.common.ErrorText;
import org.iprstudio.ui.common.WidthTrackingPanel;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;

/**
 * The selected moment or pair, beside the video: what was said, the pair and its decision,
 * the codes applied (click one to take it off), the type-ahead code list and the memo.
 */
public final class CodingInspector extends JPanel {
    private final CodingModel model;
    private final JLabel title = new JLabel();
    private final JTextArea rating = wrapping();
    private final JTextArea comment = new JTextArea(3, 20);
    private final JTextArea pairInfo = wrapping();
    private final JButton keep = new JButton(Texts.get("coding.pair.keep"));
    private final JButton reject = new JButton(Texts.get("coding.pair.reject"));
    private final JComboBox<PairClass> pairClass = new JComboBox<>(PairClass.values());
    private final JButton unpair = new JButton(Texts.get("coding.pair.unpair"));
    private final JButton link = new JButton(Texts.get("coding.pair.link"));
    private final JRadioButton codeMoment = new JRadioButton(Texts.get("coding.target.moment"));
    private final JRadioButton codePair = new JRadioButton(Texts.get("coding.target.pair"));
    private final JPanel applied = new JPanel(new MigLayout("insets 0, gap 4 4, wrap 2", "[0:0:,grow,fill][0:0:,grow,fill]"));
    /** Wraps: on a laptop the inspector is about 330 pixels wide and the hint is longer than that. */
    private final JTextArea pinned = wrapping();
    private final CodeChooser chooser;
    private final MemoEditor memo;
    private final JTextArea empty = wrapping();
    /** The transcript lines around the moment (its span, or the 30 s before its anchor); hidden when the session has none. */
    private final javax.swing.JTextArea words = org.iprstudio.ui.transcript.TranscriptExcerpt.area();
    private final JComponent wordsSection = section("coding.section.transcript");
    /** The moment's quote from the transcript, and the buttons that make it from the words selected above or take it off. */
    private final JComponent quoteSection = section("coding.section.quote");
    private final JTextArea quoteText = wrapping();
    private final JButton quoteWords = new JButton(Texts.get("coding.quote.fromSelection"));
    private final JButton removeQuote = new JButton(Texts.get("coding.quote.remove"));
    /** The inspector's fields; hidden whole while nothing is selected (an empty view still showed a scroll bar and a cut line). */
    private final JScrollPane scroll;
    private final JPanel content = new WidthTrackingPanel(new MigLayout("insets 8, fillx, wrap 1, hidemode 3", "[0:0:,grow,fill]"));
    private boolean updating;

    public CodingInspector(CodingModel model) {
        super(new java.awt.BorderLayout());
        this.model = model;
        setName("codingInspector");
        chooser = new CodeChooser(model::study, this::toggle, this::createAndApply);
        memo = new MemoEditor(model, "momentMemo");
        title.setName("inspectorTitle");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 1f));
        comment.setName("inspectorComment");
        comment.setEditable(false);
        comment.setLineWrap(true);
        comment.setWrapStyleWord(true);
        comment.setFont(comment.getFont().deriveFont(Font.ITALIC, comment.getFont().getSize2D() + 1f));
        comment.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        pairInfo.setName("pairInfo");
        keep.setName("keepPair");
        keep.setToolTipText(Texts.get("coding.pair.keepTip"));
        reject.setName("rejectPair");
        reject.setToolTipText(Texts.get("coding.pair.rejectTip"));
        pairClass.setName("pairClass");
        pairClass.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean s, boolean f) {
                return super.getListCellRendererComponent(list, value instanceof PairClass c ? Describe.pairClass(c) : value, index, s, f);
            }
        });
        unpair.setName("unpair");
        unpair.setToolTipText(Texts.get("coding.pair.unpairTip"));
        link.setName("linkByHand");
        codeMoment.setName("targetMoment");
        codePair.setName("targetPair");
        ButtonGroup group = new ButtonGroup();
        group.add(codeMoment);
        group.add(codePair);
        keep.addActionListener(e -> line().ifPresent(l -> guard(() -> model.actions().confirm(l))));
        reject.addActionListener(e -> line().ifPresent(l -> guard(() -> model.actions().reject(l))));
        unpair.addActionListener(e -> line().filter(l -> l.stored() != null).ifPresent(l -> guard(() -> model.actions().unlink(l.stored()))));
        pairClass.addActionListener(e -> {
            if (!updating && pairClass.getSelectedItem() instanceof PairClass c) {
                line().filter(l -> l.pairClass() != c || l.stored() == null).ifPresent(l -> guard(() -> model.actions().setClass(l, c)));
            }
        });
        link.addActionListener(e -> linkByHand());
        codeMoment.addActionListener(e -> model.setPairTarget(false));
        codePair.addActionListener(e -> model.setPairTarget(true));
        // the code list sits below the fold at small heights: bring it into view when the caret goes there
        chooser.field().addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                javax.swing.SwingUtilities.invokeLater(() -> chooser.scrollRectToVisible(new java.awt.Rectangle(0, 0, chooser.getWidth(), chooser.getHeight())));
            }
        });
        pinned.setName("pinnedCodes");
        pinned.setForeground(javax.swing.UIManager.getColor("Label.disabledForeground"));

        content.add(title);
        content.add(rating);
        content.add(comment);
        words.setName("momentTranscript");
        content.add(wordsSection, "gaptop 6");
        content.add(words);
        quoteText.setName("momentQuote");
        quoteText.setFont(quoteText.getFont().deriveFont(Font.ITALIC));
        quoteWords.setName("quoteWords");
        quoteWords.setToolTipText(Texts.get("coding.quote.fromSelectionTip"));
        removeQuote.setName("removeQuote");
        quoteWords.addActionListener(e -> quoteSelectedWords());
        removeQuote.addActionListener(e -> model.selection().ifPresent(s -> guard(() -> model.quotes().removeQuote(s.moment()))));
        content.add(quoteSection, "gaptop 6");
        content.add(quoteText);
        JPanel quoteButtons = new JPanel(new MigLayout("insets 0, gap 4", "[][]"));
        quoteButtons.add(quoteWords);
        quoteButtons.add(removeQuote);
        content.add(quoteButtons);
        content.add(section("coding.section.pair"), "gaptop 6");
        content.add(pairInfo);
        // two buttons a row and the class on a row of its own: beside the buttons it was cut at 1280x800
        JPanel pairButtons = new JPanel(new MigLayout("insets 0, gap 4, wrap 2", "[0:0:,grow,fill,sg b][0:0:,grow,fill,sg b]"));
        pairButtons.add(keep);
        pairButtons.add(reject);
        pairButtons.add(pairClass, "span 2, wmin 0");
        pairButtons.add(unpair);
        pairButtons.add(link);
        content.add(pairButtons);
        content.add(section("coding.section.codes"), "gaptop 6");
        JPanel target = new JPanel(new MigLayout("insets 0, gap 8"));
        target.add(new JLabel(Texts.get("coding.target")));
        target.add(codeMoment);
        target.add(codePair);
        content.add(target);
        content.add(applied);
        content.add(chooser, "h 120!");
        content.add(pinned);
        content.add(memo, "gaptop 6, h 90!");
        scroll = new JScrollPane(content, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("inspectorScroll");
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        empty.setName("inspectorEmpty");
        empty.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        empty.setText(Texts.get("coding.inspector.empty"));
        add(scroll, java.awt.BorderLayout.CENTER);
        add(empty, java.awt.BorderLayout.NORTH);
        model.addListener(new CodingModel.Listener() {
            @Override
            public void selectionChanged() {
                refresh();
            }

            @Override
            public void studyChanged() {
                chooser.refresh();
            }
        });
        chooser.refresh();
        refresh();
    }

    /** Read-only text that wraps at the panel's width. */
    private static JTextArea wrapping() {
        JTextArea area = new JTextArea();
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(BorderFactory.createEmptyBorder());
        return area;
    }

    /** The type-ahead field (Ctrl+K puts the caret there). */
    public JTextField codeSearch() {
        return chooser.field();
    }

    private static JComponent section(String key) {
        JLabel label = new JLabel(Texts.get(key));
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        return label;
    }

    private Optional<SessionPairing.Line> line() {
        return model.selection().map(CodingModel.Selection::line);
    }

    private void toggle(Code code) {
        if (model.selection().isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("coding.nothingSelected"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        guard(() -> model.toggle(code));
    }

    /** A name no code has yet: a new code at the top of the codebook, applied at once (two steps to undo). */
    private void createAndApply(String name) {
        if (model.selection().isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("coding.nothingSelected"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        guard(() -> model.toggle(model.actions().createCode(name, null)));
    }

    private void guard(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) { // the study's rules or the store refused: nothing changed
            JOptionPane.showMessageDialog(this, ErrorText.of(e), Texts.get("coding.title"), JOptionPane.WARNING_MESSAGE);
        }
    }

    private void refresh() {
        updating = true;
        try {
            Optional<CodingModel.Selection> selection = model.selection();
            empty.setVisible(selection.isEmpty());
            content.setVisible(selection.isPresent());
            scroll.setVisible(selection.isPresent());
            pinned.setText(pinnedText());
            if (selection.isEmpty()) {
                memo.show(null, null, null);
                return;
            }
            Study study = model.study();
            CodingModel.Selection s = selection.get();
            Moment m = s.moment();
            SessionPairing.Line line = s.line();
            if (s.pairTarget() && line != null) {
                title.setText(Texts.get("coding.inspector.pairTitle", Describe.session(study, model.sessionOf(m)), Describe.line(line)));
                rating.setText(Texts.get("coding.inspector.pairRatings", Describe.helpfulness(line.client()), Describe.helpfulness(line.therapist())));
                comment.setText(Texts.get("coding.inspector.pairQuotes", Describe.quote(line.client().comment()), Describe.quote(line.therapist().comment())));
            } else {
                title.setText(Texts.get("coding.inspector.momentTitle", Describe.who(study, m), Describe.session(study, model.sessionOf(m)), Describe.time(m)));
                rating.setText(Describe.helpfulness(m) + (m.intensity() == null ? "" : Texts.get("coding.intensity", m.intensity())));
                comment.setText(Describe.quote(m.comment()));
            }
            org.iprstudio.ui.transcript.TranscriptExcerpt.show(words, study.transcriptOf(model.sessionOf(m).id()).orElse(null), m);
            wordsSection.setVisible(words.isVisible());
            showQuote(study, m, s.pairTarget() && line != null);
            showPair(study, m, line);
            codeMoment.setSelected(!s.pairTarget());
            codePair.setSelected(s.pairTarget());
            codePair.setEnabled(line != null);
            showApplied(study, s);
            if (s.pairTarget() && line != null && line.stored() != null) {
                memo.show(MemoTarget.PAIR, line.stored().id(), Describe.line(line));
            } else if (s.pairTarget()) {
                memo.show(null, null, null);
            } else {
                memo.show(MemoTarget.MOMENT, m.id(), Describe.who(study, m) + " " + m.anchor().toShortClock());
            }
        } finally {
            updating = false;
        }
    }

    /** A moment's quote (a pair has none of its own); the section shows when there is a quote or a transcript to take one from. */
    private void showQuote(Study study, Moment m, boolean pair) {
        Optional<org.iprstudio.domain.Quote> quote = pair ? Optional.empty() : study.quoteOf(m.id());
        boolean shown = !pair && (quote.isPresent() || words.isVisible());
        quoteSection.setVisible(shown);
        quoteText.setVisible(shown);
        quoteText.setText(quote.map(q -> "\u201c" + q.text() + "\u201d  (" + q.cues().start().toShortClock() + "\u2013" + q.cues().end().toShortClock() + ")")
                .orElse(Texts.get("coding.quote.none")));
        quoteWords.setVisible(shown && words.isVisible());
        removeQuote.setVisible(quote.isPresent());
    }

    private void quoteSelectedWords() {
        Optional<CodingModel.Selection> selection = model.selection();
        if (selection.isEmpty()) {
            return;
        }
        Optional<org.iprstudio.app.coding.TranscriptSelection> words = org.iprstudio.ui.transcript.TranscriptExcerpt.selection(this.words);
        if (words.isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("coding.quote.selectFirst"), Texts.get("quote.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        guard(() -> model.quotes().quote(selection.get().moment(), words.get()));
    }

    private void showPair(Study study, Moment m, SessionPairing.Line line) {
        boolean paired = line != null;
        if (!paired) {
            RecallPass pass = study.pass(m.passId());
            pairInfo.setText(Texts.get(pass.perspective() == Role.CLIENT ? "coding.pair.clientOnly" : "coding.pair.therapistOnly"));
        } else {
            Moment other = line.client().id().equals(m.id()) ? line.therapist() : line.client();
            String state = line.stored() == null ? Texts.get("coding.pair.suggested")
                    : line.stored().method() == org.iprstudio.domain.PairMethod.MANUAL ? Texts.get("coding.pair.manual", line.stored().reason())
                    : Texts.get("coding.pair.confirmed");
            pairInfo.setText(Texts.get("coding.pair.with", Describe.who(study, other), other.anchor().toShortClock(),
                    Describe.seconds(line.deltaMillis()), Describe.pairClass(line), state));
            pairClass.setSelectedItem(line.pairClass());
        }
        keep.setVisible(paired);
        keep.setEnabled(paired && (line.stored() == null || line.stored().decision() != PairDecision.CONFIRMED));
        reject.setVisible(paired);
        pairClass.setVisible(paired);
        unpair.setVisible(paired && line.stored() != null);
        link.setVisible(!paired);
    }

    private void showApplied(Study study, CodingModel.Selection s) {
        applied.removeAll();
        java.util.UUID sessionId = model.sessionOf(s.moment()).id();
        List<Coding> codings = s.pairTarget() && s.line() != null
                ? (s.line().stored() == null ? List.of() : model.codingsOf(sessionId, s.line().stored().id()))
                : model.codingsOf(sessionId, s.moment().id());
        if (codings.isEmpty()) {
            JLabel none = new JLabel(Texts.get("coding.noCodes"));
            none.setName("noCodes");
            applied.add(none, "span");
        }
        for (Coding coding : codings) {
            Code code = (Code) study.find(coding.codeId()).orElseThrow();
            JButton chip = new JButton(code.name() + "  \u00d7");
            chip.setName("applied:" + code.name());
            chip.setIcon(CodeRenderer.swatch(code.colour()));
            chip.setToolTipText(Texts.get("coding.removeCodeTip", code.name()));
            chip.addActionListener(e -> guard(() -> model.toggle(code)));
            applied.add(chip);
        }
        applied.revalidate();
        applied.repaint();
    }

    private String pinnedText() {
        List<Code> pins = model.pins().codes(model.study());
        if (pins.isEmpty()) {
            return Texts.get("coding.pins.none");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pins.size(); i++) {
            text.append(i == 0 ? "" : "   ").append(i + 1).append(' ').append(pins.get(i).name());
        }
        return Texts.get("coding.pins", text);
    }

    /** Links the selected one-sided moment to a moment of the other perspective, with a reason. */
    private void linkByHand() {
        Optional<CodingModel.Selection> selection = model.selection();
        Optional<SessionPairing> pairing = model.pairing();
        if (selection.isEmpty() || pairing.isEmpty()) {
            return;
        }
        Moment m = selection.get().moment();
        boolean isClient = model.study().pass(m.passId()).perspective() == Role.CLIENT;
        List<Moment> others = isClient ? pairing.get().therapistOnly() : pairing.get().clientOnly();
        if (others.isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("coding.link.noneFree"), Texts.get("coding.link.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        JComboBox<Moment> choice = new JComboBox<>(others.toArray(new Moment[0]));
        choice.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean s, boolean f) {
                String text = value instanceof Moment o ? o.anchor().toShortClock() + "  " + Describe.quote(o.comment()) : "";
                return super.getListCellRendererComponent(list, text, index, s, f);
            }
        });
        JTextField reason = new JTextField(30);
        JPanel form = new JPanel(new MigLayout("wrap 1, fillx", "[grow,fill]"));
        form.add(new JLabel(Texts.get("coding.link.with")));
        form.add(choice);
        form.add(new JLabel(Texts.get("coding.link.reason")));
        form.add(reason);
        int answer = JOptionPane.showConfirmDialog(this, form, Texts.get("coding.link.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer == JOptionPane.OK_OPTION && choice.getSelectedItem() instanceof Moment other) {
            guard(() -> model.actions().link(isClient ? m : other, isClient ? other : m, reason.getText()));
        }
    }
}
