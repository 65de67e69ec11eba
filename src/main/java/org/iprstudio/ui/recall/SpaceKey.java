package org.iprstudio.ui.recall;

import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.SwingUtilities;
import org.iprstudio.domain.Initiator;

/**
 * Space means Stop/Continue on the recall screen whatever has the keyboard, so a quick tag, an
 * answer or the list never changes silently under a participant's hand; only where text is
 * typed does it type a space. It is caught before any control sees it: a control's own Space
 * binding would win over any binding of the window. Shift+Space: the interviewer stops.
 */
final class SpaceKey implements KeyEventDispatcher {
    private static final int OTHER_MODIFIERS = KeyEvent.CTRL_DOWN_MASK | KeyEvent.ALT_DOWN_MASK | KeyEvent.META_DOWN_MASK
            | KeyEvent.ALT_GRAPH_DOWN_MASK;

    private final Window screen;
    private final Predicate<Component> typesSpace;
    private final Consumer<Initiator> stopOrContinue;
    /** A Space press was taken for Stop/Continue: its typed space and its release go nowhere else. */
    private boolean taken;

    SpaceKey(Window screen, Predicate<Component> typesSpace, Consumer<Initiator> stopOrContinue) {
        this.screen = screen;
        this.typesSpace = typesSpace;
        this.stopOrContinue = stopOrContinue;
    }

    void install() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(this);
    }

    void uninstall() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(this);
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        boolean space = e.getID() == KeyEvent.KEY_TYPED ? e.getKeyChar() == ' ' : e.getKeyCode() == KeyEvent.VK_SPACE;
        if (!space) {
            return false;
        }
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            Component target = e.getComponent();
            // the screen's own dialogs (the passphrase, a question) keep Space for their buttons
            boolean onTheScreen = target != null && (target == screen || SwingUtilities.getWindowAncestor(target) == screen);
            if (!onTheScreen || (e.getModifiersEx() & OTHER_MODIFIERS) != 0 || typesSpace.test(target)) {
                return false;
            }
            taken = true;
            e.consume();
            stopOrContinue.accept(e.isShiftDown() ? Initiator.INTERVIEWER : Initiator.PARTICIPANT);
            return true;
        }
        if (!taken) {
            return false;
        }
        if (e.getID() == KeyEvent.KEY_RELEASED) {
            taken = false;
        }
        e.consume(); // typed nowhere, even if the keyboard has just moved to the text box (a stop puts it there)
        return true;
    }
}
