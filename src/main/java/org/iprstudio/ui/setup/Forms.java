package org.iprstudio.ui.setup;

import java.awt.Component;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;
import org.iprstudio.ui.common.FirstFocus;

/**
 * Small forms shown in an OK/Cancel dialog. A refusal (a duplicate code, say) is shown and the
 * form comes back with everything as typed, so nothing has to be entered twice.
 */
final class Forms {
    private Forms() {
    }

    /** A form: labelled fields in two columns. */
    static final class Form {
        final JPanel panel = new JPanel(new MigLayout("wrap 2, insets 8, gapy 6", "[right][grow, fill, 280]"));

        <T extends JComponent> T add(String labelKey, T field) {
            panel.add(new JLabel(Texts.get(labelKey)));
            panel.add(field);
            return field;
        }

        void note(String key) {
            panel.add(new JLabel(Texts.wrapped(380, key)), "span 2, left");
        }
    }

    static JTextField text(String name, String value) {
        JTextField f = new JTextField(value == null ? "" : value, 16);
        f.setName(name);
        return f;
    }

    static <T> JComboBox<T> choice(String name, List<T> items, T selected, java.util.function.Function<T, String> label) {
        @SuppressWarnings("unchecked")
        JComboBox<T> box = new JComboBox<>((T[]) items.toArray());
        box.setName(name);
        if (selected != null) {
            box.setSelectedItem(selected);
        }
        box.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                @SuppressWarnings("unchecked")
                String text = value == null ? "" : label.apply((T) value);
                return super.getListCellRendererComponent(list, text, index, sel, focus);
            }
        });
        return box;
    }

    /**
     * Shows the form until the action succeeds or the user cancels. The action runs on the
     * Swing thread (the edits are quick); its refusal message is shown and the form returns.
     */
    static <R> Optional<R> show(Component owner, String titleKey, Form form, JComponent first, Supplier<R> action) {
        FirstFocus.whenShown(first);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(owner, form.panel, Texts.get(titleKey).replace("...", ""), JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(action.get());
            } catch (IllegalArgumentException | org.iprstudio.store.StoreException e) { // domain and store refusals: nothing was changed
                refused(owner, ErrorText.of(e));
            }
        }
    }

    /**
     * Tells what is not exact about recordings that play (their caveats, in the reader's language)
     * and asks whether to link them all the same; true when there is nothing to tell or the user accepts.
     */
    static boolean acceptCaveats(Component owner, java.util.List<org.iprstudio.domain.UserMessage> caveats) {
        if (caveats.isEmpty()) {
            return true;
        }
        String text = caveats.stream().map(org.iprstudio.domain.UserMessage::localized).collect(java.util.stream.Collectors.joining("\n\n"));
        int answer = JOptionPane.showConfirmDialog(owner, Texts.wrapped(480, "setup.caveat.ask", text), Texts.get("setup.caveat.title"),
                JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE);
        return answer == JOptionPane.YES_OPTION;
    }

    static void refused(Component owner, String message) {
        JOptionPane.showMessageDialog(owner, Texts.wrapped(440, "setup.refused", message), Texts.get("setup.refusedTitle"), JOptionPane.WARNING_MESSAGE);
    }

    static LocalDate date(JTextField field) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Texts.get("setup.badDate", text));
        }
    }

    static int number(JTextField field) {
        try {
            return Integer.parseInt(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("setup.badNumber", field.getText().strip()));
        }
    }
}
