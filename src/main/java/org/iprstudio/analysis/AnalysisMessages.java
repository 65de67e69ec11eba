package org.iprstudio.analysis;

import org.iprstudio.domain.UserMessage;

/** The analyses' messages, from org/iprstudio/analysis/messages.properties (English) and its _nb twin. */
public final class AnalysisMessages {
    public static final String BUNDLE = "org.iprstudio.analysis.messages";

    private AnalysisMessages() {
    }

    public static UserMessage of(String key, Object... arguments) {
        return UserMessage.of(BUNDLE, key, arguments);
    }
}
