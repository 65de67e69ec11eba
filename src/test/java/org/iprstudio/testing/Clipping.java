package org.iprstudio.testing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.JTree;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

/**
 * Finds text a user cannot read whole on the screen: labels and buttons narrower than their text
 * (Swing ends them with "..."), tree rows that run past the tree's visible width, tabs that are
 * not wholly on show. Call on the Swing thread, with the window showing at the size under test.
 */
public final class Clipping {
    private Clipping() {
    }

    /** "name: text" of every label and button on show under the root whose text does not fit its width. */
    public static List<String> cutTexts(Container root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Component c, List<String> cut) {
        if (!c.isShowing()) {
            return;
        }
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b && !(c instanceof JMenuItem) ? b.getText() : null;
        if (text != null && !text.isBlank() && !text.startsWith("<html>")) { // HTML text wraps rather than losing its end
            JComponent j = (JComponent) c;
            boolean narrower = j.getWidth() < j.getPreferredSize().width;
            // a parent smaller than the component cuts it too, unless the user can scroll sideways to the rest
            java.awt.Rectangle onShow = j.getVisibleRect();
            // (a component scrolled out of view altogether is not cut: the user scrolls down to it)
            boolean coveredByParent = !canScrollSideways(j) && !onShow.isEmpty() && onShow.width < j.getWidth();
            if (narrower || coveredByParent) {
                cut.add(c.getName() + ": " + text + " (" + j.getWidth() + " px of " + j.getPreferredSize().width
                        + (coveredByParent ? ", " + j.getVisibleRect().width + " px on show" : "") + ")");
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, cut);
            }
        }
    }

    /** Inside a scroll pane that shows a horizontal scroll bar when it needs one (a pane that never does hides the rest). */
    private static boolean canScrollSideways(JComponent c) {
        java.awt.Container pane = SwingUtilities.getAncestorOfClass(javax.swing.JScrollPane.class, c);
        return pane instanceof javax.swing.JScrollPane scroll && scroll.getHorizontalScrollBarPolicy() != javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER;
    }

    /** The text of every tree row that does not end inside the tree's visible width (with the view scrolled fully left). */
    public static List<String> cutRows(JTree tree) {
        List<String> cut = new ArrayList<>();
        int visibleRight = tree.getParent() instanceof JViewport v ? v.getExtentSize().width : tree.getWidth();
        for (int row = 0; row < tree.getRowCount(); row++) {
            Rectangle bounds = tree.getRowBounds(row);
            if (bounds.x + bounds.width > visibleRight) {
                cut.add(tree.getPathForRow(row).getLastPathComponent() + " (ends at " + (bounds.x + bounds.width) + " of " + visibleRight + ")");
            }
        }
        return cut;
    }

    /** The text of every list row that does not end inside the list's visible width. */
    public static List<String> cutListRows(javax.swing.JList<?> list) {
        List<String> cut = new ArrayList<>();
        int visibleRight = list.getParent() instanceof JViewport v ? v.getExtentSize().width : list.getWidth();
        for (int row = 0; row < list.getModel().getSize(); row++) {
            Rectangle bounds = list.getUI().getCellBounds(list, row, row);
            java.awt.Component drawn = drawn(list, row);
            int needed = drawn.getPreferredSize().width;
            if (bounds.x + Math.max(bounds.width, needed) > visibleRight) {
                cut.add(String.valueOf(list.getModel().getElementAt(row)) + " (needs " + needed + " of " + visibleRight + ")");
            }
        }
        return cut;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.awt.Component drawn(javax.swing.JList list, int row) {
        return list.getCellRenderer().getListCellRendererComponent(list, list.getModel().getElementAt(row), row, false, false);
    }

    /** The title of every tab that is not wholly on show (hidden behind a scroll arrow, or beyond the edge). */
    public static List<String> hiddenTabs(JTabbedPane tabs) {
        List<String> hidden = new ArrayList<>();
        Rectangle area = new Rectangle(0, 0, tabs.getWidth(), tabs.getHeight());
        for (Component child : tabs.getComponents()) {
            if (child instanceof JViewport viewport) { // the scroll tab layout's strip: only its own bounds are on show
                area = viewport.getBounds();
            }
        }
        for (int i = 0; i < tabs.getTabCount(); i++) {
            Rectangle tab = tabs.getBoundsAt(i);
            if (tab == null || !area.contains(tab)) {
                hidden.add(tabs.getTitleAt(i));
            }
        }
        return hidden;
    }
}
