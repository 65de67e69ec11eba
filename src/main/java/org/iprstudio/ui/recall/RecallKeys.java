package org.iprstudio.ui.recall;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * The recall screen's keys besides Space (see {@link SpaceKey}): Ctrl+Enter continues, Left goes
 * back five seconds, Ctrl+Z takes back the last stop and Escape asks to leave. Plain keys stand
 * back while someone types; the others work from the form's text areas and spinners too.
 */
final class RecallKeys {
    private RecallKeys() {
    }

    static void bind(JComponent root, JComponent form, Runnable continuePlaying, Runnable backFiveSeconds, Runnable undoLastMark,
            Runnable askToLeave) {
        bind(root, form, "ctrl ENTER", "continue", false, continuePlaying);
        bind(root, form, "LEFT", "back", true, backFiveSeconds);
        bind(root, form, "ctrl Z", "undo", false, undoLastMark);
        bind(root, form, "ESCAPE", "leave", false, askToLeave);
    }

    private static void bind(JComponent root, JComponent form, String key, String name, boolean plain, Runnable run) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key), name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }

            @Override
            public boolean accept(Object sender) {
                Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                if (plain && focus instanceof JTextComponent text && text.isEditable()) {
                    return false; // Left in the comment moves the caret
                }
                return super.accept(sender);
            }
        });
        // text areas and spinners keep their own keys; Escape and Ctrl+Enter must work from them too
        form.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key), name);
        form.getActionMap().put(name, root.getActionMap().get(name));
    }
}
