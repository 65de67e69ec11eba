package org.iprstudio.media;

import org.iprstudio.domain.UserMessage;

/** The player's and media check's messages, from org/iprstudio/media/messages.properties (English) and its _nb twin. */
public final class MediaMessages {
    public static final String BUNDLE = "org.iprstudio.media.messages";

    private MediaMessages() {
    }

    public static UserMessage of(String key, Object... arguments) {
        return UserMessage.of(BUNDLE, key, arguments);
    }
}
