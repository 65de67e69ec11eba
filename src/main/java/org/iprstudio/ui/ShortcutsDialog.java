package org.iprstudio.ui;

import java.awt.Component;
import java.util.List;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;

/** Help > Keyboard shortcuts: every command with its key, read from the actions themselves so it cannot go stale. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static void show(Component parent, List<ShortcutAction> actions) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {Texts.get("shortcuts.command"), Texts.get("shortcuts.key")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (ShortcutAction action : actions) {
            if (action.shortcut() != null) {
                model.addRow(new Object[] {action.getValue(javax.swing.Action.NAME), describe(action.shortcut())});
            }
        }
        JTable table = new JTable(model);
        table.setName("shortcutsTable");
        table.setFillsViewportHeight(true);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(460, Math.min(520, 40 + 24 * model.getRowCount())));
        JOptionPane.showMessageDialog(parent, scroll, Texts.get("menu.help.shortcuts"), JOptionPane.PLAIN_MESSAGE);
    }

    /** "Ctrl+Left", "Shift+Right", "Space", "]": named in the window's language, as the menus name them. */
    static String describe(KeyStroke stroke) {
        return org.iprstudio.ui.keys.KeyNames.describe(stroke);
    }
}
