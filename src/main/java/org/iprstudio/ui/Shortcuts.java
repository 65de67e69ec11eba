package org.iprstudio.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import javax.swing.KeyStroke;

/**
 * The keyboard shortcuts of the window's commands, from org/iprstudio/ui/shortcuts.properties: kept apart from the
 * translated words, so a translation can never change or break a key (and the same keys work in every language).
 */
public final class Shortcuts {
    private static final String FILE = "shortcuts.properties";
    private static final Properties KEYS = load();

    private Shortcuts() {
    }

    /** The shortcut of the command with this ID, if it has one. */
    public static Optional<KeyStroke> of(String id) {
        String text = KEYS.getProperty(id);
        if (text == null) {
            return Optional.empty();
        }
        KeyStroke stroke = KeyStroke.getKeyStroke(text.strip());
        if (stroke == null) {
            throw new IllegalStateException("Bad shortcut '" + text + "' for action " + id + " in " + FILE);
        }
        return Optional.of(stroke);
    }

    /** Every command ID with a shortcut, for the test that checks each one is a real key stroke. */
    static java.util.Set<String> ids() {
        return KEYS.stringPropertyNames();
    }

    private static Properties load() {
        Properties keys = new Properties();
        try (InputStream in = Shortcuts.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing next to " + Shortcuts.class.getName());
            }
            keys.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
