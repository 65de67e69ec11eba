package org.iprstudio.ui.settings;

import java.awt.Window;
import java.util.Locale;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.ui.Texts;

/** File > Settings...: the program's own settings (not a study's): the language, used from the next start. */
public final class SettingsDialog extends JDialog {
    private final LanguageSetting setting;
    private final JRadioButton system;
    private final JRadioButton english = radio("appSettings.english", "appSettings.english");
    private final JRadioButton norwegian = radio("appSettings.norwegian", "appSettings.norwegian");
    private final JLabel note = new JLabel(" ");
    private final Language atStart;

    SettingsDialog(Window owner, LanguageSetting setting) {
        super(owner, Texts.get("appSettings.title"), ModalityType.APPLICATION_MODAL);
        setName("appSettingsDialog");
        this.setting = setting;
        this.atStart = setting.chosen();
        system = radio("appSettings.system", "appSettings.system", systemLanguageName());
        ButtonGroup group = new ButtonGroup();
        for (JRadioButton b : java.util.List.of(system, english, norwegian)) {
            group.add(b);
            b.addActionListener(e -> showNote());
        }
        button(atStart).setSelected(true);
        note.setName("appSettings.note");

        JPanel panel = new JPanel(new MigLayout("wrap 1, insets 14, gapy 6", "[grow, fill]"));
        panel.add(new JLabel(Texts.get("appSettings.languageLabel")));
        panel.add(system, "gapleft 12");
        panel.add(english, "gapleft 12");
        panel.add(norwegian, "gapleft 12");
        panel.add(note, "gaptop 8");
        JButton save = new JButton(Texts.get("appSettings.save"));
        save.setName("appSettings.save");
        save.addActionListener(e -> save());
        JButton cancel = new JButton(Texts.get("appSettings.cancel"));
        cancel.addActionListener(e -> dispose());
        panel.add(save, "split 2, tag ok, gaptop 10, growx 0");
        panel.add(cancel, "tag cancel, growx 0");
        setContentPane(panel);
        getRootPane().setDefaultButton(save);
        getRootPane().registerKeyboardAction(e -> dispose(), javax.swing.KeyStroke.getKeyStroke("ESCAPE"),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setMinimumSize(getSize());
        setLocationRelativeTo(owner);
    }

    /** The menu item that opens the dialog, for File menu (one line where the menus are built). */
    public static JMenuItem menuItem(Window owner) {
        JMenuItem item = new JMenuItem(new AbstractAction(Texts.get("appSettings.menu")) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                new SettingsDialog(owner, LanguageSetting.stored()).setVisible(true);
            }
        });
        item.setName("appSettingsMenuItem");
        return item;
    }

    Language selected() {
        return norwegian.isSelected() ? Language.NORWEGIAN : english.isSelected() ? Language.ENGLISH : Language.SYSTEM;
    }

    private void showNote() {
        note.setText(selected() == atStart ? " " : Texts.get("appSettings.nextStart"));
        pack(); // the note fits, in every language
    }

    private void save() {
        setting.choose(selected());
        dispose();
    }

    private JRadioButton button(Language language) {
        return switch (language) {
            case SYSTEM -> system;
            case ENGLISH -> english;
            case NORWEGIAN -> norwegian;
        };
    }

    /** The computer's own language, named in itself ("English", "norsk bokmål"), so the user knows what "system" means. */
    private static String systemLanguageName() {
        Locale system = Language.SYSTEM.locale(systemLocale());
        return Language.isNorwegian(system) ? Texts.get("appSettings.norwegian") : system.getDisplayLanguage(system);
    }

    /** The locale the computer gave Java, before a chosen language replaced it. */
    private static Locale systemLocale() {
        String language = System.getProperty("user.language", "en");
        String country = System.getProperty("user.country", "");
        return new Locale(language, country);
    }

    private static JRadioButton radio(String name, String key, Object... arguments) {
        JRadioButton b = new JRadioButton(Texts.get(key, arguments));
        b.setName(name);
        return b;
    }
}
