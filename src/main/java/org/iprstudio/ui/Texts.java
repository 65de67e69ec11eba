package org.iprstudio.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Every word the window shows comes from org/iprstudio/ui/messages.properties (English now, Norwegian next). */
public final class Texts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.iprstudio.ui.messages");

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
