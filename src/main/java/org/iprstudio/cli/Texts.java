package org.iprstudio.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.iprstudio.domain.UserMessage;

/** The command line's words, from org/iprstudio/cli/messages.properties. */
final class Texts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.iprstudio.cli.messages");

    private Texts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, localized(arguments));
    }

    /** A message from below (a UserMessage, decision 0021) put into this text is shown in the reader's language too. */
    private static Object[] localized(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof UserMessage message) {
                shown[i] = message.localized();
            }
        }
        return shown;
    }
}
