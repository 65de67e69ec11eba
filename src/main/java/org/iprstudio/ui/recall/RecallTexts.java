package org.iprstudio.ui.recall;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The recall screen's words: plain language for participants, from org/iprstudio/ui/recall/messages.properties. */
final class RecallTexts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.iprstudio.ui.recall.messages");

    private RecallTexts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
