package org.iprstudio.ui.recall;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The recall screen's words: plain language for participants, from org/iprstudio/ui/recall/messages.properties. */
final class RecallTexts {
    /** Looked up on each use (ResourceBundle caches it): the language is the default locale, set at start (ui.settings.Language). */
    private static final String BUNDLE = "org.iprstudio.ui.recall.messages";

    private RecallTexts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE).getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
