package org.iprstudio.app.importing;

/** An import that cannot go ahead as asked (an unknown tier, session or participant; a recall already there). Nothing was changed. */
public final class ImportException extends RuntimeException implements org.iprstudio.domain.HasUserMessage {
    private static final long serialVersionUID = 1L;
    private final transient org.iprstudio.domain.UserMessage userMessage;

    public ImportException(org.iprstudio.domain.UserMessage message) {
        super(message.english());
        this.userMessage = message;
    }

    /** Text with no key (it comes from elsewhere, already written). */
    public ImportException(String message) {
        this(org.iprstudio.domain.UserMessage.plain(message));
    }

    @Override
    public org.iprstudio.domain.UserMessage userMessage() {
        return userMessage;
    }
}
