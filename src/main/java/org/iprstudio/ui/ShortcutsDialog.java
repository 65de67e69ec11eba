package org.iprstudio.ui;

import java.awt.Component;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
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

    /** "Ctrl+Left", "Shift+Right", "Space", "]" */
    static String describe(KeyStroke stroke) {
        String modifiers = InputEvent.getModifiersExText(stroke.getModifiers());
        String key = keyName(stroke.getKeyCode());
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }

    /** The key's name in the window's language: the JDK names keys in English only ("Space", "Left"). */
    private static String keyName(int code) {
        String id = switch (code) {
            case KeyEvent.VK_SPACE -> "space";
            case KeyEvent.VK_LEFT -> "left";
            case KeyEvent.VK_RIGHT -> "right";
            case KeyEvent.VK_UP -> "up";
            case KeyEvent.VK_DOWN -> "down";
            case KeyEvent.VK_OPEN_BRACKET -> "openBracket";
            case KeyEvent.VK_CLOSE_BRACKET -> "closeBracket";
            case KeyEvent.VK_BACK_SLASH -> "backSlash";
            case KeyEvent.VK_EQUALS -> "equals";
            case KeyEvent.VK_MINUS -> "minus";
            default -> null;
        };
        return id == null ? KeyEvent.getKeyText(code) : Texts.get("keyName." + id);
    }
}
