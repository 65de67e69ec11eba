package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.tree.DefaultMutableTreeNode;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/**
 * A tree row too wide for the tree is drawn on more lines, each inside the visible width and no
 * word lost, and without an HTML view: the tree measures every row it shows, and an HTML view a
 * row (as rows were wrapped before) took seconds of the event thread on a large study.
 */
class StudyTreeWrappingTest {
    /** What the renderer gave for the row, read on the event thread at once (the renderer's component is reused for the next row). */
    private record Drawn(boolean wrapped, boolean html, String text, Dimension size, String label, int labelWidth, int room, int lineHeight) {
    }

    @Test
    void aRowTooWideIsDrawnOnMoreLinesInsideTheTreeWithoutHtml() throws Exception {
        Study demo = TestStudies.demo();
        AtomicReference<Drawn> drawn = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            StudyTreePane pane = new StudyTreePane(() -> demo, session -> { });
            pane.show(demo);
            JScrollPane scroll = (JScrollPane) pane.component();
            scroll.setSize(new Dimension(150, 400));
            scroll.doLayout();
            JTree tree = (JTree) scroll.getViewport().getView();
            DefaultMutableTreeNode site = (DefaultMutableTreeNode) ((DefaultMutableTreeNode) tree.getModel().getRoot()).getChildAt(0);
            String label = ((StudyNode) site.getUserObject()).label();
            Component row = tree.getCellRenderer().getTreeCellRendererComponent(tree, site, false, true, false, 0, false);
            int room = scroll.getViewport().getExtentSize().width;
            FontMetrics metrics = row.getFontMetrics(row.getFont());
            drawn.set(new Drawn(row instanceof StudyTreeRenderer.WrappedRow, row instanceof JLabel l && l.getText().startsWith("<html>"),
                    row instanceof StudyTreeRenderer.WrappedRow w ? w.text() : null, row.getPreferredSize(), label,
                    metrics.stringWidth(label), room, metrics.getHeight()));
        });
        Drawn d = drawn.get();
        assertThat(d.labelWidth()).as("the site's row is wider than the tree").isGreaterThan(d.room());
        assertThat(d.html()).as("no HTML view").isFalse();
        assertThat(d.wrapped()).as("drawn on lines of its own").isTrue();
        assertThat(d.text()).isEqualTo(d.label().strip().replaceAll(" +", " "));
        assertThat(d.size().width).as("inside the visible width").isLessThanOrEqualTo(d.room());
        assertThat(d.size().height).as("two lines or more").isGreaterThanOrEqualTo(2 * d.lineHeight());
    }
}
