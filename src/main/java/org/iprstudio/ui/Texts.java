package org.iprstudio.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.iprstudio.domain.UserMessage;

/** Every word the window shows comes from org/iprstudio/ui/messages.properties (English) or its _nb twin (Norwegian bokmål). */
public final class Texts {
    /** Looked up on each use (ResourceBundle caches it): the language is the default locale, set at start (ui.settings.Language). */
    private static final String BUNDLE = "org.iprstudio.ui.messages";

    private Texts() {
    }

    /** The text as HTML that wraps at the given width, for long explanations in dialogs. */
    public static String wrapped(int widthPx, String key, Object... arguments) {
        String text = get(key, arguments).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
        return "<html><div style='width:" + widthPx + "px'>" + text + "</div></html>";
    }

    public static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        MessageFormat format = FORMATS.computeIfAbsent(java.util.Locale.getDefault() + "|" + java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)
                + "|" + key, k -> new MessageFormat(pattern, java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)));
        Object[] shown = UserMessage.localizedArguments(arguments);
        synchronized (format) { // a MessageFormat is not to be used by two threads at once
            return format.format(shown);
        }
    }

    /**
     * Each text's format, made once per language: a large study's tree formats tens of thousands of
     * rows, and parsing the pattern anew for each was a good part of building it.
     */
    private static final java.util.Map<String, MessageFormat> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
}
