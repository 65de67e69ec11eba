package org.iprstudio.ui.setup;

import java.util.Locale;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.settings.Language;

/** The languages a new study's protocol can be written in; the window's own language first chosen. */
final class ProtocolLanguageBox extends JComboBox<Locale> {
    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    ProtocolLanguageBox() {
        super(new Locale[] {ENGLISH, NORWEGIAN});
        setName("newStudy.language");
        setSelectedItem(Language.isNorwegian(Locale.getDefault()) ? NORWEGIAN : ENGLISH);
        setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focus) {
                String name = NORWEGIAN.equals(value) ? Texts.get("appSettings.norwegian") : Texts.get("appSettings.english");
                return super.getListCellRendererComponent(list, name, index, selected, focus);
            }
        });
    }

    Locale chosen() {
        return (Locale) getSelectedItem();
    }
}
