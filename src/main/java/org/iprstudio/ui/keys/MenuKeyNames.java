package org.iprstudio.ui.keys;

import javax.swing.JMenuItem;
import javax.swing.UIManager;

/**
 * Menus name their accelerators in the window's language. FlatLaf draws a menu item's accelerator with the JDK's key names,
 * which are English in every locale ("Space", "Ctrl+Up"); installed after the look and feel is set up, these delegates draw
 * the same names as Help > Keyboard shortcuts ("Mellomrom", "Ctrl+Pil opp"). In English nothing changes.
 */
public final class MenuKeyNames {
    private MenuKeyNames() {
    }

    /** Call on the Swing thread after FlatLaf is set up, before the menus are made (UIManager.put outlives a look-and-feel change). */
    public static void install() {
        UIManager.put("MenuItemUI", LocalMenuItemUI.class.getName());
        UIManager.put("CheckBoxMenuItemUI", LocalCheckBoxMenuItemUI.class.getName());
        UIManager.put("RadioButtonMenuItemUI", LocalRadioButtonMenuItemUI.class.getName());
    }

    /** The accelerator text the item shows, "" without one or when its look is not ours (before {@link #install}). */
    public static String shownAccelerator(JMenuItem item) {
        Object ui = item.getUI();
        if (ui instanceof LocalMenuItemUI local) {
            return local.acceleratorText();
        }
        if (ui instanceof LocalCheckBoxMenuItemUI local) {
            return local.acceleratorText();
        }
        if (ui instanceof LocalRadioButtonMenuItemUI local) {
            return local.acceleratorText();
        }
        return "";
    }
}
