package org.iprstudio.store;

import org.iprstudio.domain.UserMessage;

/** The study file's messages, from org/iprstudio/store/messages.properties (English) and its _nb twin. */
public final class StoreMessages {
    public static final String BUNDLE = "org.iprstudio.store.messages";

    private StoreMessages() {
    }

    public static UserMessage of(String key, Object... arguments) {
        return UserMessage.of(BUNDLE, key, arguments);
    }
}
