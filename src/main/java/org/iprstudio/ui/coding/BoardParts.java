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
        // never narrower than the widest button with the scroll bar the editor shows when it is taller than the
        // tab: the tool column asks for no width of its own (its buttons fill it), so its preferred width said
        // nothing, and at 1280x800 the side got half the split, 14 px short of "Starter codebook..."
        JScrollPane editorScroll = new JScrollPane(holder, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER) {
            @Override
            public java.awt.Dimension getMinimumSize() {
                int widest = 0;
                for (java.awt.Component button : tools.getComponents()) {
                    widest = Math.max(widest, button.getPreferredSize().width);
                }
                java.awt.Insets in = tools.getInsets();
                int bar = Math.max(getVerticalScrollBar().getPreferredSize().width, 12);
                return new java.awt.Dimension(Math.max(110, widest + in.left + in.right + 8 + bar), 60);
            }
        };
        editorScroll.setBorder(BorderFactory.createEmptyBorder());
        if (tree instanceof javax.swing.JComponent c) {
            c.setMinimumSize(new java.awt.Dimension(120, 60)); // the tree is what the board is for: it never shrinks to a sliver
        }
        editorScroll.setPreferredSize(new java.awt.Dimension(240, 100)); // equal preferred widths: the split starts in the middle
        tree.setPreferredSize(new java.awt.Dimension(240, 100));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, tree, editorScroll);
        split.setResizeWeight(0.5);
        split.setBorder(BorderFactory.createEmptyBorder());
        keepRightSideWhole(split);
        return split;
    }

    /**
     * A split pane honours its sides' minimum widths only while no divider location is set; once one is,
     * a narrower window takes from both sides by weight, and at 1280x800 the editor's buttons lost up to
     * 14 px of their labels ("Starter codebook..." cut), depending on the size the tab was first laid out
     * at. The divider is moved back whenever the editor's side would be narrower than its minimum.
     */
    static void keepRightSideWhole(JSplitPane split) {
        Runnable clamp = () -> {
            java.awt.Insets in = split.getInsets();
            int most = split.getWidth() - in.left - in.right - split.getDividerSize() - split.getRightComponent().getMinimumSize().width;
            if (most > split.getLeftComponent().getMinimumSize().width / 2 && split.getDividerLocation() > most) {
                split.setDividerLocation(most);
            }
        };
        split.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                clamp.run();
            }
        });
        split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> clamp.run());
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
