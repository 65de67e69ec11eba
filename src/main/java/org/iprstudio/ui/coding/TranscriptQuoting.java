package org.iprstudio.ui.coding;

import java.awt.Component;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.coding.TranscriptSelection;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Moment;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * What the transcript's Quote and Code buttons do in the researcher's window: find the moment the
 * selected words belong to (asking when several could be meant), then quote or code through
 * {@link org.iprstudio.app.coding.QuoteActions}. Refusals are said in a dialog; nothing changes then.
 */
public final class TranscriptQuoting {
    private TranscriptQuoting() {
    }

    /** Makes the words the quote of the moment they belong to. */
    public static void quote(Component owner, CodingModel model, TranscriptSelection selection) {
        List<Moment> candidates = model.quotes().momentsFor(selection, selected(model));
        if (candidates.isEmpty()) {
            JOptionPane.showMessageDialog(owner, Texts.get("quote.noMoment"), Texts.get("quote.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        choose(owner, model, candidates, "quote.which").ifPresent(moment -> guard(owner, () -> {
            model.quotes().quote(moment, selection);
            model.select(current(model, moment));
        }));
    }

    /** Codes the moment the words belong to, or a new researcher's moment over them. */
    public static void code(Component owner, CodingModel model, TranscriptSelection selection) {
        // a coder in a blind round codes into the round, from its codebook, on the moments there are
        java.util.Optional<org.iprstudio.domain.CodingRound> blind = model.blindRoundIn(selection.sessionId());
        List<Code> codes = model.study().codes().stream().filter(c -> !c.retired())
                .filter(c -> blind.isEmpty() || blind.get().codeIds().contains(c.id()))
                .sorted(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)).toList();
        if (codes.isEmpty()) {
            JOptionPane.showMessageDialog(owner, Texts.get("quote.noCodes"), Texts.get("quote.codeTitle"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        List<Moment> candidates = model.quotes().momentsFor(selection, selected(model));
        JComboBox<Object> targets = new JComboBox<>();
        candidates.forEach(targets::addItem);
        if (blind.isEmpty()) {
            targets.addItem(Texts.get("quote.newMoment"));
        } else if (candidates.isEmpty()) {
            JOptionPane.showMessageDialog(owner, Texts.get("quote.noMomentInRound", blind.get().name()), Texts.get("quote.codeTitle"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        targets.setName("quoteTarget");
        targets.setRenderer(renderer(model));
        JComboBox<Code> code = new JComboBox<>(codes.toArray(new Code[0]));
        code.setName("quoteCode");
        code.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean s, boolean f) {
                return super.getListCellRendererComponent(list, value instanceof Code c ? c.name() : value, index, s, f);
            }
        });
        JPanel form = new JPanel(new MigLayout("wrap 1, fillx, insets 0", "[grow,fill]"));
        form.add(new JLabel(Texts.wrapped(420, "quote.words", selection.words())));
        form.add(new JLabel(Texts.get("quote.codeLabel")));
        form.add(code);
        form.add(new JLabel(Texts.get("quote.targetLabel")), "gaptop 6");
        form.add(targets);
        form.add(blind.isEmpty() ? new JLabel(Texts.wrapped(420, "quote.codeHint"))
                : new JLabel(Texts.wrapped(420, "quote.codeHintInRound", blind.get().name())), "gaptop 6");
        int answer = JOptionPane.showConfirmDialog(owner, form, Texts.get("quote.codeTitle"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION || !(code.getSelectedItem() instanceof Code chosen)) {
            return;
        }
        Moment target = targets.getSelectedItem() instanceof Moment m ? m : null;
        guard(owner, () -> {
            Moment coded = model.codeWords(chosen, selection, target);
            model.select(current(model, coded));
        });
    }

    private static Moment selected(CodingModel model) {
        return model.selection().map(CodingModel.Selection::moment).orElse(null);
    }

    private static Moment current(CodingModel model, Moment moment) {
        return model.study().find(moment.id()).filter(Moment.class::isInstance).map(Moment.class::cast).orElse(moment);
    }

    /** The first candidate when it is the selected moment or the only one; otherwise the researcher chooses. */
    private static Optional<Moment> choose(Component owner, CodingModel model, List<Moment> candidates, String question) {
        Moment selected = selected(model);
        if (candidates.size() == 1 || selected != null && candidates.get(0).id().equals(selected.id())) {
            return Optional.of(candidates.get(0));
        }
        JComboBox<Object> choice = new JComboBox<>(candidates.toArray());
        choice.setName("quoteMoment");
        choice.setRenderer(renderer(model));
        JPanel form = new JPanel(new MigLayout("wrap 1, fillx, insets 0", "[grow,fill]"));
        form.add(new JLabel(Texts.get(question)));
        form.add(choice);
        int answer = JOptionPane.showConfirmDialog(owner, form, Texts.get("quote.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        return answer == JOptionPane.OK_OPTION && choice.getSelectedItem() instanceof Moment m ? Optional.of(m) : Optional.empty();
    }

    private static DefaultListCellRenderer renderer(CodingModel model) {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean s, boolean f) {
                Object shown = value instanceof Moment m ? Describe.who(model.study(), m) + "  " + m.anchor().toShortClock() + "  " + Describe.quote(m.comment())
                        : value;
                return super.getListCellRendererComponent(list, shown, index, s, f);
            }
        };
    }

    private static void guard(Component owner, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) { // the study's rules or the store refused: nothing changed
            JOptionPane.showMessageDialog(owner, ErrorText.of(e), Texts.get("quote.title"), JOptionPane.WARNING_MESSAGE);
        }
    }
}
