package org.iprstudio.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.FontMetrics;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window's menus, in the program's look (FlatLaf with {@link MenuKeyNames}), name their accelerators in the window's
 * language: "Mellomrom" and "Ctrl+Pil opp" in Norwegian, the JDK's "Space" and "Ctrl+Up" in English; and the item is laid out
 * wide enough for the words it shows. Each menu's Alt letter is a letter of its title.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class MenusInTheWindowsLanguageGuiTest {
    @TempDir
    Path dataDir;

    private final Locale locale = Locale.getDefault();
    private LookAndFeel look;
    private MainWindow window;

    @BeforeEach
    void theProgramsLook() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        look = UIManager.getLookAndFeel();
    }

    @AfterEach
    void restore() {
        GuiActionRunner.execute(() -> {
            if (window != null) {
                window.dispose();
            }
            UIManager.put("MenuItemUI", null);
            UIManager.put("CheckBoxMenuItemUI", null);
            UIManager.put("RadioButtonMenuItemUI", null);
            try {
                UIManager.setLookAndFeel(look);
            } catch (javax.swing.UnsupportedLookAndFeelException e) {
                throw new IllegalStateException(e);
            }
        });
        Locale.setDefault(locale);
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    /** The main window's menu bar in the given language, in the program's look. */
    private JMenuBar barIn(Locale language) {
        Locale.setDefault(language);
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path demo = new DemoStudy(files).install(false);
        return GuiActionRunner.execute(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            MenuKeyNames.install();
            window = new MainWindow(files, new org.iprstudio.testing.FakeMediaPlayer(org.iprstudio.domain.MediaTime.parse("50:00")), null, "",
                    () -> { });
            window.open(demo);
            return window.getJMenuBar();
        });
    }

    /** The items of the main window's menus that have an accelerator, by key stroke. */
    private Map<KeyStroke, JMenuItem> menusIn(Locale language) {
        JMenuBar bar = barIn(language);
        return GuiActionRunner.execute(() -> {
            Map<KeyStroke, JMenuItem> items = new LinkedHashMap<>();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                collect(bar.getMenu(i), items);
            }
            return items;
        });
    }

    private static void collect(JMenu menu, Map<KeyStroke, JMenuItem> items) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item instanceof JMenu sub) {
                collect(sub, items);
            } else if (item != null && item.getAccelerator() != null) {
                items.putIfAbsent(item.getAccelerator(), item);
            }
        }
    }

    private static String shown(Map<KeyStroke, JMenuItem> items, String stroke) {
        JMenuItem item = items.get(KeyStroke.getKeyStroke(stroke));
        assertThat(item).as("a menu item with " + stroke).isNotNull();
        return GuiActionRunner.execute(() -> MenuKeyNames.shownAccelerator(item));
    }

    @Test
    void norwegianMenusNameTheirKeysInNorwegian() {
        Map<KeyStroke, JMenuItem> items = menusIn(Locale.forLanguageTag("nb-NO"));
        assertThat(shown(items, "SPACE")).isEqualTo("Mellomrom");
        assertThat(shown(items, "ctrl UP")).isEqualTo("Ctrl+Pil opp");
        assertThat(shown(items, "shift RIGHT")).isEqualTo("Skift+Pil høyre");
        assertThat(shown(items, "ctrl LEFT")).isEqualTo("Ctrl+Pil venstre");
        assertThat(shown(items, "shift ctrl Z")).isEqualTo("Ctrl+Skift+Z");
        assertThat(shown(items, "ctrl Q")).isEqualTo("Ctrl+Q");
        for (JMenuItem item : items.values()) {
            assertThat(GuiActionRunner.execute(() -> MenuKeyNames.shownAccelerator(item))).as(item.getText())
                    .isEqualTo(KeyNames.describe(item.getAccelerator()))
                    .doesNotContain("Space", "Up", "Down", "Left", "Right", "Shift");
        }
    }

    @Test
    void englishMenusKeepTheJdksNames() {
        Map<KeyStroke, JMenuItem> items = menusIn(Locale.UK);
        assertThat(shown(items, "SPACE")).isEqualTo("Space");
        assertThat(shown(items, "ctrl UP")).isEqualTo("Ctrl+Up");
        assertThat(shown(items, "shift RIGHT")).isEqualTo("Shift+Right");
        assertThat(shown(items, "shift ctrl Z")).isEqualTo("Ctrl+Shift+Z");
    }

    @Test
    void anItemIsLaidOutWideEnoughForItsNorwegianKeys() {
        Map<KeyStroke, JMenuItem> items = menusIn(Locale.forLanguageTag("nb-NO"));
        JMenuItem item = items.get(KeyStroke.getKeyStroke("ctrl LEFT"));
        int[] widths = GuiActionRunner.execute(() -> {
            int withKeys = item.getPreferredSize().width;
            int withoutKeys = new JMenuItem(item.getText()).getPreferredSize().width;
            FontMetrics accelerator = item.getFontMetrics(UIManager.getFont("MenuItem.acceleratorFont"));
            return new int[] {withKeys - withoutKeys, accelerator.stringWidth("Ctrl+Pil venstre")};
        });
        assertThat(widths[0]).as("the room the keys take against the width of their Norwegian words").isGreaterThanOrEqualTo(widths[1]);
    }

    /** Each menu's Alt letter, after checking it is underlined in the menu's title. */
    private List<String> altLettersIn(Locale language) {
        JMenuBar bar = barIn(language);
        return GuiActionRunner.execute(() -> {
            List<String> letters = new java.util.ArrayList<>();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                JMenu menu = bar.getMenu(i);
                int index = menu.getDisplayedMnemonicIndex();
                assertThat(index).as(language + ": the Alt letter of " + menu.getText() + " is in its title").isNotNegative();
                assertThat(Character.toUpperCase(menu.getText().charAt(index))).isEqualTo((char) menu.getMnemonic());
                letters.add(menu.getText() + " " + (char) menu.getMnemonic());
            }
            return letters;
        });
    }

    @Test
    void norwegianMenusOpenWithALetterOfTheirTitle() {
        assertThat(altLettersIn(Locale.forLanguageTag("nb-NO"))).containsExactly("Fil F", "Rediger R", "Studie S", "Avspilling A", "Vis V",
                "Koding K", "Gjenkalling G", "Veiledning L", "Hjelp H");
    }

    @Test
    void englishMenusKeepTheirLetters() {
        assertThat(altLettersIn(Locale.UK)).containsExactly("File F", "Edit E", "Study S", "Playback P", "View V", "Code C", "Recall R",
                "Supervision U", "Help H");
    }
}
