package org.iprstudio.ui;

import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * A command with its name, button text and description from the resource bundle ("action.ID.name",
 * ".button", ".tip") and its shortcut from {@link Shortcuts} (never from translated text). A shortcut without Ctrl or Alt (Space, the
 * arrows, "[") is ignored while the user types in a text field, so typing never drives the player.
 */
public final class ShortcutAction extends AbstractAction {
    public static final String BUTTON_TEXT = "iprstudio.buttonText";
    private final String id;
    private final Runnable run;

    public ShortcutAction(String id, Runnable run) {
        super(Texts.get("action." + id + ".name"));
        this.id = id;
        this.run = run;
        putValue(Action.ACTION_COMMAND_KEY, id);
        putValue(Action.SHORT_DESCRIPTION, optional("action." + id + ".tip", Texts.get("action." + id + ".name")));
        putValue(BUTTON_TEXT, optional("action." + id + ".button", Texts.get("action." + id + ".name")));
        Shortcuts.of(id).ifPresent(stroke -> putValue(Action.ACCELERATOR_KEY, stroke));
    }

    public String id() {
        return id;
    }

    public KeyStroke shortcut() {
        return (KeyStroke) getValue(Action.ACCELERATOR_KEY);
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        run.run();
    }

    @Override
    public boolean accept(Object sender) {
        return !typingWouldTrigger(shortcut()) && super.accept(sender);
    }

    /** True when the shortcut is a plain key (no Ctrl or Alt) and the user is typing in a text field. */
    public static boolean typingWouldTrigger(KeyStroke stroke) {
        boolean plainKey = stroke != null && (stroke.getModifiers() & (InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK)) == 0;
        return plainKey && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent text && text.isEditable();
    }

    private static String optional(String key, String fallback) {
        try {
            return Texts.get(key);
        } catch (java.util.MissingResourceException e) {
            return fallback;
        }
    }
}
