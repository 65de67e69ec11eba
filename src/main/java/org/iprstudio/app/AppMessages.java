package org.iprstudio.app;

import org.iprstudio.domain.UserMessage;

/** The use cases' messages, from org/iprstudio/app/messages.properties (English) and its _nb twin. */
public final class AppMessages {
    public static final String BUNDLE = "org.iprstudio.app.messages";

    private AppMessages() {
    }

    public static UserMessage of(String key, Object... arguments) {
        return UserMessage.of(BUNDLE, key, arguments);
    }
}
