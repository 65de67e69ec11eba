package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JColorChooser;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.ui.common.ErrorText;
import org.iprstudio.ui.common.WidthTrackingPanel;
import org.iprstudio.app.coding.StarterCodebook;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.ui.Texts;

/**
 * Codebook and themes side by side: create, rename, describe, colour, pin, merge and retire
 * codes, add starter codebooks; build themes and subthemes by dragging codes onto them, give
 * each a definition, a status and exemplar moments; memos on codes and themes.
 */
public final class ThemeBoard extends JPanel {
    private final CodingModel model;
    private final CodebookTree codebook;
    private final ThemeTree themes;
    private final JTextField codeName = new JTextField();
    private final JTextArea codeDescription = new JTextArea(2, 20);
    private final JButton codeColour = new JButton(Texts.get("coding.codebook.colour"));
    private final MemoEditor codeMemo;
    private final JTextField themeName = new JTextField();
    private final JTextArea themeDefinition = new JTextArea(3, 20);
    private final JComboBox<ThemeStatus> themeStatus = new JComboBox<>(ThemeStatus.values());
    private final MemoEditor themeMemo;
    private final JPanel codeEditor = new JPanel(new MigLayout("insets 4, fillx, wrap 1, hidemode 3, gapy 2", "[0:0:,grow,fill]"));
    private final JPanel themeEditor = new JPanel(new MigLayout("insets 4, fillx, wrap 1, hidemode 3, gapy 2", "[0:0:,grow,fill]"));
    private boolean updating;
    /** True while the trees are rebuilt after a change: selection events then are not the user's. */
    private boolean reloading;
    /** The code and the theme whose text is in the editors: edits are saved to them, whatever is selected meanwhile. */
    private java.util.UUID editingCode;
    private java.util.UUID editingTheme;

