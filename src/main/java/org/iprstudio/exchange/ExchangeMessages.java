package org.iprstudio.exchange;

import org.iprstudio.domain.UserMessage;

/** The file formats' messages, from org/iprstudio/exchange/messages.properties (English) and its _nb twin. */
public final class ExchangeMessages {
    public static final String BUNDLE = "org.iprstudio.exchange.messages";

    private ExchangeMessages() {
    }

    public static UserMessage of(String key, Object... arguments) {
        return UserMessage.of(BUNDLE, key, arguments);
    }
}
