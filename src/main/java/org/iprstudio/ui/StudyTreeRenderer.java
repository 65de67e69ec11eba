package org.iprstudio.ui;

import java.awt.Component;
import java.awt.Font;
import javax.swing.JTree;
import javax.swing.JViewport;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicTreeUI;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;

/**
 * Missing recalls stand out (error colour and italics), so a gap in the data is never overlooked.
 * A row wider than the tree's visible width wraps onto more lines instead of running past the
 * edge: site names and participants' labels are the researchers' own and can be long, and the
 * tree is narrow on a laptop. The tree must have variable row heights (row height 0).
 *
 * <p>A wrapped row is drawn by {@link WrappedRow}, which lays its lines out with the font's
 * metrics: the tree measures every row it shows (a large study folded still has thousands), and
 * an HTML view per row, as wrapping was done before, took seconds of the event thread.
 */
final class StudyTreeRenderer extends DefaultTreeCellRenderer {
    /** Room the renderer's own insets and the selection's padding take beside the text. */
    private static final int MARGIN = 6;

    @Override
    public Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded, boolean leaf, int row,
                                                  boolean hasFocus) {
        super.getTreeCellRendererComponent(tree, value, selected, expanded, leaf, row, hasFocus);
        if (value instanceof DefaultMutableTreeNode node && node.getUserObject() instanceof StudyNode studyNode) {
            setToolTipText(studyNode.wholeText()); // a missing recall's reason is shortened in the row
            Font base = tree.getFont();
            if (studyNode.attention()) {
                setFont(base.deriveFont(Font.ITALIC));
                if (!selected) {
                    setForeground(UIManager.getColor("Component.error.focusedBorderColor") != null
                            ? UIManager.getColor("Component.error.focusedBorderColor") : java.awt.Color.RED.darker());
                }
            } else if (studyNode.kind() == StudyNode.Kind.STUDY || studyNode.kind() == StudyNode.Kind.DYAD) {
                setFont(base.deriveFont(Font.BOLD));
            } else {
                setFont(base);
            }
            int room = room(tree, node);
            java.awt.FontMetrics metrics = getFontMetrics(getFont());
            if (room > 0 && metrics.stringWidth(studyNode.label()) > room) {
                wrapped.show(this, org.iprstudio.ui.common.WrappedText.lines(studyNode.label(), metrics, room));
                return wrapped;
            }
        }
        return this;
    }

    private final WrappedRow wrapped = new WrappedRow();

    /** A row on more than one line: the label's icon, colours, font and insets, with the lines drawn one under the other. */
    static final class WrappedRow extends javax.swing.JComponent {
        private java.util.List<String> lines = java.util.List.of();
        private javax.swing.Icon icon;
        private int gap;
        private java.awt.Insets insets = new java.awt.Insets(0, 0, 0, 0);

        void show(javax.swing.JLabel like, java.util.List<String> shownLines) {
            lines = shownLines;
            icon = like.isEnabled() ? like.getIcon() : like.getDisabledIcon();
            gap = like.getIconTextGap();
            insets = like.getInsets();
            setFont(like.getFont());
            setForeground(like.getForeground());
            setToolTipText(like.getToolTipText());
        }

        /** The lines as one text, for a reader of the row (an assistive tool, a test). */
        String text() {
            return String.join(" ", lines);
        }

        private int textStart() {
            return insets.left + (icon == null ? 0 : icon.getIconWidth() + gap);
        }

        @Override
        public java.awt.Dimension getPreferredSize() {
            java.awt.FontMetrics metrics = getFontMetrics(getFont());
            int widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, metrics.stringWidth(line));
            }
            int textHeight = metrics.getHeight() * lines.size();
            int height = Math.max(textHeight, icon == null ? 0 : icon.getIconHeight());
            return new java.awt.Dimension(textStart() + widest + insets.right, height + insets.top + insets.bottom);
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            try {
                java.awt.FontMetrics metrics = getFontMetrics(getFont());
                if (icon != null) {
                    icon.paintIcon(this, g2, insets.left, insets.top + Math.max(0, (metrics.getHeight() - icon.getIconHeight()) / 2));
                }
                g2.setFont(getFont());
                g2.setColor(getForeground());
                int y = insets.top + metrics.getAscent();
                for (String line : lines) {
                    javax.swing.plaf.basic.BasicGraphicsUtils.drawString(this, g2, line, textStart(), y);
                    y += metrics.getHeight();
                }
            } finally {
                g2.dispose();
            }
        }
    }

    /** The width left for the row's text on screen: the visible width less the row's indent; 0 if unknown. */
    private static int room(JTree tree, DefaultMutableTreeNode node) {
        if (!(tree.getParent() instanceof JViewport viewport) || !(tree.getUI() instanceof BasicTreeUI ui)) {
            return 0;
        }
        int depthOffset = tree.isRootVisible() ? (tree.getShowsRootHandles() ? 1 : 0) : (tree.getShowsRootHandles() ? 0 : -1);
        // the text starts a level further in than the row's depth (the expand handle's column) and a little more
        int indent = (ui.getLeftChildIndent() + ui.getRightChildIndent()) * (node.getLevel() + depthOffset + 1) + 4;
        int room = viewport.getExtentSize().width - tree.getInsets().left - tree.getInsets().right - indent - MARGIN;
        return room > 40 ? room : 0;
    }
}
