package org.iprstudio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.UIManager;
import org.iprstudio.ui.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The language chosen in Settings is remembered in java.util.prefs and, applied at start, is the language of every text. */
class LanguageSettingTest {
    private Preferences node;
    private Locale before;

    @BeforeEach
    void freshNode() {
        before = Locale.getDefault();
        node = Preferences.userRoot().node("org/iprstudio/test/language-" + UUID.randomUUID());
    }

    @AfterEach
    void restore() throws Exception {
        Locale.setDefault(before);
        node.removeNode();
    }

    @Test
    void withoutAChoiceTheSystemLanguageIsKept() {
        Locale.setDefault(Locale.US);
        LanguageSetting setting = new LanguageSetting(node);
        assertThat(setting.chosen()).isEqualTo(Language.SYSTEM);
        assertThat(setting.apply()).isEqualTo(Locale.US);
        assertThat(Texts.get("menu.file")).isEqualTo("File");
    }

    @Test
    void norwegianChosenIsRememberedAndAppliedAtTheNextStart() {
        Locale.setDefault(Locale.US);
        new LanguageSetting(node).choose(Language.NORWEGIAN);

        LanguageSetting nextStart = new LanguageSetting(node); // read again, as a new start does
        assertThat(nextStart.chosen()).isEqualTo(Language.NORWEGIAN);
        nextStart.apply();
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("nb");
        assertThat(Texts.get("menu.file")).isEqualTo("Fil");
        assertThat(Texts.get("status.study", "x.iprs")).contains("Hver endring lagres");
    }

    @Test
    void englishChosenOverridesANorwegianSystem() {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        LanguageSetting setting = new LanguageSetting(node);
        setting.choose(Language.ENGLISH);
        setting.apply();
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");
        assertThat(Texts.get("menu.file")).isEqualTo("File");
    }

    @Test
    void aNorwegianSystemSpeaksNorwegianAndNynorskReadsBokmal() {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        assertThat(Texts.get("menu.file")).isEqualTo("Fil");
        Locale.setDefault(Locale.forLanguageTag("nn-NO"));
        new LanguageSetting(node).apply();
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("nb");
        assertThat(Texts.get("menu.file")).isEqualTo("Fil");
    }

    @Test
    void swingsOwnButtonsAreNorwegianOnlyInNorwegian() {
        Object cancel = UIManager.get("OptionPane.cancelButtonText");
        try {
            SwingTexts.install(Locale.US);
            assertThat(UIManager.get("OptionPane.cancelButtonText")).isEqualTo(cancel);
            Locale.setDefault(Locale.forLanguageTag("nb-NO"));
            SwingTexts.install(Locale.getDefault());
            assertThat(UIManager.getString("OptionPane.cancelButtonText")).isEqualTo("Avbryt");
            assertThat(UIManager.getString("OptionPane.yesButtonText")).isEqualTo("Ja");
            assertThat(UIManager.getString("FileChooser.cancelButtonText")).isEqualTo("Avbryt");
        } finally {
            for (String key : SwingTexts.KEYS) {
                UIManager.put(key, null); // back to the look and feel's own
            }
        }
    }
}
