package org.iprstudio.ui.agreement;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import javax.swing.UIManager;

/** What the two small plots share: a plot area inside margins, the look-and-feel's colours, centred and right-aligned text. */
public abstract class PlotCanvas extends JComponent {
    static final Color LINE = new Color(0x2b6cb0);
    static final Color WINDOW = new Color(0xd97706);
    static final int LEFT = 46;
    static final int RIGHT = 14;
    static final int TOP = 24;
    static final int BOTTOM = 36;

    PlotCanvas() {
        setOpaque(true);
        setPreferredSize(new java.awt.Dimension(360, 200));
        setMinimumSize(new java.awt.Dimension(200, 140));
    }

    @Override
    protected final void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(background());
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setFont(getFont() == null ? UIManager.getFont("Label.font") : getFont());
            paintPlot(g, plotWidth(), plotHeight());
        } finally {
            g.dispose();
        }
    }

    /** Draws inside (LEFT, TOP) .. (LEFT + width, TOP + height), axes and labels in the margins. */
    abstract void paintPlot(Graphics2D g, int width, int height);

    int plotWidth() {
        return Math.max(10, getWidth() - LEFT - RIGHT);
    }

    int plotHeight() {
        return Math.max(10, getHeight() - TOP - BOTTOM);
    }

    static Color text() {
        Color c = UIManager.getColor("Label.foreground");
        return c == null ? Color.DARK_GRAY : c;
    }

    static Color grid() {
        Color c = UIManager.getColor("Component.borderColor");
        return c == null ? new Color(0xdddddd) : c;
    }

    static Color background() {
        Color c = UIManager.getColor("Table.background");
        return c == null ? Color.WHITE : c;
    }

    static void centred(Graphics2D g, String text, double x, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) y);
    }

    static void rightAligned(Graphics2D g, String text, double x, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text)), (float) y);
    }

    static Font smaller(Graphics2D g) {
        return g.getFont().deriveFont(g.getFont().getSize2D() - 1f);
    }

    static BasicStroke dashed() {
        return new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
    }

    /** A message in the middle of the plot area, where there is nothing to draw. */
    void empty(Graphics2D g, String message) {
        FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(message) + 12;
        int h = fm.getHeight() + 6;
        double cx = LEFT + plotWidth() / 2.0;
        double cy = TOP + plotHeight() / 2.0;
        g.setColor(background()); // over the grid lines, so the words stay readable
        g.fillRect((int) (cx - w / 2.0), (int) (cy - h / 2.0 - fm.getAscent() / 3.0), w, h);
        g.setColor(text());
        centred(g, message, cx, cy + fm.getAscent() / 3.0);
    }
}
