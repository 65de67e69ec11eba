package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.WidthTrackingPanel;

/**
 * The pieces both sides of the {@link ThemeBoard} are built from: a column of tool buttons, the
 * tree beside its editor, a button that reports what goes wrong, a field that saves when it is
 * left, and a dialog choice chosen by identity.
 */
final class BoardParts {
    private BoardParts() {
    }

    /**
     * The buttons in a column beside the tree, above the editor: above the tree they took four
     * rows and left the tree about two rows at 1280x800.
     */
    static JPanel toolColumn() {
        return new JPanel(new MigLayout("insets 4, gap 2, wrap 1, fillx", "[0:0:,grow,fill]"));
    }

    static JPanel besideTheTree(JPanel tools, JPanel editor) {
        JPanel column = new JPanel(new BorderLayout());
        column.add(tools, BorderLayout.NORTH);
        column.add(editor, BorderLayout.CENTER);
        return column;
    }

    /**
     * The tree on the left, the selected item's editor on the right (the tab is wide, not tall).
     * The editor's side is never narrower than its buttons, so their labels stay whole.
     */
    static JSplitPane treeWithEditor(java.awt.Component tree, JPanel editor, JPanel tools) {
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

    /** A board button ("coding.board." + id for its text and tip); what goes wrong goes to {@code problem}. */
    static JButton button(String id, Runnable run, Consumer<RuntimeException> problem) {
        JButton b = new JButton(Texts.get("coding.board." + id));
        b.setName(id);
        b.setToolTipText(Texts.get("coding.board." + id + ".tip"));
        b.addActionListener(e -> {
            try {
                run.run();
            } catch (RuntimeException ex) {
                problem.accept(ex);
            }
        });
        return b;
    }

    static void commitOnLeave(Component field, Runnable save) {
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                save.run();
            }
        });
    }

    /** A choice in a dialog: shown by its label, chosen by identity (names need not be unique). */
    record Labelled<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }
}
