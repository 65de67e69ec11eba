package org.iprstudio.ui.coding;

import static org.iprstudio.ui.coding.BoardParts.button;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JColorChooser;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.coding.StarterCodebook;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Theme;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.coding.BoardParts.Labelled;

/**
 * The codebook side of the {@link ThemeBoard}: the code tree's tools (new code and subcode, pin,
 * put under a theme, merge, retire, starter codebooks) and the editor of the selected code (name,
 * description, colour, memo), which saves what is typed to the code it was typed for.
 */
final class CodebookSide {
    private final CodingModel model;
    private final CodebookTree codebook;
    private final ThemeTree themes;
    /** The board: dialogs are placed over it. */
    private final Component owner;
    private final Consumer<RuntimeException> problem;
    private final JTextField codeName = new JTextField();
    private final JTextArea codeDescription = new JTextArea(2, 20);
    private final JButton codeColour = new JButton(Texts.get("coding.codebook.colour"));
    private final MemoEditor codeMemo;
    private final JPanel codeEditor = new JPanel(new MigLayout("insets 4, fillx, wrap 1, hidemode 3, gapy 2", "[0:0:,grow,fill]"));
    private boolean updating;
    /** The code whose text is in the editor: edits are saved to it, whatever is selected meanwhile. */
    private java.util.UUID editingCode;

    CodebookSide(CodingModel model, CodebookTree codebook, ThemeTree themes, Component owner, Consumer<RuntimeException> problem) {
        this.model = model;
        this.codebook = codebook;
        this.themes = themes;
        this.owner = owner;
        this.problem = problem;
        codeMemo = new MemoEditor(model, "codeMemo");
        codeName.setName("codeName");
        codeDescription.setName("codeDescription");
        codeDescription.setLineWrap(true);
        codeDescription.setWrapStyleWord(true);
    }

    /** Saves on leaving a field or pressing Enter, and chooses a colour from the colour button. */
    void listen() {
        BoardParts.commitOnLeave(codeName, this::saveCode);
        BoardParts.commitOnLeave(codeDescription, this::saveCode);
        codeName.addActionListener(e -> saveCode());
    }

    void listenToColour() {
        codeColour.setName("codeColour");
        codeColour.addActionListener(e -> chooseColour());
    }

    JPanel panel() {
        JPanel side = new JPanel(new BorderLayout());
        JPanel tools = BoardParts.toolColumn();
        tools.add(button("newCode", () -> newCode(false), problem));
        tools.add(button("newSubcode", () -> newCode(true), problem));
        tools.add(button("pin", this::togglePin, problem));
        tools.add(button("addToTheme", this::addSelectedCodeToTheme, problem));
        tools.add(button("merge", this::merge, problem));
        tools.add(button("retire", this::toggleRetired, problem));
        JButton starter = button("starter", () -> { }, problem);
        starter.addActionListener(e -> starterMenu().show(starter, 0, starter.getHeight()));
        tools.add(starter);
        codeEditor.add(new JLabel(Texts.get("coding.codebook.name")));
        codeEditor.add(codeName);
        codeEditor.add(new JLabel(Texts.get("coding.codebook.description")));
        codeEditor.add(new JScrollPane(codeDescription), "h 50!");
        codeEditor.add(codeColour, "growx 0");
        codeEditor.add(codeMemo, "h 70!");
        side.add(BoardParts.treeWithEditor(new JScrollPane(codebook), BoardParts.besideTheTree(tools, codeEditor), tools), BorderLayout.CENTER);
        side.setBorder(BorderFactory.createTitledBorder(Texts.get("coding.codebook.title")));
        return side;
    }

    /** After an undo or redo: the editor shows the study again, even the field being typed in. */
    void forgetEditing() {
        editingCode = null;
    }

    void showCode() {
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

    void saveCode() {
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
                problem.accept(e);
            }
        });
    }

    private void newCode(boolean under) {
        Optional<Code> parent = under ? codebook.selected() : Optional.empty();
        if (under && parent.isEmpty()) {
            JOptionPane.showMessageDialog(owner, Texts.get("coding.codebook.chooseParent"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        String name = JOptionPane.showInputDialog(owner, Texts.get("coding.codebook.newName"), Texts.get("coding.board.newCode"), JOptionPane.PLAIN_MESSAGE);
        if (name != null && !name.isBlank()) {
            Code code = model.actions().createCode(name.strip(), parent.map(Code::id).orElse(null));
            codebook.select(code.id());
        }
    }

    private void togglePin() {
        codebook.selected().ifPresent(c -> {
            if (!model.pins().toggle(c.id(), model.study())) {
                JOptionPane.showMessageDialog(owner, Texts.get("coding.pins.full"), Texts.get("coding.title"), JOptionPane.INFORMATION_MESSAGE);
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
            Color chosen = JColorChooser.showDialog(owner, Texts.get("coding.codebook.colour"), c.colour() == null ? Color.GRAY : Color.decode(c.colour()));
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
        Object into = JOptionPane.showInputDialog(owner, Texts.get("coding.codebook.mergeInto", from.get().name()), Texts.get("coding.board.merge"),
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
                JOptionPane.showMessageDialog(owner, Texts.get("coding.starter.added", added, book.groupName()), Texts.get("coding.title"),
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
        Object choice = JOptionPane.showInputDialog(owner, Texts.get("coding.themes.chooseTheme", code.get().name()), Texts.get("coding.board.addToTheme"),
                JOptionPane.QUESTION_MESSAGE, null, choices, selectedChoice);
        if (choice instanceof Labelled<?> chosen && chosen.value() instanceof Theme t) {
            model.actions().addCode(t, code.get());
            themes.select(t.id());
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
}
