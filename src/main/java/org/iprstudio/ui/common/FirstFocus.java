package org.iprstudio.ui.common;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.event.AncestorEvent;
import javax.swing.event.AncestorListener;

/** Gives a dialog's first field the keyboard when the dialog appears (JOptionPane would give it to OK). */
public final class FirstFocus {
    private FirstFocus() {
    }

    public static <T extends JComponent> T whenShown(T field) {
        field.addAncestorListener(new AncestorListener() {
            @Override
            public void ancestorAdded(AncestorEvent event) {
                SwingUtilities.invokeLater(field::requestFocusInWindow);
            }

            @Override
            public void ancestorRemoved(AncestorEvent event) {
            }

            @Override
            public void ancestorMoved(AncestorEvent event) {
            }
        });
        return field;
    }
}
