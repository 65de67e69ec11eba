package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * Codebook and themes side by side: create, rename, describe, colour, pin, merge and retire
 * codes, add starter codebooks; build themes and subthemes by dragging codes onto them, give
 * each a definition, a status and exemplar moments; memos on codes and themes.
 *
 * <p>The board puts the two sides together ({@link CodebookSide}, {@link ThemeSide}, built from
 * {@link BoardParts}), shows the selected code and theme when the selection changes and reloads
 * both trees when the study changes.
 */
public final class ThemeBoard extends JPanel {
    private final CodebookTree codebook;
    private final ThemeTree themes;
    private final CodebookSide codeSide;
    private final ThemeSide themeSide;
    /** True while the trees are rebuilt after a change: selection events then are not the user's. */
    private boolean reloading;

    public ThemeBoard(CodingModel model) {
        super(new BorderLayout());
        codebook = new CodebookTree(model);
        themes = new ThemeTree(model, this::problem);
        codeSide = new CodebookSide(model, codebook, themes, this, this::problem);
        themeSide = new ThemeSide(model, themes, this, this::problem);

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, codeSide.panel(), themeSide.panel());
        split.setResizeWeight(0.45);
        split.setBorder(BorderFactory.createEmptyBorder());
        add(split, BorderLayout.CENTER);

        codebook.addTreeSelectionListener(e -> {
            if (!reloading) {
                codeSide.saveCode(); // what was typed belongs to the code shown until now
                codeSide.showCode();
            }
        });
        themes.addTreeSelectionListener(e -> {
            if (!reloading) {
                themeSide.saveTheme();
                themeSide.showTheme();
            }
        });
        codeSide.listen();
        themeSide.listen();
        model.addPendingEdit(codeSide::saveCode);
        model.addPendingEdit(themeSide::saveTheme);
        model.addEditorReload(this::reloadEditors);
        codeSide.listenToColour();
        ShownReload.attach(this, model, false, this::reload);
    }

    CodebookTree codebook() {
        return codebook;
    }

    ThemeTree themes() {
        return themes;
    }

    private void problem(RuntimeException e) {
        JOptionPane.showMessageDialog(this, ErrorText.of(e), Texts.get("coding.title"), JOptionPane.WARNING_MESSAGE);
    }

    private void reload() {
        reloading = true;
        try {
            codebook.reload();
            themes.reload();
        } finally {
            reloading = false;
        }
        codeSide.showCode();
        themeSide.showTheme();
    }

    /** After an undo or redo: the editors show the study again, even the field being typed in. */
    private void reloadEditors() {
        codeSide.forgetEditing();
        themeSide.forgetEditing();
        codeSide.showCode();
        themeSide.showTheme();
    }
}
