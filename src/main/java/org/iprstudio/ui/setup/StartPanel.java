package org.iprstudio.ui.setup;

import java.awt.Font;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.ui.Texts;

/** What the window shows with no study open: three plain choices. */
public final class StartPanel extends JPanel {
    public StartPanel(Action newStudy, Action open, Action demo) {
        super(new MigLayout("wrap 1, align center center, gapy 10", "[380!, fill]"));
        setName("startPanel");
        JLabel heading = new JLabel(Texts.get("start.heading"));
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() * 1.5f));
        add(heading, "gapbottom 6");
        add(choice(newStudy, "start.new", "start.newHint"));
        add(hint("start.newHint"), "gapbottom 8");
        add(choice(open, "start.open", "start.openHint"));
        add(hint("start.openHint"), "gapbottom 8");
        add(choice(demo, "start.demo", "start.demoHint"));
        add(hint("start.demoHint"));
    }

    private static JButton choice(Action action, String textKey, String name) {
        JButton b = new JButton(action);
        b.setText(Texts.get(textKey));
        b.setName(textKey);
        b.setFont(b.getFont().deriveFont(b.getFont().getSize2D() * 1.15f));
        return b;
    }

    private static JLabel hint(String key) {
        return new JLabel(Texts.wrapped(370, key));
    }
}
