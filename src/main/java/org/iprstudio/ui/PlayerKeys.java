package org.iprstudio.ui;

import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JSlider;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * Gives the player's shortcuts to the player wherever the focus is in one window. As menu
 * accelerators they came last: a split pane, a scroll pane, a table or a tab strip around the
 * focused component took plain Left and Right first (and did nothing visible with them). Only
 * text being typed (see {@link ShortcutAction#accept}) and a focused slider keep their keys.
 */
final class PlayerKeys implements KeyEventDispatcher {
    private final Window window;
    private final List<ShortcutAction> actions;

    private PlayerKeys(Window window, List<ShortcutAction> actions) {
        this.window = window;
        this.actions = List.copyOf(actions);
    }

    /** Installs the dispatcher until the window is disposed. */
    static void install(Window window, List<ShortcutAction> actions) {
        PlayerKeys keys = new PlayerKeys(window, actions);
        KeyboardFocusManager manager = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        manager.addKeyEventDispatcher(keys);
        window.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                manager.removeKeyEventDispatcher(keys);
            }
        });
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent event) {
        if (event.getID() != KeyEvent.KEY_PRESSED || !(event.getSource() instanceof Component source)
                || SwingUtilities.getWindowAncestor(source) != window && source != window) {
            return false;
        }
        if (source instanceof JSlider) {
            return false;
        }
        KeyStroke stroke = KeyStroke.getKeyStrokeForEvent(event);
        for (ShortcutAction action : actions) {
            if (stroke.equals(action.shortcut()) && action.isEnabled() && action.accept(source)) {
                action.actionPerformed(new ActionEvent(source, ActionEvent.ACTION_PERFORMED, action.id()));
                event.consume();
                return true;
            }
        }
        return false;
    }
}
