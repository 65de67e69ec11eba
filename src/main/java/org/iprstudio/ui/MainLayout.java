package org.iprstudio.ui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JSplitPane;

/**
 * How the main window shares its room: the study tree over the transcript on the left; the video,
 * the timeline and the work tabs in the middle; the inspector with the whole height on the right
 * (a pair's words, decision and codes fit at 1280x800). The window takes the screen up to 1920x1200.
 */
final class MainLayout {
    private final Dimension window;
    private final JSplitPane split;
    private final List<JSplitPane> dividers;

    MainLayout(JComponent tree, JComponent transcript, JComponent player, JComponent timeline, JComponent workTabs, JComponent inspector) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int width = Math.min(1920, screen.width);
        int height = Math.min(1200, screen.height);
        window = new Dimension(width, height);
        JSplitPane lower = new JSplitPane(JSplitPane.VERTICAL_SPLIT, timeline, workTabs);
        lower.setName("timelineTabsDivider");
        lower.setResizeWeight(0.0);
        JSplitPane middle = new JSplitPane(JSplitPane.VERTICAL_SPLIT, player, lower);
        middle.setName("videoDivider");
        middle.setResizeWeight(0.5);
        // on a large screen the picture takes a larger share: the tables below had rows to spare at 1920x1080
        // (not on a 1280x1024 one, whose narrow tabs need the height for their rows)
        middle.setDividerLocation((int) (height * (width >= 1600 && height >= 1000 ? 0.45 : 0.36)));
        // the tree's rows wrap rather than run past its edge; the inspector as narrow as its buttons allow on a laptop
        int treeWidth = Math.max(200, width >= 1400 ? width / 5 : width / 6);
        int inspectorWidth = width >= 1600 ? 440 : width >= 1400 ? 340 : 320;
        // its preferred width is the one given here: a split that goes back to the preferred sizes keeps the layout
        inspector.setPreferredSize(new Dimension(inspectorWidth, inspector.getPreferredSize().height));
        JSplitPane right = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, middle, inspector);
        right.setName("inspectorDivider");
        right.setResizeWeight(1.0);
        right.setDividerLocation(width - treeWidth - inspectorWidth - 20);
        // the transcript sits below the study tree, beside the video: the player keeps the width its controls need
        JSplitPane treeAndWords = new JSplitPane(JSplitPane.VERTICAL_SPLIT, tree, transcript);
        treeAndWords.setName("transcriptDivider");
        treeAndWords.setResizeWeight(0.4);
        treeAndWords.setDividerLocation((int) (height * 0.4));
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, treeAndWords, right);
        split.setName("treeDivider");
        split.setDividerLocation(treeWidth);
        dividers = List.of(split, right, middle, lower, treeAndWords);
    }

    /** The whole study view. */
    JComponent component() {
        return split;
    }

    /** The window's size on this screen. */
    Dimension windowSize() {
        return window;
    }

    /** Puts each divider where the user last left it, and keeps noting where it goes. */
    void rememberDividers(DividerMemory memory) {
        for (JSplitPane pane : dividers) {
            memory.remember(pane.getName(), pane);
        }
    }
}
