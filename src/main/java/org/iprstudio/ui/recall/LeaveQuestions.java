package org.iprstudio.ui.recall;

import java.awt.Component;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.ui.common.FirstFocus;

/**
 * The questions the recall screen asks before it may be left: the study passphrase (the
 * participant cannot leave without it), what to say when it is wrong, and whether the recall is
 * finished. Whether the passphrase is right, and what leaving does, is the screen's.
 */
final class LeaveQuestions {
    private LeaveQuestions() {
    }

    /** The JOptionPane answer, and the typed passphrase (the caller wipes it when done). */
    record Passphrase(int answer, char[] typed) {
        boolean given() {
            return answer == JOptionPane.OK_OPTION;
        }
    }

    static Passphrase askPassphrase(Component owner) {
        JPasswordField field = new JPasswordField(18);
        field.setName("passphrase");
        FirstFocus.whenShown(field);
        JPanel ask = new JPanel(new MigLayout("wrap 1, insets 8"));
        ask.add(new JLabel(RecallTexts.get("leave.question")));
        ask.add(field, "growx");
        int answer = JOptionPane.showConfirmDialog(owner, ask, RecallTexts.get("leave.title"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        return new Passphrase(answer, field.getPassword());
    }

    static void sayWrongPassphrase(Component owner) {
        JOptionPane.showMessageDialog(owner, RecallTexts.get("leave.wrong"), RecallTexts.get("leave.title"), JOptionPane.WARNING_MESSAGE);
    }

    /** Yes, No, or (Escape or the close box) neither: the JOptionPane answer. */
    static int askFinished(Component owner) {
        return JOptionPane.showConfirmDialog(owner, RecallTexts.get("leave.finished"), RecallTexts.get("leave.title"),
                JOptionPane.YES_NO_OPTION);
    }
}
