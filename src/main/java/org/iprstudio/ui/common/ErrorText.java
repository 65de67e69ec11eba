package org.iprstudio.ui.common;

import java.util.Locale;
import org.iprstudio.domain.UserMessage;

/**
 * A failure's message as the window shows it: in the reader's language when the failure carries a
 * keyed message (decision 0021), else its own words. getMessage() stays English, for the log.
 */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable failure) {
        return UserMessage.describe(failure, Locale.getDefault());
    }
}
