package org.iprstudio.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.iprstudio.domain.UserMessage;

/** The command line's words, from org/iprstudio/cli/messages.properties. */
final class Texts {
    /** Looked up on each use (ResourceBundle caches it): the language is the default locale, set at start (ui.settings.Language). */
    private static final String BUNDLE = "org.iprstudio.cli.messages";

    private Texts() {
    }

    /**
     * An enum value as the command line names it: "enum.Type.VALUE" from the bundle (so it is translated), else its
     * lower-case name ("troubled frail").
     */
    static String name(Enum<?> value) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE);
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return words.containsKey(key) ? words.getString(key) : value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE).getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, UserMessage.localizedArguments(arguments));
    }
}
