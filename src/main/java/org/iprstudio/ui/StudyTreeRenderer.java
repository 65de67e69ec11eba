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
                setText(org.iprstudio.ui.common.WrappedText.html(studyNode.label(), metrics, room));
            }
        }
        return this;
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
