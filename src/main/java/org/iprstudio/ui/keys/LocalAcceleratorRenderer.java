package org.iprstudio.ui.keys;

import com.formdev.flatlaf.ui.FlatMenuItemRenderer;
import com.formdev.flatlaf.util.SystemInfo;
import java.awt.Font;
import javax.swing.Icon;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * FlatLaf's menu item drawing with the accelerator named by {@link KeyNames}. FlatLaf asks {@link #getTextForAccelerator}
 * both to lay the item out and to paint it, so the column is as wide as the words it shows.
 */
final class LocalAcceleratorRenderer extends FlatMenuItemRenderer {
    LocalAcceleratorRenderer(JMenuItem menuItem, Icon checkIcon, Icon arrowIcon, Font acceleratorFont, String acceleratorDelimiter) {
        super(menuItem, checkIcon, arrowIcon, acceleratorFont, acceleratorDelimiter);
    }

    /** What the item shows for its accelerator, "" without one. */
    String acceleratorText() {
        KeyStroke stroke = menuItem.getAccelerator();
        return stroke == null ? "" : getTextForAccelerator(stroke);
    }

    @Override
    protected String getTextForAccelerator(KeyStroke stroke) {
        int modifiers = stroke.getModifiers();
        String key = KeyNames.key(stroke);
        if (modifiers == 0) {
            return key;
        }
        if (SystemInfo.isMacOS) { // the Mac's modifier glyphs need no words: before the key, or after it right to left
            String glyphs = getMacOSModifiersExText(modifiers, menuItem.getComponentOrientation().isLeftToRight());
            return menuItem.getComponentOrientation().isLeftToRight() ? glyphs + key : key + glyphs;
        }
        return KeyNames.modifiers(modifiers, acceleratorDelimiter) + acceleratorDelimiter + key;
    }
}
