package org.iprstudio.ui;

import org.iprstudio.ui.common.ErrorText;
import java.awt.Component;
import java.util.Optional;
import javax.swing.Action;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.ui.coding.CodingModel;

/**
 * Edit > Undo and Redo, named after the step they would take, and the status line's news about
 * the last step.
 */
final class EditSteps {
    private final Component owner;
    private final WindowState state;
    private final JLabel status;
    final ShortcutAction undo = new ShortcutAction("undo", () -> step(true));
    final ShortcutAction redo = new ShortcutAction("redo", () -> step(false));
    /** True while an undo or redo runs: the status line it writes must survive the changes it causes. */
    private boolean stepping;

    EditSteps(Component owner, WindowState state, JLabel status) {
        this.owner = owner;
        this.state = state;
        this.status = status;
    }

    /** The actions' names say what they would undo or redo; without such a step they are off. */
    void updateNames() {
        EditHistory history = state.history();
        undo.putValue(Action.NAME, history == null || history.nextUndo().isEmpty() ? Texts.get("action.undo.name")
                : Texts.get("edit.undo", describe(history.nextUndo().get())));
        redo.putValue(Action.NAME, history == null || history.nextRedo().isEmpty() ? Texts.get("action.redo.name")
                : Texts.get("edit.redo", describe(history.nextRedo().get())));
        undo.setEnabled(history != null && history.nextUndo().isPresent());
        redo.setEnabled(history != null && history.nextRedo().isPresent());
    }

    /** "Undone: ..." or "nothing selected" is news about one action: the next edit or selection puts the study's line back. */
    void forgetOldStatus() {
        if (!stepping && state.service() != null) {
            status.setText(state.studyStatus());
        }
    }

    private static String describe(EditHistory.Edit edit) {
        return Texts.get("edit." + edit.kind().name(), edit.subject());
    }

    private void step(boolean back) {
        CodingModel coding = state.coding();
        if (coding == null) {
            return;
        }
        coding.flushPendingEdits();
        EditHistory history = coding.actions().history();
        stepping = true;
        try {
            Optional<EditHistory.Edit> done = back ? history.undo() : history.redo();
            coding.reloadEditors();
            done.ifPresent(e -> status.setText(Texts.get(back ? "status.undone" : "status.redone", describe(e))));
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(owner, ErrorText.of(e), Texts.get(back ? "action.undo.name" : "action.redo.name"), JOptionPane.WARNING_MESSAGE);
        } finally {
            stepping = false;
        }
    }
}
