package org.iprstudio.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The command line's words, from org/iprstudio/cli/messages.properties. */
final class Texts {
    /** Looked up on each use (ResourceBundle caches it): the language is the default locale, set at start (ui.settings.Language). */
    private static final String BUNDLE = "org.iprstudio.cli.messages";

    private Texts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE).getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
