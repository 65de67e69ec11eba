package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import org.iprstudio.ui.common.OnTextChange;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;

/**
 * Type-ahead code list: typing narrows the codebook (any part of a name or its group, retired
 * codes left out), Up and Down move, Enter applies the highlighted code, Escape clears.
 */
final class CodeChooser extends JPanel {
    private final JTextField field = new JTextField();
    private final DefaultListModel<Code> matches = new DefaultListModel<>();
    /** What the rows of the list show (id, colour, name and group of each code), to leave it alone when that stays. */
    private List<String> shownRows = List.of();
    private final JList<Code> list = new JList<>(matches);
    private final java.util.function.Supplier<Study> study;
    private final Consumer<Code> chosen;
    private final Consumer<String> createNew;
    private final javax.swing.JLabel noMatch = new javax.swing.JLabel();

    /** @param createNew makes a code of the typed name and applies it, when no code matches */
    CodeChooser(java.util.function.Supplier<Study> study, Consumer<Code> chosen, Consumer<String> createNew) {
        super(new BorderLayout(0, 2));
        this.study = study;
        this.chosen = chosen;
        this.createNew = createNew;
        field.setName("codeSearch");
        field.putClientProperty("JTextField.placeholderText", Texts.get("coding.codeSearch.placeholder"));
        field.setToolTipText(Texts.get("coding.codeSearch.tip"));
        list.setName("codeMatches");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(5);
        list.setCellRenderer(new CodeRenderer(study));
        list.setFocusable(false);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    apply();
                }
            }
        });
        OnTextChange.listen(field.getDocument(), this::refresh);
        bind("ENTER", this::apply);
        bind("DOWN", () -> move(1));
        bind("UP", () -> move(-1));
        bind("ESCAPE", () -> field.setText(""));
        add(field, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        noMatch.setName("noCodeMatches");
        noMatch.setVisible(false);
        add(noMatch, BorderLayout.SOUTH);
    }

    JTextField field() {
        return field;
    }

    /** Rebuilds the list after the codebook changed. */
    void refresh() {
        String query = field.getText().strip().toLowerCase(Locale.ROOT);
        Study s = study.get();
        if (s == null) {
            matches.clear();
            shownRows = List.of();
            return;
        }
        List<Code> codes = s.codes().stream().filter(c -> !c.retired())
                .filter(c -> query.isEmpty() || searchText(s, c).contains(query))
                .sorted(java.util.Comparator.comparing((Code c) -> !c.name().toLowerCase(Locale.ROOT).startsWith(query))
                        .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)))
                .toList();
        // the same codes after an edit that did not touch the codebook (a code applied): the list is left
        // as it is, so it is not measured again nor its choice moved back to the first
        List<String> rows = codes.stream().map(c -> c + " " + groupOf(s, c)).toList();
        if (!rows.equals(shownRows)) {
            shownRows = rows;
            matches.clear();
            matches.addAll(codes);
            if (!matches.isEmpty()) {
                list.setSelectedIndex(0);
            }
        }
        noMatch.setText(Texts.get("coding.codeSearch.noMatch", field.getText().strip()));
        noMatch.setVisible(matches.isEmpty() && !query.isEmpty());
    }

    private static String searchText(Study s, Code c) {
        return (c.name() + " " + groupOf(s, c)).toLowerCase(Locale.ROOT);
    }

    /** The name of the code's group (its parent code), or empty. */
    private static String groupOf(Study s, Code c) {
        return c.parentId() == null ? "" : s.find(c.parentId()).map(p -> ((Code) p).name()).orElse("");
    }

    private void apply() {
        Code code = list.getSelectedValue();
        String typed = field.getText().strip();
        if (code != null) {
            chosen.accept(code);
            field.setText("");
        } else if (matches.isEmpty() && !typed.isEmpty()) {
            createNew.accept(typed);
            field.setText("");
        }
    }

    private void move(int by) {
        if (!matches.isEmpty()) {
            int i = Math.max(0, Math.min(matches.size() - 1, list.getSelectedIndex() + by));
            list.setSelectedIndex(i);
            list.ensureIndexIsVisible(i);
        }
    }

    private void bind(String key, Runnable run) {
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), key);
        field.getActionMap().put(key, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        });
    }

}
