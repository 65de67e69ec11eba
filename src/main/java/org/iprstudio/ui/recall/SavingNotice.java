package org.iprstudio.ui.recall;

import java.awt.Color;
import java.awt.Component;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.iprstudio.ui.common.ErrorText;

/**
 * Says plainly when something the participant did was not saved (the study file could not be
 * written: a full disk, say): on the line under the buttons, and once in a message, not again
 * for every keystroke while the trouble lasts; and says so when saving works again.
 */
final class SavingNotice {
    private static final Color TROUBLE = new Color(0xB7, 0x1C, 0x1C);

    private final Component owner;
    private final JLabel line;
    private final Consumer<String> say;
    private final Color normal;
    private boolean failing;

    /** @param say shows a text on {@code line} (wrapped as the screen wraps it) */
    SavingNotice(Component owner, JLabel line, Consumer<String> say) {
        this.owner = owner;
        this.line = line;
        this.say = say;
        this.normal = line.getForeground();
    }

    /** @param what one sentence: what was not saved */
    void failed(String what, RuntimeException cause) {
        line.setForeground(TROUBLE);
        say.accept(what + " " + RecallTexts.get("notSaved.tell"));
        if (!failing) {
            failing = true;
            String message = RecallTexts.get("notSaved.message", what, ErrorText.of(cause));
            // later: this may run inside a focus change or a timer, where a modal dialog would get in the way
            SwingUtilities.invokeLater(() -> {
                if (owner.isDisplayable()) {
                    JOptionPane.showMessageDialog(owner, message, RecallTexts.get("notSaved.title"), JOptionPane.WARNING_MESSAGE);
                }
            });
        }
    }

    /** A change was saved: if the last one was not, say that all is well again. */
    void worked() {
        if (failing) {
            failing = false;
            line.setForeground(normal);
            say.accept(RecallTexts.get("state.savedAgain"));
        }
    }
}
