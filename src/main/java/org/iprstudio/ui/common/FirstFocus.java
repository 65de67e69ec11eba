package org.iprstudio.ui.common;

import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.event.AncestorEvent;
import javax.swing.event.AncestorListener;

/**
 * Gives a dialog's first field the keyboard when the dialog appears, so one can type at once.
 *
 * <p>Asking once when the field is shown is not enough: JOptionPane moves the focus to its initial
 * button (OK) when its dialog first gains window focus. Without a window manager that happens
 * before the field's request, under one (openbox, any desktop) the window is activated a little
 * later, after it, and the keys went to OK. So the field asks again when its window gains focus,
 * in a listener added after JOptionPane's (which it adds before the dialog is shown), so the
 * field's request comes last.
 */
public final class FirstFocus {
    private FirstFocus() {
    }

    public static <T extends JComponent> T whenShown(T field) {
        field.addAncestorListener(new AncestorListener() {
            @Override
            public void ancestorAdded(AncestorEvent event) {
                Window window = SwingUtilities.getWindowAncestor(field);
                if (window != null && !window.isFocused()) {
                    window.addWindowFocusListener(new WindowAdapter() {
                        @Override
                        public void windowGainedFocus(WindowEvent gained) {
                            // at once, not later: a request queued behind this event lost to the button's now and then
                            window.removeWindowFocusListener(this);
                            field.requestFocusInWindow();
                        }
                    });
                }
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
