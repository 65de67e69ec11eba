package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shortcuts live in shortcuts.properties, never in translated text: the same keys whatever the language. */
class ShortcutsTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void everyShortcutIsAKeyStrokeOfACommandThatHasAName() {
        assertThat(Shortcuts.ids()).contains("playPause", "undo", "findCode", "shortcuts");
        ResourceBundle words = ResourceBundle.getBundle("org.iprstudio.ui.messages");
        for (String id : Shortcuts.ids()) {
            assertThat(Shortcuts.of(id)).as(id).isPresent();
            assertThat(words.containsKey("action." + id + ".name")).as("action." + id + ".name").isTrue();
        }
    }

    @Test
    void noBundleDefinesAShortcut() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nb-NO")}) {
            ResourceBundle words = ResourceBundle.getBundle("org.iprstudio.ui.messages", language);
            assertThat(words.keySet().stream().filter(k -> k.startsWith("action.") && k.endsWith(".key")))
                    .as("shortcuts belong in shortcuts.properties").isEmpty();
        }
    }

    @Test
    void aNorwegianActionHasTheSameShortcutAsAnEnglishOne() {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        ShortcutAction play = new ShortcutAction("playPause", () -> { });
        assertThat(play.getValue(javax.swing.Action.NAME)).isEqualTo("Spill av eller pause");
        assertThat(play.shortcut()).isEqualTo(javax.swing.KeyStroke.getKeyStroke("SPACE"));
    }
}
