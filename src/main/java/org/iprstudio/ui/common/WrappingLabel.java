package org.iprstudio.ui.common;

import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A label whose text wraps onto more lines at the width it gets instead of losing its end
 * (a JLabel is one line, cut with "..." when narrow). Not editable, not focusable, drawn as a label.
 */
public final class WrappingLabel extends JTextArea {
    public WrappingLabel(String text) {
        super(text);
        setLineWrap(true);
        setWrapStyleWord(true);
        setEditable(false);
        setFocusable(false);
        setOpaque(false);
        setFont(UIManager.getFont("Label.font"));
        setForeground(UIManager.getColor("Label.foreground"));
        setBorder(null);
    }
}
