package org.iprstudio.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The command line's words, from org/iprstudio/cli/messages.properties. */
final class Texts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.iprstudio.cli.messages");

    private Texts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
