package org.iprstudio.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Locale;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keys named in the window's language: the JDK's own names in English, Norwegian keyboard words in Norwegian. */
class KeyNamesTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void inEnglishEveryKeyAndModifierIsNamedAsTheJdkNamesIt() {
        Locale.setDefault(Locale.UK);
        int[] codes = {KeyEvent.VK_SPACE, KeyEvent.VK_LEFT, KeyEvent.VK_UP, KeyEvent.VK_DELETE, KeyEvent.VK_BACK_SPACE, KeyEvent.VK_ENTER,
            KeyEvent.VK_ESCAPE, KeyEvent.VK_TAB, KeyEvent.VK_HOME, KeyEvent.VK_END, KeyEvent.VK_PAGE_UP, KeyEvent.VK_PAGE_DOWN,
            KeyEvent.VK_INSERT, KeyEvent.VK_OPEN_BRACKET, KeyEvent.VK_BACK_SLASH, KeyEvent.VK_EQUALS, KeyEvent.VK_MINUS, KeyEvent.VK_COMMA,
            KeyEvent.VK_PERIOD, KeyEvent.VK_SLASH, KeyEvent.VK_PLUS, KeyEvent.VK_F1, KeyEvent.VK_G, KeyEvent.VK_0};
        int[] modifiers = {0, InputEvent.CTRL_DOWN_MASK, InputEvent.SHIFT_DOWN_MASK, InputEvent.ALT_DOWN_MASK,
            InputEvent.SHIFT_DOWN_MASK | InputEvent.CTRL_DOWN_MASK, InputEvent.META_DOWN_MASK, InputEvent.ALT_GRAPH_DOWN_MASK,
            InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK};
        for (int code : codes) {
            for (int held : modifiers) {
                KeyStroke stroke = KeyStroke.getKeyStroke(code, held);
                String jdk = held == 0 ? KeyEvent.getKeyText(code) : InputEvent.getModifiersExText(held) + "+" + KeyEvent.getKeyText(code);
                assertThat(KeyNames.describe(stroke)).as(stroke.toString()).isEqualTo(jdk);
            }
        }
    }

    @Test
    void inNorwegianKeysAndModifiersAreNorwegianWords() {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("SPACE"))).isEqualTo("Mellomrom");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("ctrl UP"))).isEqualTo("Ctrl+Pil opp");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("shift RIGHT"))).isEqualTo("Skift+Pil høyre");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("shift ctrl Z"))).isEqualTo("Ctrl+Skift+Z");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("DELETE"))).isEqualTo("Slett");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("BACK_SPACE"))).isEqualTo("Tilbake");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("ESCAPE"))).isEqualTo("Esc");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("ctrl ENTER"))).isEqualTo("Ctrl+Enter");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("alt F4"))).isEqualTo("Alt+F4");
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke("ctrl EQUALS"))).isEqualTo("Ctrl+=");
    }

    @Test
    void aTypedCharacterIsNamedByItself() {
        assertThat(KeyNames.describe(KeyStroke.getKeyStroke('?'))).isEqualTo("?");
    }
}
