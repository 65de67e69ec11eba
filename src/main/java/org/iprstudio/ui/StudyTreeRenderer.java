package org.iprstudio.ui;

import java.awt.Component;
import java.awt.Font;
import javax.swing.JTree;
import javax.swing.UIManager;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;

/** Missing recalls stand out (error colour and italics), so a gap in the data is never overlooked. */
final class StudyTreeRenderer extends DefaultTreeCellRenderer {
    @Override
    public Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded, boolean leaf, int row,
                                                  boolean hasFocus) {
        super.getTreeCellRendererComponent(tree, value, selected, expanded, leaf, row, hasFocus);
        if (value instanceof DefaultMutableTreeNode node && node.getUserObject() instanceof StudyNode studyNode) {
            setToolTipText(studyNode.label()); // long labels (a missing recall's reason) are cut off in a narrow tree
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
        }
        return this;
    }
}
