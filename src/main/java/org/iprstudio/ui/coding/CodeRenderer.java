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

/** A code as its colour swatch, its name and (dimmed) its group. */
final class CodeRenderer extends DefaultListCellRenderer {
    private final Supplier<Study> study;

    CodeRenderer(Supplier<Study> study) {
        this.study = study;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focused) {
        super.getListCellRendererComponent(list, value, index, selected, focused);
        if (value instanceof Code code) {
            Study s = study.get();
            String group = code.parentId() == null || s == null ? "" : s.find(code.parentId()).map(p -> ((Code) p).name()).orElse("");
            setText(group.isEmpty() ? code.name() : "<html>" + escape(code.name()) + " <font color='#888888'>\u00b7 " + escape(group) + "</font></html>");
            setIcon(swatch(code.colour()));
        }
        return this;
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
