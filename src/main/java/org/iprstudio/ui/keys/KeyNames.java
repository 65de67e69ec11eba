package org.iprstudio.ui.keys;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.KeyStroke;
import org.iprstudio.ui.Texts;

/**
 * Keys and modifiers named in the window's language ("Ctrl+Pil opp", "Skift+Pil høyre", "Mellomrom"): the JDK names them in
 * English only (InputEvent.getModifiersExText, KeyEvent.getKeyText), whatever the locale. One place for every list that shows
 * a key: the menus' accelerators, Help > Keyboard shortcuts, the player's tooltips. The English bundle keeps the JDK's names.
 */
public final class KeyNames {
    /** The separator between modifiers and key, as the JDK and FlatLaf write it. */
    public static final String PLUS = "+";

    /** The keys with a bundle name ("keyName." + id); any other key keeps the JDK's (letters, digits, rarer keys). */
    private static final Map<Integer, String> KEYS = Map.ofEntries(
            Map.entry(KeyEvent.VK_SPACE, "space"),
            Map.entry(KeyEvent.VK_LEFT, "left"),
            Map.entry(KeyEvent.VK_RIGHT, "right"),
            Map.entry(KeyEvent.VK_UP, "up"),
            Map.entry(KeyEvent.VK_DOWN, "down"),
            Map.entry(KeyEvent.VK_OPEN_BRACKET, "openBracket"),
            Map.entry(KeyEvent.VK_CLOSE_BRACKET, "closeBracket"),
            Map.entry(KeyEvent.VK_BACK_SLASH, "backSlash"),
            Map.entry(KeyEvent.VK_EQUALS, "equals"),
            Map.entry(KeyEvent.VK_MINUS, "minus"),
            Map.entry(KeyEvent.VK_DELETE, "delete"),
            Map.entry(KeyEvent.VK_BACK_SPACE, "backSpace"),
            Map.entry(KeyEvent.VK_ENTER, "enter"),
            Map.entry(KeyEvent.VK_ESCAPE, "escape"),
            Map.entry(KeyEvent.VK_TAB, "tab"),
            Map.entry(KeyEvent.VK_INSERT, "insert"),
            Map.entry(KeyEvent.VK_HOME, "home"),
            Map.entry(KeyEvent.VK_END, "end"),
            Map.entry(KeyEvent.VK_PAGE_UP, "pageUp"),
            Map.entry(KeyEvent.VK_PAGE_DOWN, "pageDown"),
            Map.entry(KeyEvent.VK_COMMA, "comma"),
            Map.entry(KeyEvent.VK_PERIOD, "period"),
            Map.entry(KeyEvent.VK_SLASH, "slash"),
            Map.entry(KeyEvent.VK_PLUS, "plus"));

    private KeyNames() {
    }

    /** "Ctrl+Pil venstre", "Skift+Pil høyre", "Mellomrom", "]": modifiers, then the key. */
    public static String describe(KeyStroke stroke) {
        String modifiers = modifiers(stroke.getModifiers(), PLUS);
        String key = key(stroke);
        return modifiers.isEmpty() ? key : modifiers + PLUS + key;
    }

    /** The key alone; a stroke typed as a character ("typed a") names that character. */
    public static String key(KeyStroke stroke) {
        int code = stroke.getKeyCode();
        if (code == KeyEvent.VK_UNDEFINED) {
            return String.valueOf(stroke.getKeyChar());
        }
        String id = KEYS.get(code);
        return id == null ? KeyEvent.getKeyText(code) : Texts.get("keyName." + id);
    }

    /**
     * The held keys, joined by the separator, in the JDK's order (Meta, Ctrl, Alt, Shift, Alt Graph) so the English text stays
     * what it was; "" without modifiers. Reads the extended masks, as InputEvent.getModifiersExText does.
     */
    public static String modifiers(int modifiersEx, String separator) {
        List<String> names = new ArrayList<>();
        if ((modifiersEx & InputEvent.META_DOWN_MASK) != 0) {
            names.add(Texts.get("keyName.meta"));
        }
        if ((modifiersEx & InputEvent.CTRL_DOWN_MASK) != 0) {
            names.add(Texts.get("keyName.ctrl"));
        }
        if ((modifiersEx & InputEvent.ALT_DOWN_MASK) != 0) {
            names.add(Texts.get("keyName.alt"));
        }
        if ((modifiersEx & InputEvent.SHIFT_DOWN_MASK) != 0) {
            names.add(Texts.get("keyName.shift"));
        }
        if ((modifiersEx & InputEvent.ALT_GRAPH_DOWN_MASK) != 0) {
            names.add(Texts.get("keyName.altGraph"));
        }
        return String.join(separator, names);
    }
}
