package org.iprstudio.ui.coding;

import static org.iprstudio.ui.coding.BoardParts.button;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.ui.Texts;

/**
 * The themes side of the {@link ThemeBoard}: the theme tree's tools (new theme and subtheme,
 * delete, add and play an exemplar) and the editor of the selected theme (name, definition,
 * status, memo), which saves what is typed to the theme it was typed for.
 */
final class ThemeSide {
    private final CodingModel model;
    private final ThemeTree themes;
    /** The board: dialogs are placed over it. */
    private final Component owner;
    private final Consumer<RuntimeException> problem;
    private final JTextField themeName = new JTextField();
    private final JTextArea themeDefinition = new JTextArea(3, 20);
    private final JComboBox<ThemeStatus> themeStatus = new JComboBox<>(ThemeStatus.values());
    private final MemoEditor themeMemo;
    private final JPanel themeEditor = new JPanel(new MigLayout("insets 4, fillx, wrap 1, hidemode 3, gapy 2", "[0:0:,grow,fill]"));
    private boolean updating;
    /** The theme whose text is in the editor: edits are saved to it, whatever is selected meanwhile. */
    private java.util.UUID editingTheme;

    ThemeSide(CodingModel model, ThemeTree themes, Component owner, Consumer<RuntimeException> problem) {
        this.model = model;
        this.themes = themes;
        this.owner = owner;
        this.problem = problem;
        themeMemo = new MemoEditor(model, "themeMemo");
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
    }

    /** Saves on leaving a field, pressing Enter or choosing a status. */
    void listen() {
        BoardParts.commitOnLeave(themeName, this::saveTheme);
        BoardParts.commitOnLeave(themeDefinition, this::saveTheme);
        themeName.addActionListener(e -> saveTheme());
        themeStatus.addActionListener(e -> saveTheme());
    }

    JPanel panel() {
        JPanel side = new JPanel(new BorderLayout());
        JPanel tools = BoardParts.toolColumn();
        tools.add(button("newTheme", () -> newTheme(false), problem));
        tools.add(button("newSubtheme", () -> newTheme(true), problem));
        tools.add(button("deleteTheme", this::deleteSelected, problem));
        tools.add(button("addExemplar", this::addExemplar, problem));
        tools.add(button("playExemplar", this::playExemplar, problem));
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
        side.add(BoardParts.treeWithEditor(centre, BoardParts.besideTheTree(tools, themeEditor), tools), BorderLayout.CENTER);
        side.setBorder(BorderFactory.createTitledBorder(Texts.get("coding.themes.title")));
        return side;
    }

    /** After an undo or redo: the editor shows the study again, even the field being typed in. */
    void forgetEditing() {
        editingTheme = null;
    }

    void showTheme() {
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

    void saveTheme() {
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
                problem.accept(e);
            }
        });
    }

    private void newTheme(boolean under) {
        Optional<Theme> parent = under ? themes.selectedTheme() : Optional.empty();
        if (under && parent.isEmpty()) {
            JOptionPane.showMessageDialog(owner, Texts.get("coding.themes.chooseParent"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        String name = JOptionPane.showInputDialog(owner, Texts.get("coding.themes.newName"), Texts.get("coding.board.newTheme"), JOptionPane.PLAIN_MESSAGE);
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
            int answer = JOptionPane.showConfirmDialog(owner, Texts.get("coding.themes.confirmDelete", t.name()), Texts.get("coding.board.deleteTheme"),
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
            JOptionPane.showMessageDialog(owner, Texts.get("coding.themes.exemplarHowTo"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
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
