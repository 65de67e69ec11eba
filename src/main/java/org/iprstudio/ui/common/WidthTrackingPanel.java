package org.iprstudio.ui.common;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;

/** A panel that takes the width of its scroll pane, so text wraps instead of running off the side. */
public class WidthTrackingPanel extends JPanel implements Scrollable {
    private final int unitIncrement;

    public WidthTrackingPanel(LayoutManager layout) {
        this(layout, 16);
    }

    public WidthTrackingPanel(LayoutManager layout, int unitIncrement) {
        super(layout);
        this.unitIncrement = unitIncrement;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return unitIncrement;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return visible.height - unitIncrement;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