    public ThemeBoard(CodingModel model) {
        super(new BorderLayout());
        this.model = model;
        codebook = new CodebookTree(model);
        themes = new ThemeTree(model, this::problem);
        codeMemo = new MemoEditor(model, "codeMemo");
        themeMemo = new MemoEditor(model, "themeMemo");
        codeName.setName("codeName");
        codeDescription.setName("codeDescription");
        codeDescription.setLineWrap(true);
        codeDescription.setWrapStyleWord(true);
        themeName.setName("themeName");
        themeDefinition.setName("themeDefinition");
        themeDefinition.setLineWrap(true);
        themeDefinition.setWrapStyleWord(true);
        themeStatus.setName("themeStatus");
        themeStatus.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean s, boolean f) {
                return super.getListCellRendererComponent(list, value instanceof ThemeStatus t ? Describe.status(t) : value, index, s, f);
            }
        });

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, codebookSide(), themeSide());
        split.setResizeWeight(0.45);
        split.setBorder(BorderFactory.createEmptyBorder());
        add(split, BorderLayout.CENTER);

        codebook.addTreeSelectionListener(e -> {
            if (!reloading) {
                saveCode(); // what was typed belongs to the code shown until now
                showCode();
            }
        });
        themes.addTreeSelectionListener(e -> {
            if (!reloading) {
                saveTheme();
                showTheme();
            }
        });
        commitOnLeave(codeName, this::saveCode);
        commitOnLeave(codeDescription, this::saveCode);
        codeName.addActionListener(e -> saveCode());
        commitOnLeave(themeName, this::saveTheme);
        commitOnLeave(themeDefinition, this::saveTheme);
        themeName.addActionListener(e -> saveTheme());
        themeStatus.addActionListener(e -> saveTheme());
        model.addPendingEdit(this::saveCode);
        model.addPendingEdit(this::saveTheme);
        model.addEditorReload(this::reloadEditors);
        codeColour.setName("codeColour");
        codeColour.addActionListener(e -> chooseColour());
        ShownReload.attach(this, model, false, this::reload);
    }

    CodebookTree codebook() {
        return codebook;
    }

    ThemeTree themes() {
        return themes;
    }

    private JPanel codebookSide() {
        JPanel side = new JPanel(new BorderLayout());
        JPanel tools = toolColumn();
        tools.add(button("newCode", () -> newCode(false)));
        tools.add(button("newSubcode", () -> newCode(true)));
        tools.add(button("pin", this::togglePin));
        tools.add(button("addToTheme", this::addSelectedCodeToTheme));
        tools.add(button("merge", this::merge));
        tools.add(button("retire", this::toggleRetired));
        JButton starter = button("starter", () -> { });
        starter.addActionListener(e -> starterMenu().show(starter, 0, starter.getHeight()));
        tools.add(starter);
        codeEditor.add(new JLabel(Texts.get("coding.codebook.name")));
        codeEditor.add(codeName);
        codeEditor.add(new JLabel(Texts.get("coding.codebook.description")));
        codeEditor.add(new JScrollPane(codeDescription), "h 50!");
        codeEditor.add(codeColour, "growx 0");
        codeEditor.add(codeMemo, "h 70!");
        side.add(treeWithEditor(new JScrollPane(codebook), besideTheTree(tools, codeEditor), tools), BorderLayout.CENTER);
        side.setBorder(BorderFactory.createTitledBorder(Texts.get("coding.codebook.title")));
        return side;
    }

    private JPanel themeSide() {
        JPanel side = new JPanel(new BorderLayout());
        JPanel tools = toolColumn();
        tools.add(button("newTheme", () -> newTheme(false)));
        tools.add(button("newSubtheme", () -> newTheme(true)));
        tools.add(button("deleteTheme", this::deleteSelected));
        tools.add(button("addExemplar", this::addExemplar));
        tools.add(button("playExemplar", this::playExemplar));
        // the side's title says to drop codes on a theme; the longer hint is the tree's tooltip: as a line
        // under the tree it was cut at 1280x800, and wrapped it took the tree's last rows
        themes.setToolTipText(Texts.get("coding.themes.dropHint"));
        JPanel centre = new JPanel(new BorderLayout());
        centre.add(new JScrollPane(themes), BorderLayout.CENTER);

        themeEditor.add(new JLabel(Texts.get("coding.themes.name")));
        themeEditor.add(themeName);
        themeEditor.add(new JLabel(Texts.get("coding.themes.definition")));
        themeEditor.add(new JScrollPane(themeDefinition), "h 50!");
        themeEditor.add(new JLabel(Texts.get("coding.themes.status")));
        themeEditor.add(themeStatus, "growx 0");
        themeEditor.add(themeMemo, "h 70!");
        side.add(treeWithEditor(centre, besideTheTree(tools, themeEditor), tools), BorderLayout.CENTER);
        side.setBorder(BorderFactory.createTitledBorder(Texts.get("coding.themes.title")));
        return side;
    }

    /**
     * The buttons in a column beside the tree, above the editor: above the tree they took four
     * rows and left the tree about two rows at 1280x800.
     */
    private static JPanel toolColumn() {
        return new JPanel(new MigLayout("insets 4, gap 2, wrap 1, fillx", "[0:0:,grow,fill]"));
    }

    private static JPanel besideTheTree(JPanel tools, JPanel editor) {
        JPanel column = new JPanel(new BorderLayout());
        column.add(tools, BorderLayout.NORTH);
        column.add(editor, BorderLayout.CENTER);
        return column;
    }

    /**
     * The tree on the left, the selected item's editor on the right (the tab is wide, not tall).
     * The editor's side is never narrower than its buttons, so their labels stay whole.
     */
    private static JSplitPane treeWithEditor(java.awt.Component tree, JPanel editor, JPanel tools) {
        JPanel holder = new WidthTrackingPanel(new BorderLayout());
        holder.add(editor, BorderLayout.NORTH);
        JScrollPane editorScroll = new JScrollPane(holder, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        editorScroll.setBorder(BorderFactory.createEmptyBorder());
        int scrollBar = javax.swing.UIManager.getInt("ScrollBar.width");
        editorScroll.setMinimumSize(new java.awt.Dimension(Math.max(110, tools.getPreferredSize().width + Math.max(scrollBar, 12)), 60));
        if (tree instanceof javax.swing.JComponent c) {
            c.setMinimumSize(new java.awt.Dimension(120, 60)); // the tree is what the board is for: it never shrinks to a sliver
        }
        editorScroll.setPreferredSize(new java.awt.Dimension(240, 100)); // equal preferred widths: the split starts in the middle
        tree.setPreferredSize(new java.awt.Dimension(240, 100));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, tree, editorScroll);
        split.setResizeWeight(0.5);
        split.setBorder(BorderFactory.createEmptyBorder());
        return split;
    }

    private JButton button(String id, Runnable run) {
        JButton b = new JButton(Texts.get("coding.board." + id));
        b.setName(id);
        b.setToolTipText(Texts.get("coding.board." + id + ".tip"));
        b.addActionListener(e -> {
            try {
                run.run();
            } catch (RuntimeException ex) {
                problem(ex);
            }
        });
        return b;
    }

    private void problem(RuntimeException e) {
        JOptionPane.showMessageDialog(this, ErrorText.of(e), Texts.get("coding.title"), JOptionPane.WARNING_MESSAGE);
    }

    private static void commitOnLeave(java.awt.Component field, Runnable save) {
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                save.run();
            }
        });
    }

    private void reload() {
        reloading = true;
        try {
            codebook.reload();
            themes.reload();
        } finally {
            reloading = false;
        }
        showCode();
        showTheme();
    }

    /** After an undo or redo: the editors show the study again, even the field being typed in. */
    private void reloadEditors() {
        editingCode = null;
        editingTheme = null;
        showCode();
        showTheme();
    }

    // ---- codes ----------------------------------------------------------------------------------

    private void showCode() {
        Optional<Code> code = codebook.selected();
        codeEditor.setVisible(code.isPresent());
        updating = true;
        try {
            code.ifPresent(c -> {
                boolean same = c.id().equals(editingCode); // keep what is being typed into this very code
                if (!same || !codeName.hasFocus()) {
                    codeName.setText(c.name());
                }
                if (!same || !codeDescription.hasFocus()) {
                    codeDescription.setText(c.description());
                }
                codeColour.setIcon(CodeRenderer.swatch(c.colour()));
            });
            editingCode = code.map(Code::id).orElse(null);
        } finally {
            updating = false;
        }
        code.ifPresentOrElse(c -> codeMemo.show(MemoTarget.CODE, c.id(), c.name()), () -> codeMemo.show(null, null, null));
    }

    private void saveCode() {
        if (updating || !model.isOpen()) {
            return;
        }
        Optional.ofNullable(editingCode).flatMap(id -> model.study().find(id)).filter(Code.class::isInstance).map(Code.class::cast).ifPresent(c -> {
            String name = codeName.getText().strip();
            if (name.equals(c.name()) && codeDescription.getText().equals(c.description())) {
                return;
            }
            try {
                model.actions().updateCode(new Code(c.id(), c.parentId(), name, codeDescription.getText(), c.colour(), c.retired()));
            } catch (RuntimeException e) {
                codeName.setText(c.name());
                problem(e);
            }
        });
    }

    private void newCode(boolean under) {
        Optional<Code> parent = under ? codebook.selected() : Optional.empty();
        if (under && parent.isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("coding.codebook.chooseParent"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        String name = JOptionPane.showInputDialog(this, Texts.get("coding.codebook.newName"), Texts.get("coding.board.newCode"), JOptionPane.PLAIN_MESSAGE);
        if (name != null && !name.isBlank()) {
            Code code = model.actions().createCode(name.strip(), parent.map(Code::id).orElse(null));
            codebook.select(code.id());
        }
    }

    private void togglePin() {
        codebook.selected().ifPresent(c -> {
            if (!model.pins().toggle(c.id(), model.study())) {
                JOptionPane.showMessageDialog(this, Texts.get("coding.pins.full"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
            }
            codebook.repaint();
            model.pinsChanged();
        });
    }

    private void toggleRetired() {
        codebook.selected().ifPresent(c -> model.actions().updateCode(new Code(c.id(), c.parentId(), c.name(), c.description(), c.colour(), !c.retired())));
    }

    private void chooseColour() {
        codebook.selected().ifPresent(c -> {
            Color chosen = JColorChooser.showDialog(this, Texts.get("coding.codebook.colour"), c.colour() == null ? Color.GRAY : Color.decode(c.colour()));
            if (chosen != null) {
                String hex = String.format("#%02x%02x%02x", chosen.getRed(), chosen.getGreen(), chosen.getBlue());
                model.actions().updateCode(new Code(c.id(), c.parentId(), c.name(), c.description(), hex, c.retired()));
            }
        });
    }

    private void merge() {
        Optional<Code> from = codebook.selected();
        if (from.isEmpty()) {
            return;
        }
        Object[] others = model.study().codes().stream().filter(c -> !c.id().equals(from.get().id()))
                .sorted(java.util.Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)).map(c -> new Labelled<>(codeLabel(c), c)).toArray();
        Object into = JOptionPane.showInputDialog(this, Texts.get("coding.codebook.mergeInto", from.get().name()), Texts.get("coding.board.merge"),
                JOptionPane.QUESTION_MESSAGE, null, others, null);
        if (into instanceof Labelled<?> chosen && chosen.value() instanceof Code target) { // chosen by identity, not by name
            model.actions().merge(from.get(), target);
            codebook.select(target.id());
        }
    }

    private JPopupMenu starterMenu() {
        JPopupMenu menu = new JPopupMenu();
        for (StarterCodebook book : StarterCodebook.values()) {
            JMenuItem item = new JMenuItem(Texts.get("coding.starter", book.groupName(), book.codes().size()));
            item.addActionListener(e -> {
                int added = model.actions().addStarter(book);
                JOptionPane.showMessageDialog(this, Texts.get("coding.starter.added", added, book.groupName()), Texts.get("coding.title"),
                        JOptionPane.INFORMATION_MESSAGE);
            });
            menu.add(item);
        }
        return menu;
    }

    /** The keyboard way to do what dragging does: put the selected code under a theme chosen from a list. */
    private void addSelectedCodeToTheme() {
        Optional<Code> code = codebook.selected();
        List<Theme> all = model.study().themes();
        if (code.isEmpty() || all.isEmpty()) {
            return;
        }
        Object[] choices = all.stream().map(t -> new Labelled<>(themeLabel(t), t)).toArray();
        Object selectedChoice = themes.selectedTheme().flatMap(sel -> java.util.Arrays.stream(choices)
                .filter(c -> ((Labelled<?>) c).value() instanceof Theme t && t.id().equals(sel.id())).findFirst()).orElse(null);
        Object choice = JOptionPane.showInputDialog(this, Texts.get("coding.themes.chooseTheme", code.get().name()), Texts.get("coding.board.addToTheme"),
                JOptionPane.QUESTION_MESSAGE, null, choices, selectedChoice);
        if (choice instanceof Labelled<?> chosen && chosen.value() instanceof Theme t) {
            model.actions().addCode(t, code.get());
            themes.select(t.id());
        }
    }

    /** A choice in a dialog: shown by its label, chosen by identity (names need not be unique). */
    private record Labelled<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    private String codeLabel(Code c) {
        return c.parentId() == null ? c.name()
                : c.name() + "  \u00b7  " + model.study().find(c.parentId()).map(p -> ((Code) p).name()).orElse("");
    }

    private String themeLabel(Theme t) {
        return t.parentId() == null ? t.name()
                : model.study().find(t.parentId()).map(p -> ((Theme) p).name()).orElse("") + "  \u203a  " + t.name();
    }

    // ---- themes ---------------------------------------------------------------------------------

    private void showTheme() {
        Optional<Theme> theme = themes.selectedTheme().flatMap(t -> model.study().find(t.id())).map(Theme.class::cast);
        themeEditor.setVisible(theme.isPresent());
        updating = true;
        try {
            theme.ifPresent(t -> {
                boolean same = t.id().equals(editingTheme);
                if (!same || !themeName.hasFocus()) {
                    themeName.setText(t.name());
                }
                if (!same || !themeDefinition.hasFocus()) {
                    themeDefinition.setText(t.definition());
                }
                themeStatus.setSelectedItem(t.status());
            });
            editingTheme = theme.map(Theme::id).orElse(null);
        } finally {
            updating = false;
        }
        theme.ifPresentOrElse(t -> themeMemo.show(MemoTarget.THEME, t.id(), t.name()), () -> themeMemo.show(null, null, null));
    }

    private void saveTheme() {
        if (updating || !model.isOpen()) {
            return;
        }
        Optional.ofNullable(editingTheme).flatMap(id -> model.study().find(id)).filter(Theme.class::isInstance).map(Theme.class::cast).ifPresent(t -> {
            ThemeStatus status = (ThemeStatus) themeStatus.getSelectedItem();
            String name = themeName.getText().strip();
            if (name.equals(t.name()) && themeDefinition.getText().equals(t.definition()) && status == t.status()) {
                return;
            }
            try {
                model.actions().updateTheme(new Theme(t.id(), t.parentId(), name, themeDefinition.getText(), status, t.position(), t.codeIds(),
                        t.exemplarMomentIds()));
            } catch (RuntimeException e) {
                themeName.setText(t.name());
                problem(e);
            }
        });
    }

    private void newTheme(boolean under) {
        Optional<Theme> parent = under ? themes.selectedTheme() : Optional.empty();
        if (under && parent.isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("coding.themes.chooseParent"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        String name = JOptionPane.showInputDialog(this, Texts.get("coding.themes.newName"), Texts.get("coding.board.newTheme"), JOptionPane.PLAIN_MESSAGE);
        if (name != null && !name.isBlank()) {
            Theme theme = model.actions().createTheme(name.strip(), parent.map(Theme::id).orElse(null));
            themes.select(theme.id());
        }
    }

    /** Deletes what is selected on the board: a theme (after asking), or a code or exemplar from its theme. */
    private void deleteSelected() {
        Optional<Object> item = themes.selectedItem();
        if (item.isEmpty()) {
            return;
        }
        if (item.get() instanceof ThemeTree.CodeInTheme c) {
            model.actions().removeCode(c.theme(), c.code());
        } else if (item.get() instanceof ThemeTree.Exemplar e) {
            model.actions().toggleExemplar(e.theme(), e.moment());
        } else if (item.get() instanceof Theme t) {
            int answer = JOptionPane.showConfirmDialog(this, Texts.get("coding.themes.confirmDelete", t.name()), Texts.get("coding.board.deleteTheme"),
                    JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer == JOptionPane.YES_OPTION) {
                model.actions().deleteTheme(t);
            }
        }
    }

    private void addExemplar() {
        Optional<Theme> theme = themes.selectedTheme();
        Optional<Moment> moment = model.selection().map(CodingModel.Selection::moment);
        if (theme.isEmpty() || moment.isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("coding.themes.exemplarHowTo"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        model.actions().toggleExemplar(theme.get(), moment.get());
    }

    private void playExemplar() {
        themes.selectedItem().filter(ThemeTree.Exemplar.class::isInstance).map(ThemeTree.Exemplar.class::cast).ifPresent(e -> {
            model.play(e.moment());
            model.select(e.moment());
        });
    }
}
