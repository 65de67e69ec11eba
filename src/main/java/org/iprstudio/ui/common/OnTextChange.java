package org.iprstudio.ui.common;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.Document;

/** Runs one action whenever a text field's text changes, however it changed. */
public final class OnTextChange implements DocumentListener {
    private final Runnable action;

    private OnTextChange(Runnable action) {
        this.action = action;
    }

    public static void listen(Document document, Runnable action) {
        document.addDocumentListener(new OnTextChange(action));
    }

    @Override
    public void insertUpdate(DocumentEvent e) {
        action.run();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
        action.run();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
        action.run();
    }
}
