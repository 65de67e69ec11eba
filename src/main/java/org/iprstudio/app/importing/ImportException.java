package org.iprstudio.app.importing;

import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.UserMessage;

/** An import that cannot go ahead as asked (an unknown tier, session or participant; a recall already there). Nothing was changed. */
public final class ImportException extends RuntimeException implements HasUserMessage {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage userMessage;

    public ImportException(UserMessage message) {
        super(message.english());
        this.userMessage = message;
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public ImportException(String message) {
        this(UserMessage.plain(message));
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
