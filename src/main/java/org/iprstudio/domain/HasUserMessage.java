package org.iprstudio.domain;

/** A failure whose message can be shown in the reader's language; its getMessage() stays the English text for logs. */
public interface HasUserMessage {
    UserMessage userMessage();
}
