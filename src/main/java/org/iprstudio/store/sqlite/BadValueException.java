package org.iprstudio.store.sqlite;

import java.sql.SQLException;
import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.UserMessage;

/**
 * A row holds a value IPR Studio cannot read (a role that does not exist, a date that is not a
 * date, an id that is not a UUID): the file was edited outside the program or damaged. The
 * message names the table, the column, the row and the value, for the one-line report.
 */
final class BadValueException extends SQLException implements HasUserMessage {
    private final transient UserMessage userMessage;

    BadValueException(UserMessage message) {
        super(message.english(), "corrupt", 11);
        this.userMessage = message;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
