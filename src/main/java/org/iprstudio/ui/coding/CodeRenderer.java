package org.iprstudio.ui.coding;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.util.function.Supplier;
import javax.swing.DefaultListCellRenderer;
import javax.swing.Icon;
import javax.swing.JList;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Study;

/**
 * A code as its colour swatch, its name and (dimmed) its group. The group is drawn after the name
 * rather than put in an HTML label: the code chooser's list measures every row each time it is
 * filled (as the user types, and it was after every coding), and an HTML view a row took most of
 * a coding click.
 */
final class CodeRenderer extends DefaultListCellRenderer {
    private static final Color GROUP = new Color(0x88, 0x88, 0x88);
    private final Supplier<Study> study;
    /** The dimmed part after the name (" · group"), or empty. */
    private String suffix = "";

    CodeRenderer(Supplier<Study> study) {
        this.study = study;
        putClientProperty("html.disable", Boolean.TRUE); // a code named "<html>..." is shown as typed
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focused) {
        super.getListCellRendererComponent(list, value, index, selected, focused);
        if (value instanceof Code code) {
            Study s = study.get();
            String group = code.parentId() == null || s == null ? "" : s.find(code.parentId()).map(p -> ((Code) p).name()).orElse("");
            setText(code.name());
            suffix = group.isEmpty() ? "" : " \u00b7 " + group;
            setIcon(swatch(code.colour()));
        } else {
            suffix = "";
        }
        return this;
    }

    /** The name and the group as one text, for a reader of the row (an assistive tool, a test). */
    String shownText() {
        return getText() + suffix;
    }

    @Override
    public java.awt.Dimension getPreferredSize() {
        java.awt.Dimension size = super.getPreferredSize();
        if (!suffix.isEmpty()) {
            size.width += getFontMetrics(getFont()).stringWidth(suffix);
        }
        return size;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (suffix.isEmpty()) {
            return;
        }
        java.awt.FontMetrics metrics = getFontMetrics(getFont());
        java.awt.Insets insets = getInsets();
        int x = insets.left + (getIcon() == null ? 0 : getIcon().getIconWidth() + getIconTextGap()) + metrics.stringWidth(getText());
        int inner = getHeight() - insets.top - insets.bottom;
        int y = insets.top + (inner - metrics.getHeight()) / 2 + metrics.getAscent();
        java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
        try {
            g2.setColor(GROUP);
            g2.setFont(getFont());
            javax.swing.plaf.basic.BasicGraphicsUtils.drawString(this, g2, suffix, x, y);
        } finally {
            g2.dispose();
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Icon swatch(String colour) {
        Color c = colour == null ? Color.GRAY : Color.decode(colour);
        return new Icon() {
            @Override
            public void paintIcon(Component comp, Graphics g, int x, int y) {
                g.setColor(c);
                g.fillRoundRect(x, y + 1, 10, 10, 3, 3);
            }

            @Override
            public int getIconWidth() {
                return 12;
            }

            @Override
            public int getIconHeight() {
                return 12;
            }
        };
    }
}
