package org.iprstudio.ui.keys;

import java.awt.event.KeyEvent;
import javax.swing.JMenu;
import org.iprstudio.ui.Texts;

/**
 * A menu's Alt letter comes from the bundle with its title ("menu.coding.mnemonic"), so it is a letter of the title the user
 * reads: Alt+K for Koding, Alt+C for Code. A fixed English letter would open "Koding" on Alt+C, with nothing underlined.
 */
public final class MenuMnemonics {
    private MenuMnemonics() {
    }

    /** Sets the menu's title and its Alt letter from textKey and textKey + ".mnemonic". */
    public static JMenu titled(JMenu menu, String textKey) {
        menu.setText(Texts.get(textKey));
        String letter = Texts.get(textKey + ".mnemonic");
        menu.setMnemonic(KeyEvent.getExtendedKeyCodeForChar(letter.charAt(0))); // Swing underlines its first place in the title
        return menu;
    }
}
