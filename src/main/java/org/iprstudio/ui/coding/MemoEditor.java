package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.Objects;
import java.util.UUID;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.Timer;
import org.iprstudio.ui.common.ErrorText;
import org.iprstudio.ui.common.OnTextChange;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.ui.Texts;

/**
 * The memo on one thing (a moment, pair, code, theme, dyad or the study). Saved as it is typed:
 * 700 ms after the last key, when the field is left, and before it shows another thing.
 */
final class MemoEditor extends JPanel {
    private final CodingModel model;
    private final JTextArea text = new JTextArea(4, 20);
    private final JLabel heading = new JLabel();
    private final Timer saveTimer = new Timer(700, e -> save());
    private MemoTarget target;
    private UUID targetId;
    private String subject;
    private boolean loading;

    MemoEditor(CodingModel model, String name) {
        super(new BorderLayout(0, 2));
        this.model = model;
        text.setName(name);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        saveTimer.setRepeats(false);
        heading.setText(Texts.get("coding.memo"));
        heading.setLabelFor(text);
        OnTextChange.listen(text.getDocument(), this::typed);
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                save();
            }
        });
        model.addPendingEdit(this::save);
        model.addEditorReload(() -> {
            saveTimer.stop();
            load();
        });
        add(heading, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        show(null, null, null);
    }

    /** Shows the memo on a thing (null target: nothing to write about). Any unsaved text is saved first. */
    void show(MemoTarget newTarget, UUID newTargetId, String newSubject) {
        if (newTarget == target && Objects.equals(newTargetId, targetId) && newTarget != null) {
            if (!text.hasFocus()) {
                load(); // the memo may have changed by undo
            }
            return;
        }
        save();
        target = newTarget;
        targetId = newTargetId;
        subject = newSubject;
        text.setEnabled(target != null);
        heading.setText(target == null ? Texts.get("coding.memo") : target == MemoTarget.STUDY ? Texts.get("coding.memo.study")
                : Texts.get("coding.memo.on", subject));
        load();
    }

    private void load() {
        loading = true;
        try {
            String current = target == null ? "" : model.actions().memoOn(target, targetId).map(Memo::text).orElse("");
            if (!current.equals(text.getText())) {
                text.setText(current);
            }
        } finally {
            loading = false;
        }
    }

    private void typed() {
        if (!loading && target != null) {
            saveTimer.restart();
        }
    }

    void save() {
        saveTimer.stop();
        if (target == null || !model.isOpen() || targetId != null && model.study().find(targetId).isEmpty()) {
            return; // nothing to write about, or it was deleted meanwhile
        }
        try {
            model.actions().writeMemo(target, targetId, subject, text.getText());
        } catch (RuntimeException e) { // the store refused (a full disk): say so, keep the text on screen
            JOptionPane.showMessageDialog(this, ErrorText.of(e), Texts.get("coding.memo.failed"), JOptionPane.ERROR_MESSAGE);
        }
    }

    JTextArea textArea() {
        return text;
    }
}
